/**
 * Which coupons apply. Stacking rule: at most one goods coupon (threshold_off, percent_off,
 * amount_off) plus at most one free_shipping coupon; none at all when a line has a group price
 * (every coupon then reports GROUP_PRICE).
 *
 * - 'none':   no coupon.
 * - 'chosen': the buyer's ids, in order. The first usable goods coupon and the first usable
 *             shipping coupon apply; every other chosen id is rejected with its reason (not held,
 *             its own problem, STACKING for a second one of a kind, NO_SHIPPING_FEE when delivery
 *             is free anyway). Rejections are reported, never silently dropped.
 * - 'best':   every usable goods coupon (or none) with the best shipping coupon (or none) is
 *             priced; the lowest payable wins. Ties: fewer points spent, then fewer coupons
 *             (never burn a coupon that saves nothing), then the coupon expiring first, then the
 *             lowest id (goods coupon compared first). Since each candidate is priced by the same
 *             `settle` as a 'chosen' order, best is never worse than any single valid choice.
 */
import type { CouponEvaluation } from './coupon-rules.js';
import * as reasons from './reasons.js';
import { settle, type SettleContext, type Settlement } from './settle.js';
import type { PricingCouponProblem, PricingCouponSelection } from './types.js';

export interface CouponChoice {
  settlement: Settlement;
  /** Chosen ids that were not applied, in the order chosen (first occurrence), with why. */
  rejected: { couponId: number; problem: PricingCouponProblem }[];
}

export function chooseCoupons(
  selection: PricingCouponSelection,
  evaluations: readonly CouponEvaluation[],
  ctx: SettleContext,
): CouponChoice {
  switch (selection.mode) {
    case 'none':
      return { settlement: settle(ctx, null, null), rejected: [] };
    case 'chosen':
      return chosen(selection.ids, evaluations, ctx);
    case 'best':
      return { settlement: best(evaluations, ctx), rejected: [] };
  }
}

function chosen(ids: readonly number[], evaluations: readonly CouponEvaluation[], ctx: SettleContext): CouponChoice {
  const byId = new Map(evaluations.map((e) => [e.coupon.id, e]));
  const problems = new Map<number, PricingCouponProblem>();
  let goods: CouponEvaluation | null = null;
  let shipping: CouponEvaluation | null = null;
  for (const id of ids) {
    const evaluation = byId.get(id);
    if (problems.has(id) || evaluation === goods || evaluation === shipping) continue; // repeated id
    if (evaluation === undefined) problems.set(id, reasons.NOT_HELD);
    else if (evaluation.problem !== null) problems.set(id, evaluation.problem);
    else if (evaluation.isShipping) {
      if (shipping === null) shipping = evaluation;
      else problems.set(id, reasons.STACKING);
    } else if (goods === null) goods = evaluation;
    else problems.set(id, reasons.STACKING);
  }
  const settlement = settle(ctx, goods, shipping);
  if (shipping !== null && settlement.shipping === null) problems.set(shipping.coupon.id, reasons.ALREADY_FREE_SHIPPING);
  const rejected = [...new Set(ids)].flatMap((couponId) => {
    const problem = problems.get(couponId);
    return problem === undefined ? [] : [{ couponId, problem }];
  });
  return { settlement, rejected };
}

function best(evaluations: readonly CouponEvaluation[], ctx: SettleContext): Settlement {
  const usable = evaluations.filter((e) => e.problem === null).sort(byExpiryThenId);
  // Every shipping coupon waives the same fee, so the first by expiry/id is the one to try.
  const shipping = usable.find((e) => e.isShipping) ?? null;
  const goodsOptions = [null, ...usable.filter((e) => !e.isShipping)];
  let winner: Settlement | null = null;
  for (const goods of goodsOptions) {
    const candidates = [settle(ctx, goods, null)];
    if (shipping !== null) candidates.push(settle(ctx, goods, shipping));
    for (const candidate of candidates) {
      if (winner === null || compareSettlements(candidate, winner) < 0) winner = candidate;
    }
  }
  return winner!;
}

function compareSettlements(a: Settlement, b: Settlement): number {
  return (
    a.payable - b.payable ||
    a.points.used - b.points.used ||
    couponsOf(a).length - couponsOf(b).length ||
    compareCouponLists(couponsOf(a), couponsOf(b))
  );
}

function couponsOf(s: Settlement): CouponEvaluation[] {
  return [s.goods, s.shipping].filter((e): e is CouponEvaluation => e !== null);
}

function compareCouponLists(a: readonly CouponEvaluation[], b: readonly CouponEvaluation[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = byExpiryThenId(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

function byExpiryThenId(a: CouponEvaluation, b: CouponEvaluation): number {
  return a.validUntilMs - b.validUntilMs || a.coupon.id - b.coupon.id;
}
