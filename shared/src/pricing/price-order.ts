/**
 * The single pricing function shared by the mini-program (cart/checkout preview) and the
 * server (order creation). Both sides must get identical numbers for identical input.
 *
 * Money: every amount is an integer number of fen; percentages are integers and computed
 * with integer arithmetic (`percentOf`), never floats. Order-level amounts are split across
 * lines with `allocateProportionally` (largest remainder, earlier line wins ties), so each
 * split sums exactly to the amount and a refund of one line returns what was paid for it.
 *
 * Order of application:
 *   1. Unit price per line (line-prices.ts): a group price when the line has one; else, for
 *      members, the member price when strictly below list; else the member's tier discount,
 *      discount per unit = floor(listPrice * (100 - discountPercent) / 100) (rounded down).
 *      Sources: group_price, member_price, tier_discount (per unit, times quantity).
 *   2. Goods coupon, at most one (coupon-rules.ts, choose-coupons.ts): eligible amount = sum of
 *      step-1 payables of the lines in scope and not excluded; the threshold is checked against
 *      it; the discount (threshold_off, 每满 repeat, percent_off rounded down, amount_off; at
 *      most `cap`; at most the eligible amount) is allocated across the eligible lines by their
 *      step-1 payable. Source: coupon (with couponId).
 *   3. Points (points.ts): used = min(requested, balance, floor(floor(goods after coupon *
 *      maxShare / 100) / fenPerPoint)); deduction = used * fenPerPoint, allocated across all
 *      lines by their payable after the coupon. Source: points. Points never pay shipping.
 *   4. Shipping: pickup is free. Delivery is free when the goods payable after the coupon and
 *      BEFORE points is at or above the threshold (the tier's `freeShippingThreshold` when
 *      given, else the rule's); spending points never costs free delivery. Otherwise
 *      `baseFee`, which one free_shipping coupon (threshold met on its eligible amount) waives;
 *      `shippingDiscount` says how much it waived.
 *   5. payableTotal = itemsTotal - discountTotal + shippingFee, never negative by construction
 *      (each step takes at most what is left).
 *
 * Stacking: at most one goods coupon plus one free_shipping coupon; no coupon and no points
 * at all when any line has a group price. Coupon selection and tie-breaks: choose-coupons.ts.
 * Member price, tier discount, tier shipping threshold and points apply only when `isMember`;
 * coupons are judged as given (the caller passes the coupons the buyer holds, any status).
 * Coupon validity window: validFrom <= now < validUntil.
 *
 * Pure: time comes in as `now`, no randomness, input is never mutated and output shares no
 * objects with it. Invalid input throws RangeError; callers validate upstream (zod), this is
 * only a guard.
 */
import { assertFen, sumFen, type Fen } from '../money.js';
import { allocateProportionally } from './allocate.js';
import { chooseCoupons } from './choose-coupons.js';
import { evaluateCoupon, type CouponEvaluation } from './coupon-rules.js';
import { couponReport } from './coupon-report.js';
import { priceLine, type BaseLine } from './line-prices.js';
import { pointsPlan } from './points.js';
import { FULFILLMENT_TYPES } from './types.js';
import type { Settlement } from './settle.js';
import type {
  DiscountSource,
  LineDiscount,
  OrderDiscount,
  PricedLine,
  PricingCouponSelection,
  PricingInput,
  PricingMemberTier,
  PricingResult,
} from './types.js';
import { assertInteger, assertIntegerList, assertNonNegativeFen, assertPercent, optionalFen, parseInstant } from './validate.js';

/** Every discount source, in order of application; also the order of `PricingResult.discounts`. */
const DISCOUNT_ORDER: readonly DiscountSource[] = ['group_price', 'member_price', 'tier_discount', 'coupon', 'points'];

const DISCOUNT_LABELS: Readonly<Record<Exclude<DiscountSource, 'coupon'>, string>> = {
  group_price: '拼团价',
  member_price: '会员价',
  tier_discount: '会员折扣',
  points: '积分抵扣',
};

