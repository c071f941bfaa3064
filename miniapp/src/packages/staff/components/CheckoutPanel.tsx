import type { PricingCouponSelection } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Price, SubmitButton } from '../../../components';
import { couponRows, couponSummary, tapCoupon } from '../../../lib/checkout';
import { CouponSheet } from '../../../components/CouponSheet';
import { PriceBreakdown } from '../../trade/shared/PriceBreakdown';
import type { StaffPreview } from '../hooks/useStaffPreview';
import { fulfillmentText } from '../lib/fulfillment-text';

export interface CheckoutPanelProps {
  /** What is still missing before the order can be priced, or null. */
  missing: string | null;
  priced: StaffPreview;
  /** A member's coupon choice, made in the shopper's own picker; absent for a guest (no coupons). */
  onCoupons?: (coupons: PricingCouponSelection) => void;
  onSubmit: () => Promise<unknown>;
}

/**
 * 下单: the member's coupons (the server's best unless staff choose others or none), the server's
 * breakdown (the one the customer would see), the total and 提交订单.
 */
export function CheckoutPanel({ missing, priced, onCoupons, onSubmit }: CheckoutPanelProps) {
  const { preview, error, stale } = priced;
  const [couponsOpen, setCouponsOpen] = useState(false);
  const shown = missing ? null : preview;
  const coupons = shown && onCoupons ? couponRows(shown) : null;
  const notice = missing ?? error ?? (shown && !shown.canSubmit && !stale ? '部分商品库存不足，请调整数量或取货方式' : null);
  return (
    <View className='staff-card' data-testid='checkout-panel'>
      <Text className='staff-title'>结算</Text>
      {shown ? (
        <View className={stale ? 'staff-checkout--stale' : ''}>
          {shown.tier ? <Text className='staff-muted'>会员等级：{shown.tier.name}</Text> : null}
          {onCoupons ? (
            <View className='staff-row staff-row--between staff-checkout__coupons' onClick={() => setCouponsOpen(true)} data-testid='checkout-coupons'>
              <Text>优惠券</Text>
              <Text className='staff-link' data-testid='coupon-summary'>
                {couponSummary(shown)} ›
              </Text>
            </View>
          ) : null}
          <PriceBreakdown source={shown} />
          <Text className='staff-muted' data-testid='checkout-fulfillment'>{fulfillmentText(shown.fulfillment)}</Text>
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
      {couponsOpen && coupons && shown && onCoupons ? (
        <CouponSheet
          usable={coupons.usable}
          unusable={coupons.unusable}
          onTap={(id) => onCoupons(tapCoupon(shown.appliedCoupons, shown.coupons, id))}
          onNone={() => {
            onCoupons({ mode: 'none' });
            setCouponsOpen(false);
          }}
          onBest={() => onCoupons({ mode: 'best' })}
          onClose={() => setCouponsOpen(false)}
        />
      ) : null}
    </View>
  );
}
