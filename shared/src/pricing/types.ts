import type { Fen } from '../money.js';

/**
 * Inputs and outputs of the one pricing function shared by the mini-program preview and the
 * server's order creation. Rules arrive as data (tier, coupons, points rule) so the two sides
 * compute the same fen from the same input. Every field added after the first version is
 * optional, so `{ lines, isMember, fulfillment, shippingRule }` still prices exactly as before.
 *
 * Type names carry a `Pricing` prefix because `@shop/shared` re-exports every module with
 * `export *`: the coupon and membership schemas can then define their own `CouponKind` etc.
 */
export interface PricingLineInput {
  skuId: number;
  quantity: number;
  /** Unit list price in fen. */
  listPrice: Fen;
  /** Unit member price in fen, when the SKU has one. Applies only to members. */
  memberPrice?: Fen | null;
  /** Product of the SKU; absent = matches no product-scoped coupon and no exclusion. */
  productId?: number | null;
  /** Category of the product; absent = matches no category-scoped coupon. */
  categoryId?: number | null;
  /**
   * Group-buy unit price. When set, the line is priced at it (capped at list price) and the
   * whole order takes no coupon and no points: group price is never combined with them.
   */
  groupPrice?: Fen | null;
}

/** delivery: shipped to an address; pickup: collected at a store later; carry_out: taken from the store now (staff orders). */
export const FULFILLMENT_TYPES = ['delivery', 'pickup', 'carry_out'] as const;
export type FulfillmentType = (typeof FULFILLMENT_TYPES)[number];

export interface ShippingRule {
  /** Flat delivery fee in fen. */
  baseFee: Fen;
  /** Goods subtotal (after line discounts) at or above which delivery is free; null = never free. */
  freeThreshold: Fen | null;
}

export interface PricingMemberTier {
  code: string;
  name: string;
  /** e.g. 95 = 5% off list price on lines without a (lower) member price. Integer 0..100. */
  discountPercent?: number | null;
  /** Replaces `ShippingRule.freeThreshold` for this tier when given (not null/undefined). */
  freeShippingThreshold?: Fen | null;
}

export interface PricingMember {
  tier?: PricingMemberTier | null;
  /** Points the member holds now. */
  pointsBalance?: number;
}

export type PricingCouponKind = 'threshold_off' | 'percent_off' | 'amount_off' | 'free_shipping';

export type PricingCouponScope =
  | { kind: 'all' }
  | { kind: 'categories'; ids: number[] }
  | { kind: 'products'; ids: number[] };

export type PricingCouponStatus = 'available' | 'locked' | 'used' | 'expired' | 'revoked';

/** One coupon instance the member holds, as plain data (template rules copied in). */
export interface PricingCoupon {
  id: number;
  templateId: number;
  name: string;
  kind: PricingCouponKind;
  /**
   * threshold_off / amount_off: fen off. percent_off: percent paid, integer 0..100
   * (85 = 15% off). free_shipping: ignored (it waives the whole fee).
   */
  value: number;
  /** Eligible goods amount needed (fen); absent = no threshold. */
  threshold?: Fen | null;
  /** threshold_off only: 每满, i.e. `value` off floor(eligible / threshold) times. */
  repeat?: boolean;
  /** Largest discount this coupon gives (fen); meant for percent_off, honoured by every goods kind. */
  cap?: Fen | null;
  scope: PricingCouponScope;
  excludeProductIds?: number[];
  /** ISO 8601 instant with time zone; usable from this instant (inclusive)... */
  validFrom: string;
  /** ...until this instant (exclusive). */
  validUntil: string;
  status: PricingCouponStatus;
}

export type PricingCouponSelection = { mode: 'best' } | { mode: 'chosen'; ids: number[] } | { mode: 'none' };

export interface PricingPointsRule {
  /** Fen one point is worth; positive integer. */
  fenPerPoint: number;
  /** Points may pay at most this share (integer percent 0..100) of goods payable after coupons. */
  maxShareOfGoodsPercent: number;
}

export interface PricingPointsRequest {
  /** Points the buyer wants to spend; 0 = none. Silently capped (see `pointsUsable`). */
  use: number;
  rule: PricingPointsRule;
}

