/**
 * Steps 2-5 of pricing for one choice of coupons, as totals only (no per-line split), so that
 * "best" can try every choice cheaply and the final result is built from the same numbers.
 */
import type { Fen } from '../money.js';
import type { CouponEvaluation } from './coupon-rules.js';
import { applyPoints, type PointsOutcome, type PointsPlan } from './points.js';

export interface SettleContext {
  /** Goods payable after step 1 (unit prices), summed over all lines. */
  goodsTotal: Fen;
  isPickup: boolean;
  baseFee: Fen;
  freeThreshold: Fen | null;
  points: PointsPlan;
}

export interface Settlement {
  goods: CouponEvaluation | null;
  /** The free-shipping coupon, only when it waived a fee (never burnt on free delivery). */
  shipping: CouponEvaluation | null;
  couponDiscount: Fen;
  goodsAfterCoupon: Fen;
  points: PointsOutcome;
  /** Shipping after the threshold rule, before a free-shipping coupon. */
  shippingBeforeCoupon: Fen;
  shippingFee: Fen;
  payable: Fen;
}

export function settle(ctx: SettleContext, goods: CouponEvaluation | null, shipping: CouponEvaluation | null): Settlement {
  const couponDiscount = goods?.discount ?? 0;
  const goodsAfterCoupon = ctx.goodsTotal - couponDiscount;
  const points = applyPoints(ctx.points, goodsAfterCoupon);
  // Measured before points: spending points must never cost the buyer free delivery.
  const freeByAmount = ctx.freeThreshold !== null && goodsAfterCoupon >= ctx.freeThreshold;
  const shippingBeforeCoupon = ctx.isPickup || freeByAmount ? 0 : ctx.baseFee;
  const usedShipping = shipping !== null && shippingBeforeCoupon > 0 ? shipping : null;
  const shippingFee = usedShipping === null ? shippingBeforeCoupon : 0;
  const payable = goodsAfterCoupon - points.deduction + shippingFee;
  return { goods, shipping: usedShipping, couponDiscount, goodsAfterCoupon, points, shippingBeforeCoupon, shippingFee, payable };
}
