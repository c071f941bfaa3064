/**
 * The Chinese texts a buyer sees when a coupon cannot be used, one constructor per reason so
 * the code and the text never disagree. Amounts go through `formatFen` like every price shown.
 */
import { formatFen, type Fen } from '../money.js';
import type { PricingCouponProblem, PricingCouponStatus } from './types.js';

export function thresholdNotMet(shortfall: Fen): PricingCouponProblem {
  return { reasonCode: 'THRESHOLD_NOT_MET', reason: `还差 ${formatFen(shortfall)} 可用`, shortfall };
}

export const NOT_IN_SCOPE: PricingCouponProblem = Object.freeze({ reasonCode: 'NOT_IN_SCOPE', reason: '不适用于所选商品' });
export const EXPIRED: PricingCouponProblem = Object.freeze({ reasonCode: 'EXPIRED', reason: '已过期' });
export const NOT_STARTED: PricingCouponProblem = Object.freeze({ reasonCode: 'NOT_STARTED', reason: '未到使用时间' });
export const GROUP_PRICE: PricingCouponProblem = Object.freeze({ reasonCode: 'GROUP_PRICE', reason: '拼团商品不可用券' });
export const STACKING: PricingCouponProblem = Object.freeze({ reasonCode: 'STACKING', reason: '不可与已选优惠券叠加' });
export const NOT_HELD: PricingCouponProblem = Object.freeze({ reasonCode: 'NOT_AVAILABLE', reason: '优惠券不存在' });
export const PICKUP_NO_SHIPPING: PricingCouponProblem = Object.freeze({ reasonCode: 'NO_SHIPPING_FEE', reason: '自提订单无需运费' });
export const ALREADY_FREE_SHIPPING: PricingCouponProblem = Object.freeze({ reasonCode: 'NO_SHIPPING_FEE', reason: '本单已免运费' });

/** Problem of a coupon whose status is not 'available'; null when it is. */
export function statusProblem(status: PricingCouponStatus): PricingCouponProblem | null {
  switch (status) {
    case 'available':
      return null;
    case 'expired':
      return EXPIRED;
    case 'used':
      return { reasonCode: 'NOT_AVAILABLE', reason: '已使用' };
    case 'locked':
      return { reasonCode: 'NOT_AVAILABLE', reason: '已被待支付订单占用' };
    case 'revoked':
      return { reasonCode: 'NOT_AVAILABLE', reason: '已作废' };
  }
}
