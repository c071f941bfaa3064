import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CursorList } from '../../../hooks/useCursorList';
import { PagedList } from '../../member/components/PagedList';

export interface ListCardProps<T> {
  title: string;
  list: CursorList<T>;
  /** Shown when the list is known to be empty. */
  empty: ReactNode;
  /** A link beside the title (刷新, ...). */
  action?: ReactNode;
  testId: string;
  children: ReactNode;
}

/** A card with a cursor-paged list: skeleton first, then rows, the empty state, or a retry. */
export function ListCard<T>({ title, list, empty, action, testId, children }: ListCardProps<T>) {
  return (
    <View className='staff-card'>
      <View className='staff-row staff-row--between'>
        <Text className='staff-title'>{title}</Text>
        {action}
      </View>
      <PagedList list={list} empty={empty} testId={testId}>
        {children}
      </PagedList>
    </View>
  );
}
