/**
 * Step 3 of pricing: points paid as a deduction on goods (never on shipping).
 * usable = min(balance, floor(floor(goods * maxShare / 100) / fenPerPoint)), where goods is the
 * goods payable after coupons; used = min(requested, usable); deduction = used * fenPerPoint.
 * Both floors round against the buyer by less than one point, so the cap is never exceeded
 * and the deduction never exceeds the goods payable.
 */
import type { Fen } from '../money.js';
import { percentOf } from './percent.js';
import type { PricingPointsRequest } from './types.js';
import { assertInteger, assertPercent } from './validate.js';

export interface PointsPlan {
  /** Points the buyer asked for; 0 when they asked for none or cannot use points. */
  requested: number;
  balance: number;
  fenPerPoint: number;
  maxSharePercent: number;
}

export interface PointsOutcome {
  used: number;
  deduction: Fen;
  usable: number;
}

export const NO_POINTS: PointsPlan = Object.freeze({ requested: 0, balance: 0, fenPerPoint: 1, maxSharePercent: 0 });

/** Validates the request; `balance` is 0 for guests and orders that cannot take points. */
export function pointsPlan(request: PricingPointsRequest | null | undefined, balance: number): PointsPlan {
  if (request === undefined || request === null) return NO_POINTS;
  return {
    requested: assertInteger(request.use, 'points.use', 0),
    balance,
    fenPerPoint: assertInteger(request.rule?.fenPerPoint, 'points.rule.fenPerPoint', 1),
    maxSharePercent: assertPercent(request.rule?.maxShareOfGoodsPercent, 'points.rule.maxShareOfGoodsPercent'),
  };
}

export function applyPoints(plan: PointsPlan, goodsPayable: Fen): PointsOutcome {
  const capFen = percentOf(goodsPayable, plan.maxSharePercent);
  const usable = Math.min(plan.balance, Math.floor(capFen / plan.fenPerPoint));
  const used = Math.min(plan.requested, usable);
  return { used, deduction: used * plan.fenPerPoint, usable };
}