export interface PricingInput {
  lines: PricingLineInput[];
  /** Whether the buyer is a signed-in member (member price, tier and points apply only then). */
  isMember: boolean;
  fulfillment: FulfillmentType;
  shippingRule: ShippingRule;
  member?: PricingMember | null;
  /** Every coupon instance the member holds (any status); each one gets a `couponReport` entry. */
  coupons?: PricingCoupon[];
  /** Default `{ mode: 'none' }`: no coupon is applied unless asked for. */
  couponSelection?: PricingCouponSelection;
  points?: PricingPointsRequest | null;
  /** ISO 8601 instant the order is priced at; required when `coupons` is not empty. */
  now?: string;
}

export type DiscountSource = 'group_price' | 'member_price' | 'tier_discount' | 'coupon' | 'points';

export interface LineDiscount {
  source: DiscountSource;
  /** Total discount on this line in fen (not per unit). */
  amount: Fen;
  /** Only for source 'coupon'. */
  couponId?: number;
}

export interface PricedLine {
  skuId: number;
  quantity: number;
  listPrice: Fen;
  /** Unit price actually charged before order-level discounts (coupon, points). */
  unitPrice: Fen;
  /** listPrice * quantity. */
  listTotal: Fen;
  /** Per-unit discounts first (times quantity), then this line's share of coupon and points. */
  discounts: LineDiscount[];
  /** What the buyer pays for this line: listTotal - sum(discounts). Refund at most this. */
  payable: Fen;
}

export interface OrderDiscount {
  source: DiscountSource;
  /** Chinese label shown to people: 会员价, 会员折扣, 拼团价, 优惠券（name）, 积分抵扣. */
  label: string;
  amount: Fen;
  /** Only for source 'coupon': one entry per applied coupon. */
  couponId?: number;
}

export type PricingCouponReasonCode =
  | 'THRESHOLD_NOT_MET'
  | 'NOT_IN_SCOPE'
  | 'EXPIRED'
  | 'NOT_STARTED'
  | 'NOT_AVAILABLE'
  | 'GROUP_PRICE'
  | 'STACKING'
  /** free_shipping coupon on a pickup order, or on one whose delivery is already free. */
  | 'NO_SHIPPING_FEE';

/** Why a coupon cannot be used on this order; `reason` is the Chinese text shown to the buyer. */
export interface PricingCouponProblem {
  reasonCode: PricingCouponReasonCode;
  reason: string;
  /** THRESHOLD_NOT_MET only: eligible fen still missing. */
  shortfall?: Fen;
}

export interface PricingCouponReport {
  couponId: number;
  /** Usable on this order as it stands (alone, or instead of the selected one of its kind). */
  applicable: boolean;
  /** Applied to this order (`appliedCoupons` contains it). */
  selected: boolean;
  /** When applicable: fen it saves (goods discount, or the shipping fee it waives). */
  discount?: Fen;
  reasonCode?: PricingCouponReasonCode;
  reason?: string;
  shortfall?: Fen;
}

/** A coupon the buyer chose (mode 'chosen') that was not applied, and why. */
export interface PricingCouponRejection extends PricingCouponProblem {
  couponId: number;
}

export interface PricingResult {
  lines: PricedLine[];
  /** Sum of line list totals. */
  itemsTotal: Fen;
  /** Every goods discount grouped by source, in order of application (shipping is not here). */
  discounts: OrderDiscount[];
  /** Sum of every goods discount, points included: itemsTotal - sum(line payable). */
  discountTotal: Fen;
  /** Shipping the buyer pays, after the free-shipping threshold and a free-shipping coupon. */
  shippingFee: Fen;
  /** Shipping waived by a free-shipping coupon (0 when none applied). */
  shippingDiscount: Fen;
  /** Threshold that applied (tier's or the rule's); null = delivery is never free by amount. */
  freeShippingThreshold: Fen | null;
  /** itemsTotal - discountTotal + shippingFee; never negative. */
  payableTotal: Fen;
  /** Ids of the applied coupons: the goods coupon first, then the shipping coupon. */
  appliedCoupons: number[];
  /** Chosen coupons (mode 'chosen') that were not applied; the server should refuse the order. */
  rejectedChosen: PricingCouponRejection[];
  /** One entry per coupon in `input.coupons`, same order. */
  couponReport: PricingCouponReport[];
  pointsUsed: number;
  /** pointsUsed * fenPerPoint. */
  pointsDeduction: Fen;
  /** Most points this order could take (balance and share cap), whatever was requested. */
  pointsUsable: number;
}
