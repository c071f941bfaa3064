import { Text, View } from '@tarojs/components';
import type { PointsEntryView } from '@shop/shared';
import { formatDateTime } from '../../../lib/format';
import { pointsEntryText } from '../lib/points';
import './PointsEntryRow.scss';

/** One line of the points ledger: what happened, when, and how many points. */
export function PointsEntryRow({ entry }: { entry: PointsEntryView }) {
  const { title, amount } = pointsEntryText(entry);
  return (
    <View className='points-row' data-testid={`points-entry-${entry.id}`}>
      <View className='points-row__main'>
        <Text className='points-row__title'>{title}</Text>
        <Text className='points-row__time'>{formatDateTime(entry.createdAt)}</Text>
      </View>
      <Text className={`points-row__amount${entry.delta > 0 ? ' points-row__amount--in' : ''}`}>{amount}</Text>
    </View>
  );
}
