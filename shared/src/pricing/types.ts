import type { Fen } from '../money.js';

/**
 * Inputs and outputs of the one pricing function shared by the mini-program preview and the
 * server's order creation. Rules arrive as data so a later issue can add coupons and
 * promotions without touching call sites.
 */
export interface PricingLineInput {
  skuId: number;
  quantity: number;
  /** Unit list price in fen. */
  listPrice: Fen;
  /** Unit member price in fen, when the SKU has one. Applies only to members. */
  memberPrice?: Fen | null;
}

export type FulfillmentType = 'delivery' | 'pickup';

export interface ShippingRule {
  /** Flat delivery fee in fen. */
  baseFee: Fen;
  /** Goods subtotal (after line discounts) at or above which delivery is free; null = never free. */
  freeThreshold: Fen | null;
}

export interface PricingInput {
  lines: PricingLineInput[];
  /** Whether the buyer is a signed-in member (member prices apply). */
  isMember: boolean;
  fulfillment: FulfillmentType;
  shippingRule: ShippingRule;
}

export type DiscountSource = 'member_price';

export interface LineDiscount {
  source: DiscountSource;
  /** Total discount on this line in fen (not per unit). */
  amount: Fen;
}

export interface PricedLine {
  skuId: number;
  quantity: number;
  listPrice: Fen;
  /** Unit price actually charged before order-level discounts. */
  unitPrice: Fen;
  /** listPrice * quantity. */
  listTotal: Fen;
  discounts: LineDiscount[];
  /** What the buyer pays for this line: listTotal - sum(discounts). */
  payable: Fen;
}

export interface OrderDiscount {
  source: DiscountSource;
  label: string;
  amount: Fen;
}

export interface PricingResult {
  lines: PricedLine[];
  /** Sum of line list totals. */
  itemsTotal: Fen;
  /** Every discount grouped by source, in order of application. */
  discounts: OrderDiscount[];
  discountTotal: Fen;
  shippingFee: Fen;
  /** itemsTotal - discountTotal + shippingFee; never negative. */
  payableTotal: Fen;
}
