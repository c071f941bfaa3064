import { AppError, type OrderView, type PlacementFulfillment, type StaffOrderRequest } from '@shop/shared';
import type { Buyer, PlacementRequest } from '../../orders/orders.service.js';

/** The seller at the counter: their account and their store. */
export interface CounterSeller {
  staffId: number;
  storeId: number;
}

/**
 * A tablet's order as the order service takes it. The buyer is the member of the counter
 * session (`memberId`, null without one): only they bring points, coupons and saved addresses,
 * so a guest asking for any of them is refused, not quietly charged list price. carry_out and
 * pickup default to the seller's store.
 */
export function counterPlacement(seller: CounterSeller, memberId: number | null, request: StaffOrderRequest): { buyer: Buyer; body: PlacementRequest } {
  if (memberId === null && (request.points > 0 || request.coupons.mode === 'chosen')) {
    throw new AppError('COUNTER_VERIFICATION_REQUIRED', '使用积分或优惠券前，请先验证会员身份（会员码或手机验证码）');
  }
  const { fulfillment, ...rest } = request;
  if (memberId === null && fulfillment.type === 'delivery' && fulfillment.address === undefined) {
    throw new AppError('VALIDATION_FAILED', '散客送货请填写地址', [{ path: 'fulfillment.address', message: '散客送货请填写地址' }]);
  }
  const resolved: PlacementFulfillment =
    fulfillment.type === 'carry_out'
      ? { type: 'carry_out', storeId: seller.storeId }
      : fulfillment.type === 'pickup'
        ? { type: 'pickup', storeId: fulfillment.storeId ?? seller.storeId }
        : fulfillment.address
          ? { type: 'delivery', address: fulfillment.address }
          : { type: 'delivery', addressId: fulfillment.addressId! };
  const buyer: Buyer = { memberId, channel: `store:${seller.storeId}`, staffId: seller.staffId, actor: `staff:${seller.staffId}` };
  return { buyer, body: { ...rest, coupons: memberId === null ? { mode: 'none' } : rest.coupons, fulfillment: resolved } };
}

/** How long after payment the selling tablet still shows a guest's pickup code, their only receipt. */
export const GUEST_RECEIPT_MS = 60 * 60_000;

/**
 * Whether this seller's tablet may show the order's pickup code: a guest's pickup (no app to
 * show it in), to the staff member who sold it, for an hour after payment. Anyone else finds
 * the code only by having it (the pickup lookup).
 */
export function showsGuestReceipt(order: Pick<OrderView, 'memberId' | 'staffId' | 'channel' | 'paidAt'>, seller: CounterSeller, now: Date): boolean {
  if (order.memberId !== null || order.staffId !== seller.staffId || order.channel !== `store:${seller.storeId}` || order.paidAt === null) return false;
  return now.getTime() - Date.parse(order.paidAt) <= GUEST_RECEIPT_MS;
}
