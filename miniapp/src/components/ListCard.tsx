import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ListStates, LoadMore, Skeleton, type EmptyStateProps } from '.';
import type { CursorList } from '../hooks/useCursorList';

export interface ListCardProps<T> {
  title: string;
  list: CursorList<T>;
  /** Shown when the list is known to be empty, with a way forward where there is one. */
  empty: Omit<EmptyStateProps, 'testId'>;
  /** A link beside the title (刷新, ...). */
  action?: ReactNode;
  testId: string;
  children: ReactNode;
}

/**
 * A card with a cursor-paged list: a skeleton for the first page, then the rows with the
 * "load more" foot, the empty state, or (first page failed) 网络异常 / 加载失败 with a retry;
 * never the empty state for a list that could not be read. The title stays in every state.
 */
export function ListCard<T>({ title, list, empty, action, testId, children }: ListCardProps<T>) {
  return (
    <View className='staff-card'>
      <View className='staff-row staff-row--between'>
        <Text className='staff-title'>{title}</Text>
        {action}
      </View>
      <ListStates list={list} empty={empty} skeleton={<Skeleton rows={4} />} />
      {list.items.length > 0 ? (
        <View data-testid={testId}>
          {children}
          <LoadMore loading={list.loading} finished={list.finished} failed={list.failed} onRetry={list.loadMore} />
        </View>
      ) : null}
    </View>
  );
}
