import { Text, View } from '@tarojs/components';
import { SubmitButton } from '../../../components';
import { formatDateTime, price } from '../../../lib/format';
import type { PlacedOrder } from './usePlacedOrder';

export interface UnpaidOrderPromptProps {
  order: PlacedOrder;
  onPay: () => Promise<unknown>;
  onView: () => Promise<unknown>;
}

/**
 * In place of the checkout once it has made an order that is still unpaid (back from the
 * cashier, a reload, the same link again): pay that order or look at it, never a second one.
 */
export function UnpaidOrderPrompt({ order, onPay, onView }: UnpaidOrderPromptProps) {
  const amount = order.payableTotal !== undefined ? `应付 ${price(order.payableTotal)}，` : '';
  const deadline = order.payDeadline ? `请在 ${formatDateTime(order.payDeadline)} 前完成支付` : '请尽快完成支付';
  return (
    <View className='checkout-unpaid' data-testid='unpaid-order'>
      <Text className='checkout-unpaid__title'>你有一笔待支付订单</Text>
      <Text className='checkout-unpaid__text' data-testid='unpaid-order-text'>
        {amount}
        {deadline}，超时未支付订单将自动取消。
      </Text>
      <View className='checkout-unpaid__actions'>
        <SubmitButton onSubmit={onView} variant='secondary' className='checkout-unpaid__button' testId='unpaid-view'>
          查看订单
        </SubmitButton>
        <SubmitButton onSubmit={onPay} busyText='正在打开收银台…' className='checkout-unpaid__button' testId='unpaid-pay'>
          去支付
        </SubmitButton>
      </View>
    </View>
  );
}
