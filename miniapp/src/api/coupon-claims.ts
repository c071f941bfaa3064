import type { ClaimableCouponView, CouponInstanceView, Page } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

/** 领券中心: templates this member may still claim, newest first. */
export function fetchClaimableCoupons(cursor: string | null = null, limit = 20, options: LoadOptions = {}): Promise<Page<ClaimableCouponView>> {
  return apiRequest<Page<ClaimableCouponView>>('/coupons/claimable', { query: { cursor, limit }, quiet: options.quiet });
}

/** Claims one coupon of a template; a sold-out or already-claimed answer is toasted and also marks the card. */
export function claimCoupon(templateId: number): Promise<CouponInstanceView> {
  return apiRequest<CouponInstanceView>('/coupons/claim', { method: 'POST', body: { templateId } });
}

/** Exchanges a redeem code (兑换码) for a coupon. */
export function redeemCouponCode(code: string): Promise<CouponInstanceView> {
  return apiRequest<CouponInstanceView>('/coupons/redeem', { method: 'POST', body: { code } });
}
