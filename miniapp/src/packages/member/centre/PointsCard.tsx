import { Text, View } from '@tarojs/components';
import type { PointsEntryView } from '@shop/shared';
import { openPage } from '../../../lib/routes';
import { PointsEntryRow } from '../components/PointsEntryRow';
import { MEMBER_PAGES } from '../../../lib/member-routes';

/** The points balance and the latest few ledger lines. */
export function PointsCard({ balance, recent }: { balance: number; recent: readonly PointsEntryView[] | null }) {
  return (
    <View className='centre-card' data-testid='points-card'>
      <View className='centre-card__head' onClick={() => openPage(MEMBER_PAGES.points)}>
        <Text className='centre-card__title'>我的积分</Text>
        <Text className='centre-card__more'>积分明细 ›</Text>
      </View>
      <View className='centre-points'>
        <Text className='centre-points__balance' data-testid='points-balance'>
          {balance}
        </Text>
        <Text className='centre-points__unit'>可用积分 · 下单时可抵现</Text>
      </View>
      {recent?.map((entry) => <PointsEntryRow key={entry.id} entry={entry} />)}
      {recent && recent.length === 0 ? <Text className='centre-card__empty'>还没有积分记录，购物即可赚积分</Text> : null}
    </View>
  );
}
