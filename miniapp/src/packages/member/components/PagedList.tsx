import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { EmptyState, LoadMore, Skeleton } from '../../../components';
import type { CursorList } from '../../../hooks/useCursorList';

export interface PagedListProps<T> {
  list: CursorList<T>;
  /** Shown when the list is known to be empty: always with a way forward. */
  empty: ReactNode;
  children: ReactNode;
  skeletonRows?: number;
  testId?: string;
}

/**
 * The body of a cursor-paginated list: a skeleton for the first page, a retry when it failed,
 * the empty state, or the items with the "load more" foot.
 */
export function PagedList<T>({ list, empty, children, skeletonRows = 4, testId }: PagedListProps<T>) {
  const { items, initial, loading, finished, failed, loadMore, refresh } = list;

  // A page can come back empty while more follow (the server filters a page after reading it):
  // nothing is on screen to scroll, so ask for the next page right away.
  useEffect(() => {
    if (!initial && !loading && !failed && !finished && items.length === 0) loadMore();
  }, [initial, loading, failed, finished, items.length, loadMore]);

  if (initial) return <Skeleton rows={skeletonRows} />;
  if (items.length === 0 && failed) {
    return <EmptyState icon='offline' title='加载失败' description='网络好像开小差了' actionText='重新加载' onAction={() => void refresh()} />;
  }
  if (items.length === 0 && finished) return <>{empty}</>;
  return (
    <View data-testid={testId}>
      {children}
      <LoadMore loading={loading} finished={finished} failed={failed} onRetry={loadMore} />
    </View>
  );
}
