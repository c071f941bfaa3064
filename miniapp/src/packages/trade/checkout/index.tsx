import { Input, Switch, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { ApiError, createOrder } from '../../../api';
import { EmptyState, FailedState, Icon, Price, Skeleton, SubmitButton } from '../../../components';
import { checkoutSource, couponRows, couponSummary, submissionBody, tapCoupon } from '../../../lib/checkout';
import { price } from '../../../lib/format';
import { payOrder } from '../../../lib/pay';
import { placedOrderFor, rememberPlacedOrder, submissionKey } from '../../../lib/placed-checkout';
import { PAGES, openPage, pageUrl, replacePage } from '../../../lib/routes';
import { toast } from '../../../lib/toast';
import { OrderLines } from '../shared/OrderLines';
import { PriceBreakdown } from '../shared/PriceBreakdown';
import { CouponSheet } from '../../../components/CouponSheet';
import { FulfillmentSection } from './FulfillmentSection';
import { UnpaidOrderPrompt } from './UnpaidOrderPrompt';
import { useCheckout } from './useCheckout';
import { usePlacedOrder } from './usePlacedOrder';
import '../shared/trade.scss';
import './index.scss';

/** 结算: how to receive the goods, coupons, points, note, the server's price, submit and pay. */
export default function CheckoutPage() {
  const { params } = useRouter();
  const source = useMemo(() => checkoutSource(params), [params.skuId, params.qty, params.productId]);
  const checkout = useCheckout(source);
  const { choice, setChoice, preview } = checkout;
  const [couponsOpen, setCouponsOpen] = useState(false);
  // The previewed lines tell a cart checkout which order it made; a failed preview (the cart
  // emptied by that order) still leads to it.
  const placedOrder = usePlacedOrder(source, preview ? preview.lines : checkout.previewError ? null : undefined);

  /** Pays a placed order: the result page once paid, else its order page (it stays payable there). */
  const pay = async (orderId: number) => {
    const outcome = await payOrder(orderId).catch(() => 'failed' as const);
    if (outcome === 'redirected') return;
    replacePage(outcome === 'paid' ? pageUrl(PAGES.payResult, { orderId }) : pageUrl(PAGES.order, { id: orderId }));
  };

  /**
   * One order per checkout: an order this checkout already made (kept in storage across back
   * and reload) is shown instead of making another; the Idempotency-Key is kept with the
   * checkout's fingerprint before sending, so a double tap, a retry or a reload during the
   * request sends the same key and the server answers the same order.
   */
  const submit = async () => {
    if (!checkout.body || !preview?.canSubmit) return;
    if (placedOrderFor(source, preview.lines) !== null) return placedOrder.recheck();
    const body = submissionBody(checkout.body, preview);
    const key = submissionKey(source, body, preview.lines);
    let order;
    try {
      order = await createOrder(body, key);
    } catch (error) {
      // The same items, fulfilment and coupons were sent with this key before, with another note
      // or points: that request made an order whose answer was lost. Never a second one.
      if (error instanceof ApiError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
        toast('这笔订单已提交，请在「我的订单」中查看');
        openPage(PAGES.orders, { tab: 'pending_payment' });
        return;
      }
      throw error;
    }
    rememberPlacedOrder(key, order);
    if (order.status !== 'pending_payment') return replacePage(pageUrl(PAGES.payResult, { orderId: order.id }));
    placedOrder.setPlaced(order);
    await pay(order.id);
  };

  if (placedOrder.placed) {
    const { id } = placedOrder.placed;
    return <UnpaidOrderPrompt order={placedOrder.placed} onPay={() => pay(id)} onView={async () => replacePage(pageUrl(PAGES.order, { id }))} />;
  }

  // Delivery needs the addresses before anything can be priced: without them the page says why, with a retry.
  if (checkout.addressesFailure !== null && !preview) return <FailedState error={checkout.addressesFailure} onRetry={checkout.reloadAddresses} />;
  if (checkout.addresses === null && !preview && !checkout.previewError && checkout.previewFailure === null) return <Skeleton rows={8} />;

  const problems = Object.fromEntries((preview?.lines ?? []).filter((l) => l.problem).map((l) => [l.skuId, l.available > 0 ? `库存不足，仅剩 ${l.available} 件` : '该方式下无货']));
  const coupons = preview ? couponRows(preview) : null;

  return (
    <View className='checkout'>
      <FulfillmentSection
        fulfillment={choice.fulfillment}
        address={checkout.address}
        stores={checkout.pickupStores}
        storesState={checkout.pickupStoresLoading ? 'loading' : checkout.pickupStoresFailed ? 'failed' : 'ready'}
        onRetryStores={checkout.reloadPickupStores}
        storeId={choice.storeId}
        onFulfillment={(fulfillment) => setChoice({ fulfillment })}
        onPickAddress={() => openPage(checkout.addresses?.length ? PAGES.addresses : PAGES.addressEdit, { select: 1 })}
        onStore={(storeId) => setChoice({ storeId })}
      />

      {checkout.previewError ? <EmptyState icon='order' title={checkout.previewError} actionText='返回购物车' onAction={() => openPage(PAGES.cart)} testId='checkout-error' /> : null}
      {checkout.previewFailure !== null ? <FailedState error={checkout.previewFailure} onRetry={checkout.retryPreview} /> : null}
      {!preview && !checkout.previewError && checkout.previewFailure === null ? (
        <View className='trade-card'>
          <Text className='checkout__hint'>{choice.fulfillment === 'delivery' ? '请先添加收货地址' : '请选择自提门店'}</Text>
        </View>
      ) : null}

      {preview ? (
        <View>
          {preview.fulfillment.eta ? (
            <View className='checkout__eta' data-testid='delivery-eta'>
              <Icon name='truck' size={28} color='#07c160' className='icon--lead' />
              <Text>{preview.fulfillment.eta}</Text>
            </View>
          ) : null}
          <OrderLines lines={preview.lines} problems={problems} />
          <View className='trade-card'>
            <View className='trade-row' onClick={() => setCouponsOpen(true)} data-testid='checkout-coupons'>
              <Text className='trade-row__label'>优惠券</Text>
              <Text className='checkout__coupon-summary' data-testid='coupon-summary'>
                {couponSummary(preview)} ›
              </Text>
            </View>
            <View className='trade-row'>
              <Text className='trade-row__label'>
                积分 {preview.pointsBalance > 0 ? `（共 ${preview.pointsBalance}）` : ''}
              </Text>
              {preview.pointsUsable > 0 || choice.usePoints ? (
                <View className='checkout__points'>
                  <Text className='checkout__points-text'>{choice.usePoints ? `用 ${preview.pointsUsed} 积分抵 ${price(preview.pointsDeduction)}` : `可用 ${preview.pointsUsable} 积分`}</Text>
                  <Switch checked={choice.usePoints} color='#e4393c' onChange={(e) => setChoice({ usePoints: e.detail.value })} data-testid='use-points' />
                </View>
              ) : (
                <Text className='checkout__muted'>本单不可用</Text>
              )}
            </View>
            <View className='trade-row'>
              <Text className='trade-row__label'>订单备注</Text>
              <Input className='checkout__note' value={choice.buyerNote} maxlength={200} placeholder='选填，给商家留言' onInput={(e) => setChoice({ buyerNote: e.detail.value })} data-testid='buyer-note' />
            </View>
          </View>
          <PriceBreakdown source={preview} />
        </View>
      ) : null}

      <View className='trade-bar'>
        <Text className='checkout__total-label'>实付</Text>
        {preview ? <Price fen={preview.payableTotal} size='lg' testId='checkout-total' /> : <Text className='checkout__muted'>—</Text>}
        <SubmitButton onSubmit={submit} disabled={!preview?.canSubmit || checkout.previewing} busyText='提交中…' testId='submit-order'>
          提交订单
        </SubmitButton>
      </View>

      {couponsOpen && coupons ? (
        <CouponSheet
          usable={coupons.usable}
          unusable={coupons.unusable}
          onTap={(id) => setChoice({ coupons: tapCoupon(preview?.appliedCoupons ?? [], preview?.coupons ?? [], id) })}
          onNone={() => {
            setChoice({ coupons: { mode: 'none' } });
            setCouponsOpen(false);
          }}
          onBest={() => setChoice({ coupons: { mode: 'best' } })}
          onClose={() => setCouponsOpen(false)}
        />
      ) : null}
    </View>
  );
}
