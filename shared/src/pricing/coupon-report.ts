/**
 * One report entry per coupon the member holds: usable or not on this order, and why not.
 * A usable coupon reports the fen it saves (or would save instead of the selected one of its
 * kind); a shipping coupon is unusable when delivery is free anyway, so it is never locked
 * for nothing.
 */
import type { CouponEvaluation } from './coupon-rules.js';
import * as reasons from './reasons.js';
import type { Settlement } from './settle.js';
import type { PricingCouponProblem, PricingCouponReport } from './types.js';

export function couponReport(
  evaluations: readonly CouponEvaluation[],
  settlement: Settlement,
  chosenProblems: ReadonlyMap<number, PricingCouponProblem>,
): PricingCouponReport[] {
  return evaluations.map((evaluation) => {
    const couponId = evaluation.coupon.id;
    const problem =
      chosenProblems.get(couponId) ??
      evaluation.problem ??
      (evaluation.isShipping && settlement.shippingBeforeCoupon === 0 ? reasons.ALREADY_FREE_SHIPPING : null);
    if (problem !== null) return { couponId, applicable: false, selected: false, ...problem };
    const selected = settlement.goods === evaluation || settlement.shipping === evaluation;
    const discount = evaluation.isShipping ? settlement.shippingBeforeCoupon : evaluation.discount;
    return { couponId, applicable: true, selected, discount };
  });
}
