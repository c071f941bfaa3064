import type { FulfillmentType, PricingCoupon, PricingCouponSelection, PricingInput, PricingLineInput, PricingMember, PricingPointsRule, ShippingRule } from './types.js';

/**
 * Everything besides the lines that prices an order for one buyer: the shop's shipping and
 * points rules, the member's tier and points, and the coupons they hold. The server prices
 * every preview and order from it, and hands the same object to the mini-program
 * (GET /api/v1/pricing/context) so a cart priced on the phone matches the charge to the fen.
 */
export interface PricingContext {
  shippingRule: ShippingRule;
  pointsRule: PricingPointsRule;
  member: PricingMember | null;
  coupons: PricingCoupon[];
  /** ISO instant the coupons were read at; pricing on the phone passes its own `now`. */
  now: string;
}

export interface PricingChoice {
  lines: PricingLineInput[];
  fulfillment: FulfillmentType;
  coupons?: PricingCouponSelection;
  /** Points to spend; 0 or absent = none. */
  points?: number;
}

/** The one way to turn a context and a buyer's choice into `priceOrder`'s input. */
export function pricingInput(context: PricingContext, choice: PricingChoice, now: string = context.now): PricingInput {
  return {
    lines: choice.lines,
    isMember: context.member !== null,
    member: context.member,
    fulfillment: choice.fulfillment,
    shippingRule: context.shippingRule,
    coupons: context.coupons,
    couponSelection: choice.coupons ?? { mode: 'none' },
    points: { use: choice.points ?? 0, rule: context.pointsRule },
    now,
  };
}
