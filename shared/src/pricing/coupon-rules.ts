/**
 * What one coupon would do to an order on its own, judged on the line amounts after step 1
 * (unit prices) and before any other coupon. Measuring every coupon on the same base means
 * choosing one coupon never changes whether another one qualifies, which keeps "best" a plain
 * enumeration and the reasons stable while the buyer switches coupons.
 *
 * Order of checks, so the reason shown is the most permanent one:
 *   status (已使用/已过期...) > validity window > group price > pickup (free shipping only)
 *   > scope (no eligible line) > threshold (还差 ¥x 可用).
 *
 * Discount of a goods coupon, on the eligible amount E (payables of lines in scope and not excluded):
 *   threshold_off: value, or value * floor(E / threshold) when `repeat` (每满);
 *   percent_off:   floor(E * (100 - value) / 100), i.e. rounded down to the fen;
 *   amount_off:    value;
 * then at most `cap` (when given) and never more than E.
 */
import type { Fen } from '../money.js';
import type { BaseLine } from './line-prices.js';
import { percentOf } from './percent.js';
import * as reasons from './reasons.js';
import type { PricingCoupon, PricingCouponKind, PricingCouponProblem, PricingCouponScope } from './types.js';
import {
  assertInteger,
  assertIntegerList,
  assertNonNegativeFen,
  assertPercent,
  optionalFen,
  parseInstant,
} from './validate.js';

export interface CouponEvaluation {
  coupon: PricingCoupon;
  isShipping: boolean;
  validUntilMs: number;
  /** Why it cannot be used on this order regardless of other coupons; null = it can. */
  problem: PricingCouponProblem | null;
  /** Indexes of the lines in scope and not excluded. */
  eligible: number[];
  /** Goods coupons: fen off the eligible lines (0 for free_shipping). */
  discount: Fen;
}

export interface CouponContext {
  nowMs: number;
  isPickup: boolean;
  hasGroupBuy: boolean;
}

const KINDS: readonly PricingCouponKind[] = ['threshold_off', 'percent_off', 'amount_off', 'free_shipping'];
const STATUSES: readonly PricingCoupon['status'][] = ['available', 'locked', 'used', 'expired', 'revoked'];

export function evaluateCoupon(raw: PricingCoupon, index: number, lines: readonly BaseLine[], ctx: CouponContext): CouponEvaluation {
  const coupon = validCoupon(raw, `coupons[${index}]`);
  const validFromMs = parseInstant(coupon.validFrom, `coupons[${index}].validFrom`);
  const validUntilMs = parseInstant(coupon.validUntil, `coupons[${index}].validUntil`);
  const isShipping = coupon.kind === 'free_shipping';
  const eligible = lines.flatMap((line, i) => (inScope(coupon, line) ? [i] : []));
  const eligibleAmount = eligible.reduce((sum, i) => sum + lines[i]!.priced.payable, 0);
  const discount = isShipping ? 0 : goodsDiscount(coupon, eligibleAmount);
  const evaluation = { coupon, isShipping, validUntilMs, eligible, discount };

  const threshold = coupon.threshold ?? 0;
  const problem =
    reasons.statusProblem(coupon.status) ??
    (ctx.nowMs >= validUntilMs ? reasons.EXPIRED : null) ??
    (ctx.nowMs < validFromMs ? reasons.NOT_STARTED : null) ??
    (ctx.hasGroupBuy ? reasons.GROUP_PRICE : null) ??
    (isShipping && ctx.isPickup ? reasons.PICKUP_NO_SHIPPING : null) ??
    (eligible.length === 0 ? reasons.NOT_IN_SCOPE : null) ??
    (eligibleAmount < threshold ? reasons.thresholdNotMet(threshold - eligibleAmount) : null);
  return { ...evaluation, problem };
}

function inScope(coupon: PricingCoupon, line: BaseLine): boolean {
  if (line.productId !== null && coupon.excludeProductIds?.includes(line.productId)) return false;
  const scope = coupon.scope;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'categories':
      return line.categoryId !== null && scope.ids.includes(line.categoryId);
    case 'products':
      return line.productId !== null && scope.ids.includes(line.productId);
  }
}

function goodsDiscount(coupon: PricingCoupon, eligibleAmount: Fen): Fen {
  let discount: Fen;
  switch (coupon.kind) {
    case 'threshold_off': {
      const times = coupon.repeat === true ? Math.floor(eligibleAmount / coupon.threshold!) : 1;
      // value * times can leave the safe range; anything above the eligible amount is cut anyway.
      discount = Number(bigMin(BigInt(coupon.value) * BigInt(times), BigInt(eligibleAmount)));
      break;
    }
    case 'percent_off':
      discount = percentOf(eligibleAmount, 100 - coupon.value);
      break;
    case 'amount_off':
      discount = coupon.value;
      break;
    case 'free_shipping':
      return 0;
  }
  if (coupon.cap !== undefined && coupon.cap !== null) discount = Math.min(discount, coupon.cap);
  return Math.min(discount, eligibleAmount);
}

function bigMin(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** Checks every field and returns a copy, so later steps can trust the coupon's shape. */
function validCoupon(c: PricingCoupon, where: string): PricingCoupon {
  if (c === null || typeof c !== 'object') throw new RangeError(`${where} must be an object`);
  const id = assertInteger(c.id, `${where}.id`);
  const templateId = assertInteger(c.templateId, `${where}.templateId`);
  if (typeof c.name !== 'string') throw new RangeError(`${where}.name must be a string`);
  if (!KINDS.includes(c.kind)) throw new RangeError(`${where}.kind is not a coupon kind: ${String(c.kind)}`);
  if (!STATUSES.includes(c.status)) throw new RangeError(`${where}.status is not a coupon status: ${String(c.status)}`);
  const value = c.kind === 'percent_off' ? assertPercent(c.value, `${where}.value`) : assertNonNegativeFen(c.value, `${where}.value`);
  const threshold = optionalFen(c.threshold, `${where}.threshold`);
  const cap = optionalFen(c.cap, `${where}.cap`);
  if (c.repeat !== undefined && typeof c.repeat !== 'boolean') throw new RangeError(`${where}.repeat must be a boolean`);
  const repeat = c.kind === 'threshold_off' && c.repeat === true;
  if (repeat && (threshold === null || threshold === 0)) {
    throw new RangeError(`${where}: a repeating (每满) coupon needs a positive threshold`);
  }
  const excludeProductIds = c.excludeProductIds === undefined ? [] : assertIntegerList(c.excludeProductIds, `${where}.excludeProductIds`);
  return {
    id,
    templateId,
    name: c.name,
    kind: c.kind,
    value,
    threshold,
    repeat,
    cap,
    scope: validScope(c.scope, `${where}.scope`),
    excludeProductIds,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    status: c.status,
  };
}

function validScope(scope: PricingCouponScope, where: string): PricingCouponScope {
  if (scope === null || typeof scope !== 'object') throw new RangeError(`${where} must be an object`);
  switch (scope.kind) {
    case 'all':
      return { kind: 'all' };
    case 'categories':
    case 'products':
      return { kind: scope.kind, ids: assertIntegerList(scope.ids, `${where}.ids`) };
    default:
      throw new RangeError(`${where}.kind must be 'all', 'categories' or 'products'`);
  }
}
