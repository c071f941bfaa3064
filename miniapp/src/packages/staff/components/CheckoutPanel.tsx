import { Text, View } from '@tarojs/components';
import { Price, SubmitButton } from '../../../components';
import { PriceBreakdown } from '../../trade/shared/PriceBreakdown';
import type { StaffPreview } from '../hooks/useStaffPreview';
import { fulfilmentText } from '../lib/fulfilment-text';

export interface CheckoutPanelProps {
  /** What is still missing before the order can be priced, or null. */
  missing: string | null;
  priced: StaffPreview;
  onSubmit: () => Promise<unknown>;
}

/** 下单: the server's breakdown (the one the customer would see), the total and 提交订单. */
export function CheckoutPanel({ missing, priced, onSubmit }: CheckoutPanelProps) {
  const { preview, error, stale } = priced;
  const shown = missing ? null : preview;
  const notice = missing ?? error ?? (shown && !shown.canSubmit && !stale ? '部分商品库存不足，请调整数量或取货方式' : null);
  return (
    <View className='staff-card' data-testid='checkout-panel'>
      <Text className='staff-title'>结算</Text>
      {shown ? (
        <View className={stale ? 'staff-checkout--stale' : ''}>
          {shown.tier ? <Text className='staff-muted'>会员等级：{shown.tier.name}</Text> : null}
          <PriceBreakdown source={shown} />
          <Text className='staff-muted' data-testid='checkout-fulfilment'>{fulfilmentText(shown.fulfillment)}</Text>
          <View className='staff-row staff-row--between staff-checkout__total'>
            <Text>应付</Text>
            <Price fen={shown.payableTotal} size='lg' testId='checkout-total' />
          </View>
        </View>
      ) : null}
      {notice ? (
        <Text className='staff-error' data-testid='checkout-notice'>
          {notice}
        </Text>
      ) : null}
      <SubmitButton onSubmit={onSubmit} disabled={!shown || stale || !shown.canSubmit} busyText='提交中…' className='staff-block staff-checkout__submit' testId='submit-order'>
        提交订单并收款
      </SubmitButton>
    </View>
  );
}
