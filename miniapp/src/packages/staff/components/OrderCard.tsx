import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { fulfillmentText } from '../lib/fulfillment-text';

/** An order as the counter shows it: number, what to hand over (one line per SKU) and how it leaves. */
export function OrderCard({ order, heading, testId, children }: { order: Pick<OrderView, 'orderNo' | 'lines' | 'fulfillment'>; heading?: ReactNode; testId?: string; children?: ReactNode }) {
  return (
    <View className='staff-card' data-testid={testId}>
      {heading}
      <Text className='staff-title'>订单 {order.orderNo}</Text>
      {order.lines.map((line) => (
        <View key={line.skuId} className='staff-row staff-row--between staff-brief__line'>
          <Text className='staff-grow'>
            {line.title} {line.specText}
          </Text>
          <Text>×{line.qty}</Text>
        </View>
      ))}
      <Text className='staff-muted'>{fulfillmentText(order.fulfillment)}</Text>
      {children}
    </View>
  );
}
