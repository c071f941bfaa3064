import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { CursorList } from './useCursorList';

/** Wires a page's scroll-to-bottom and pull-to-refresh to a cursor list. */
export function useListPage<T>(list: CursorList<T>): void {
  useReachBottom(list.loadMore);
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
}
