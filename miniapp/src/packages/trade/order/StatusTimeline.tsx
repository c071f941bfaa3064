import { ORDER_STATUS_LABELS, type OrderEventView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '../../../lib/format';

/** The order's status history, newest first. */
export function StatusTimeline({ events }: { events: OrderEventView[] }) {
  const newestFirst = [...events].reverse();
  return (
    <View className='trade-card' data-testid='order-timeline'>
      <Text className='trade-section-title'>订单进度</Text>
      {newestFirst.map((event, index) => (
        <View key={`${event.at}-${event.toStatus}`} className={`timeline__item${index === 0 ? ' timeline__item--current' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__status'>{ORDER_STATUS_LABELS[event.toStatus]}</Text>
            <Text className='timeline__time'>{formatDateTime(event.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
