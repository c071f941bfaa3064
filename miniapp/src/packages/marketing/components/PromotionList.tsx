import { View } from '@tarojs/components';
import type { Page, PromotionStatus } from '@shop/shared';
import { useState, type ReactNode } from 'react';
import { SubmitButton, Tabs, type EmptyStateProps } from '../../../components';
import type { IconName } from '../../../components/Icon';
import { useCursorList } from '../../../hooks/useCursorList';
import { replacePage, type PagePath } from '../../../lib/routes';
import { useListPage } from '../../../hooks/useListPage';
import { ListCard } from '../../../components/ListCard';

type Filter = 'all' | PromotionStatus;
const FILTERS: readonly { key: Filter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'active', label: '进行中' },
  { key: 'draft', label: '未上线' },
  { key: 'paused', label: '已暂停' },
  { key: 'ended', label: '已结束' },
];

/** What the list says when it has nothing at all: its icon, and how a first one comes about. */
interface EmptyText {
  icon: IconName;
  description: string;
}

export interface PromotionListProps<T extends { id: number; status: PromotionStatus }> {
  /** 拼团活动 / 优惠券: the list's title and what the new button makes. */
  noun: string;
  /** Prefix of the data-testid hooks: `<prefix>-filter`, `<prefix>-new`, `<prefix>-list`. */
  testId: string;
  newPage: PagePath;
  empty: EmptyText;
  /** Called with `quiet`: the list shows a failed page itself. */
  load: (status: PromotionStatus | null, cursor: string | null, options: { quiet?: boolean }) => Promise<Page<T>>;
  children: (item: T) => ReactNode;
}

/**
 * Nothing under the tab: with every status shown, there are none yet (make one); under one
 * status, there are none in it (see them all).
 */
function emptyText(noun: string, filter: Filter, empty: EmptyText, create: () => void, showAll: () => void): Omit<EmptyStateProps, 'testId'> {
  if (filter === 'all') return { icon: empty.icon, title: `还没有${noun}`, description: empty.description, actionText: `新建${noun}`, onAction: create };
  const label = FILTERS.find((f) => f.key === filter)?.label ?? '';
  return { icon: empty.icon, title: `没有${label}的${noun}`, description: '换个状态看看，或查看全部', actionText: `查看全部${noun}`, onAction: showAll };
}

/** A console list of promotions: status tabs, the new button, cursor-paged cards. */
export function PromotionList<T extends { id: number; status: PromotionStatus }>({ noun, testId, newPage, empty, load, children }: PromotionListProps<T>) {
  const [filter, setFilter] = useState<Filter>('all');
  const list = useCursorList((cursor) => load(filter === 'all' ? null : filter, cursor, { quiet: true }), (item: T) => item.id, [filter]);
  useListPage(list);
  const create = () => replacePage(newPage);
  return (
    <View>
      <View className='staff-row staff-row--between'>
        <Tabs items={FILTERS} active={filter} onChange={setFilter} testId={`${testId}-filter`} />
        <SubmitButton onSubmit={async () => create()} testId={`${testId}-new`}>
          新建{noun}
        </SubmitButton>
      </View>
      <ListCard title={noun} list={list} testId={`${testId}-list`} empty={emptyText(noun, filter, empty, create, () => setFilter('all'))}>
        {list.items.map((item) => (
          <View key={`${item.id}-${item.status}`}>{children(item)}</View>
        ))}
      </ListCard>
    </View>
  );
}