export function priceOrder(input: PricingInput): PricingResult {
  if (!Array.isArray(input.lines) || input.lines.length === 0) {
    throw new RangeError('an order needs at least one line');
  }
  if (!FULFILLMENT_TYPES.includes(input.fulfillment)) {
    throw new RangeError(`fulfillment must be one of ${FULFILLMENT_TYPES.join(', ')}, got ${String(input.fulfillment)}`);
  }
  const baseFee = assertNonNegativeFen(input.shippingRule.baseFee, 'shippingRule.baseFee');
  const ruleThreshold = optionalFen(input.shippingRule.freeThreshold, 'shippingRule.freeThreshold');
  const isMember = input.isMember === true;
  const tier = validTier(input.member?.tier);
  const pointsBalance = assertInteger(input.member?.pointsBalance ?? 0, 'member.pointsBalance', 0);

  const tierPercent = isMember ? (tier?.discountPercent ?? null) : null;
  const baseLines = input.lines.map((line, i) => priceLine(line, i, { isMember, tierPercent }));
  const hasGroupBuy = baseLines.some((l) => l.isGroupBuy);

  const coupons = input.coupons ?? [];
  if (!Array.isArray(coupons)) throw new RangeError('coupons must be an array');
  const nowMs = coupons.length > 0 || input.now !== undefined ? parseInstant(input.now, 'now') : 0;
  // Pickup and carry-out leave the store with the buyer: no delivery, no shipping fee.
  const isPickup = input.fulfillment !== 'delivery';
  const couponContext = { nowMs, isPickup, hasGroupBuy };
  const evaluations = coupons.map((c, i) => evaluateCoupon(c, i, baseLines, couponContext));
  assertUniqueIds(evaluations);
  const selection = validSelection(input.couponSelection);

  const tierThreshold = isMember ? (tier?.freeShippingThreshold ?? null) : null;
  const freeShippingThreshold = tierThreshold ?? ruleThreshold;
  const { settlement, rejected } = chooseCoupons(selection, evaluations, {
    goodsTotal: sumFen(baseLines.map((l) => l.priced.payable)),
    isPickup,
    baseFee,
    freeThreshold: freeShippingThreshold,
    points: pointsPlan(input.points, isMember && !hasGroupBuy ? pointsBalance : 0),
  });

  const lines = applyOrderDiscounts(baseLines, settlement);
  const itemsTotal = sumFen(lines.map((l) => l.listTotal));
  const discounts = summarize(lines, settlement.goods);
  const discountTotal = sumFen(discounts.map((d) => d.amount));
  const payableTotal = assertFen(itemsTotal - discountTotal + settlement.shippingFee, 'payable total');
  // The per-line split and the totals come from the same settlement; disagreeing would mean a
  // preview and a charge could differ, so fail loudly instead.
  if (payableTotal !== settlement.payable) throw new Error(`pricing split (${payableTotal}) != totals (${settlement.payable})`);
  if (payableTotal < 0) throw new RangeError(`payable total would be negative (${payableTotal})`);

  return {
    lines,
    itemsTotal,
    discounts,
    discountTotal,
    shippingFee: settlement.shippingFee,
    shippingDiscount: settlement.shippingBeforeCoupon - settlement.shippingFee,
    freeShippingThreshold,
    payableTotal,
    appliedCoupons: [settlement.goods, settlement.shipping].flatMap((e) => (e === null ? [] : [e.coupon.id])),
    rejectedChosen: rejected.map(({ couponId, problem }) => ({ couponId, ...problem })),
    couponReport: couponReport(evaluations, settlement, new Map(rejected.map((r) => [r.couponId, r.problem]))),
    pointsUsed: settlement.points.used,
    pointsDeduction: settlement.points.deduction,
    pointsUsable: settlement.points.usable,
  };
}

/** Steps 2 and 3 per line: the coupon split over eligible lines, then points over all lines. */
function applyOrderDiscounts(baseLines: readonly BaseLine[], settlement: Settlement): PricedLine[] {
  const lines = baseLines.map((l) => ({ ...l.priced, discounts: l.priced.discounts.map((d) => ({ ...d })) }));
  const goods = settlement.goods;
  if (goods !== null) {
    const shares = allocateProportionally(goods.discount, goods.eligible.map((i) => lines[i]!.payable));
    goods.eligible.forEach((lineIndex, k) => addDiscount(lines[lineIndex]!, { source: 'coupon', couponId: goods.coupon.id, amount: shares[k]! }));
  }
  const deduction = settlement.points.deduction;
  if (deduction > 0) {
    const shares = allocateProportionally(deduction, lines.map((l) => l.payable));
    lines.forEach((line, i) => addDiscount(line, { source: 'points', amount: shares[i]! }));
  }
  return lines;
}

function addDiscount(line: PricedLine, discount: LineDiscount): void {
  if (discount.amount === 0) return;
  line.discounts.push(discount);
  line.payable -= discount.amount;
}

function summarize(lines: readonly PricedLine[], goods: CouponEvaluation | null): OrderDiscount[] {
  const amountOf = (source: DiscountSource) =>
    sumFen(lines.flatMap((l) => l.discounts.filter((d) => d.source === source).map((d) => d.amount)));
  const discounts: OrderDiscount[] = [];
  for (const source of DISCOUNT_ORDER) {
    const amount = amountOf(source);
    if (amount === 0) continue;
    if (source === 'coupon' && goods !== null) {
      discounts.push({ source, label: `优惠券（${goods.coupon.name}）`, amount, couponId: goods.coupon.id });
    } else if (source !== 'coupon') {
      discounts.push({ source, label: DISCOUNT_LABELS[source], amount });
    }
  }
  return discounts;
}

function validTier(tier: PricingMemberTier | null | undefined): { discountPercent: number | null; freeShippingThreshold: Fen | null } | null {
  if (tier === undefined || tier === null) return null;
  const discountPercent =
    tier.discountPercent === undefined || tier.discountPercent === null ? null : assertPercent(tier.discountPercent, 'member.tier.discountPercent');
  return { discountPercent, freeShippingThreshold: optionalFen(tier.freeShippingThreshold, 'member.tier.freeShippingThreshold') };
}

function validSelection(selection: PricingCouponSelection | undefined): PricingCouponSelection {
  if (selection === undefined) return { mode: 'none' };
  switch (selection.mode) {
    case 'none':
    case 'best':
      return { mode: selection.mode };
    case 'chosen':
      return { mode: 'chosen', ids: assertIntegerList(selection.ids, 'couponSelection.ids') };
    default:
      throw new RangeError("couponSelection.mode must be 'best', 'chosen' or 'none'");
  }
}

function assertUniqueIds(evaluations: readonly CouponEvaluation[]): void {
  const seen = new Set<number>();
  for (const { coupon } of evaluations) {
    if (seen.has(coupon.id)) throw new RangeError(`coupon id ${coupon.id} appears twice in coupons`);
    seen.add(coupon.id);
  }
}
