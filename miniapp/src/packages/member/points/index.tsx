import { Text, View } from '@tarojs/components';
import type { PointsEntryView } from '@shop/shared';
import { useState } from 'react';
import { fetchPointsLedger } from '../../../api';
import { useCursorList } from '../../../hooks/useCursorList';
import { PAGES, openPage } from '../../../lib/routes';
import { PagedList } from '../../../components/PagedList';
import { PointsEntryRow } from '../components/PointsEntryRow';
import { useListPage } from '../../../hooks/useListPage';
import './index.scss';

const entryKey = (entry: PointsEntryView) => entry.id;

/** 积分明细: the balance and every change to it, newest first. */
export default function PointsPage() {
  const [balance, setBalance] = useState<number | null>(null);
  const list = useCursorList(
    async (cursor) => {
      const page = await fetchPointsLedger(cursor, 20, { quiet: true });
      setBalance(page.balance);
      return page;
    },
    entryKey,
    [],
  );
  useListPage(list);

  return (
    <View className='points-page'>
      <View className='points-page__head'>
        <Text className='points-page__label'>可用积分</Text>
        <Text className='points-page__balance' data-testid='points-page-balance'>
          {balance ?? '--'}
        </Text>
        <Text className='points-page__rule'>积分可在下单时抵扣现金，部分积分有有效期，请及时使用</Text>
      </View>
      <View className='points-page__list'>
        <PagedList list={list} testId='points-list' empty={{ icon: 'coin', title: '还没有积分记录', description: '购物即可赚积分', actionText: '去逛逛', onAction: () => openPage(PAGES.home) }}>
          {list.items.map((entry) => (
            <PointsEntryRow key={entry.id} entry={entry} />
          ))}
        </PagedList>
      </View>
    </View>
  );
}
