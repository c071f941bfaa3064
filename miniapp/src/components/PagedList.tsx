import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { ListStates, LoadMore, Skeleton, type EmptyStateProps } from '.';
import type { CursorList } from '../hooks/useCursorList';

export interface PagedListProps<T> {
  list: CursorList<T>;
  /** Shown when the list is known to be empty: always with a way forward. */
  empty: EmptyStateProps;
  children: ReactNode;
  skeletonRows?: number;
  testId?: string;
}

/**
 * The body of a cursor-paginated list: a skeleton for the first page, 网络异常 / 加载失败 with a
 * retry when it failed, the empty state, or the items with the "load more" foot.
 */
export function PagedList<T>({ list, empty, children, skeletonRows = 4, testId }: PagedListProps<T>) {
  const { items, initial, loading, finished, failed, loadMore } = list;

  // A page can come back empty while more follow (the server filters a page after reading it):
  // nothing is on screen to scroll, so ask for the next page right away.
  const following = !initial && !failed && !finished && items.length === 0;
  useEffect(() => {
    if (following && !loading) loadMore();
  }, [following, loading, loadMore]);

  const skeleton = <Skeleton rows={skeletonRows} />;
  if (items.length === 0) return following ? skeleton : <ListStates list={list} empty={empty} skeleton={skeleton} />;
  return (
    <View data-testid={testId}>
      {children}
      <LoadMore loading={loading} finished={finished} failed={failed} onRetry={loadMore} />
    </View>
  );
}
