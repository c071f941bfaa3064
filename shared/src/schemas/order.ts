import { z } from 'zod';
import { ORDER_STATUSES } from '../order-status.js';
import { MAX_INT, quantitySchema } from './common.js';
import type { AddressSnapshot } from './address.js';
import type { SkuLineDisplay } from './cart.js';
import type { OrderStatus } from '../order-status.js';
import type { FulfillmentType, LineDiscount, OrderDiscount, PricingCoupon, PricingCouponRejection, PricingCouponReport } from '../pricing/types.js';

export const ORDER_SOURCES = ['normal', 'groupbuy'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

/** Most lines one order may have, however it is built (explicit lines or the cart). */
export const MAX_ORDER_LINES = 50;
/** Upper bound on the points one request may ask for (any balance is far below it). */
export const MAX_POINTS_PER_ORDER = 100_000_000;

export const orderLineInputSchema = z.object({ skuId: z.number().int().positive().max(MAX_INT), qty: quantitySchema });

export const fulfillmentInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delivery'), addressId: z.number().int().positive().max(MAX_INT) }),
  z.object({ type: z.literal('pickup'), storeId: z.number().int().positive().max(MAX_INT) }),
]);

/**
 * Every way an order can be fulfilled, as the order service takes it: consumers choose one of
 * their addresses or a pickup store; staff may also type an address on the tablet, or hand the
 * goods over now (carry_out, from their own store).
 */
export type PlacementFulfillment =
  | z.infer<typeof fulfillmentInputSchema>
  | { type: 'delivery'; address: AddressSnapshot }
  | { type: 'carry_out'; storeId: number };

/** Body of both POST /orders/preview and POST /orders. Give `lines`, or `fromCart: true`. */
export const orderRequestSchema = z
  .object({
    lines: z.array(orderLineInputSchema).min(1).max(MAX_ORDER_LINES).optional(),
    fromCart: z.boolean().optional(),
    fulfillment: fulfillmentInputSchema,
    buyerNote: z.string().trim().max(200).default(''),
    /** Which coupons to use: the best combination (default), the ones the buyer picked, or none. */
    coupons: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('best') }),
        z.object({ mode: z.literal('chosen'), ids: z.array(z.number().int().positive().max(MAX_INT)).max(2) }),
        z.object({ mode: z.literal('none') }),
      ])
      .default({ mode: 'best' }),
    /** Points to spend as a deduction; the order takes at most what the balance and the share cap allow. */
    points: z.number().int().min(0).max(MAX_POINTS_PER_ORDER).default(0),
  })
  .refine((v) => (v.lines !== undefined) !== (v.fromCart === true), {
    message: 'Give either lines or fromCart: true',
    path: ['lines'],
  })
  .refine((v) => !v.lines || new Set(v.lines.map((l) => l.skuId)).size === v.lines.length, {
    message: 'Each SKU may appear only once',
    path: ['lines'],
  });
export type OrderRequest = z.infer<typeof orderRequestSchema>;

/** `status=refunding,refunded`: one status or several, comma-separated (a tab such as 售后 spans two). */
const orderStatusesSchema = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((part) => part.trim()))])
  .pipe(z.array(z.enum(ORDER_STATUSES)).min(1));

export const orderListQuerySchema = z.object({
  status: orderStatusesSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const adminOrderListQuerySchema = orderListQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  channel: z.string().max(32).optional(),
  storeId: z.coerce.number().int().positive().max(MAX_INT).optional(),
});

/** Body of POST /admin/orders/:id/ship. */
export const orderShipSchema = z.object({
  carrier: z.string().trim().min(1).max(32),
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{4,40}$/, 'tracking number: 4-40 letters, digits or -'),
});
export type OrderShipRequest = z.infer<typeof orderShipSchema>;

/** POST /admin/orders/:id/complete: an admin completing an order by hand says why (logged with it). */
export const orderCompleteOverrideSchema = z.object({ reason: z.string().trim().min(4, '请写明人工完成的原因（至少 4 个字）').max(200) });

export const idempotencyKeySchema = z.string().min(8).max(80).regex(/^[A-Za-z0-9_\-:.]+$/, 'Idempotency-Key: 8-80 chars of letters, digits, _-:.');

export type OrderLineProblem = 'insufficient_stock';

export interface OrderLineView extends SkuLineDisplay {
  /** The order line's id (0 in previews, where nothing is stored yet). */
  itemId: number;
  qty: number;
  listPrice: number;
  unitPrice: number;
  discounts: LineDiscount[];
  /** What the buyer pays for the line (fen). */
  payable: number;
}

export interface OrderStoreView {
  id: number;
  name: string;
  address: string;
  phone: string;
  openingHours: string;
}

export interface OrderFulfillmentView {
  type: FulfillmentType;
  address: AddressSnapshot | null;
  /** Pickup / carry-out store; for delivery the store that ships it (null: the warehouse). */
  store: OrderStoreView | null;
  /** Delivery only: when it arrives (a store ships the same day, the warehouse in 1-3 days); split: the latest part's, then each part's. */
  eta: string | null;
  /** A delivery split across places (DISPATCH_ALLOW_SPLIT): each part's store (null: the warehouse), ETA and SKUs; absent when one place ships it. */
  parts?: OrderDeliveryPartView[];
}

export interface OrderDeliveryPartView {
  store: OrderStoreView | null;
  eta: string;
  skuIds: number[];
}

/** Answer of POST /orders/preview: the exact price POST /orders would charge, and whether it can. */
export interface OrderPreviewView {
  lines: (OrderLineView & { available: number; problem: OrderLineProblem | null })[];
  fulfillment: OrderFulfillmentView;
  itemsTotal: number;
  discounts: OrderDiscount[];
  discountTotal: number;
  shippingFee: number;
  /** Shipping waived by a free-shipping coupon. */
  shippingDiscount: number;
  payableTotal: number;
  /** Coupons this order would use, and for every coupon the member holds whether it applies and why not. */
  appliedCoupons: number[];
  couponReport: PricingCouponReport[];
  rejectedChosen: PricingCouponRejection[];
  /** The coupons the report speaks of (name, rules, validity), to show beside each entry. */
  coupons: PricingCoupon[];
  /** The member's points, the most this order can take, and what the request spends. */
  pointsBalance: number;
  pointsUsable: number;
  pointsUsed: number;
  /** Fen the spent points take off the goods (also in `discounts` as source 'points'). */
  pointsDeduction: number;
  /** The member's tier that priced the order (tier discount, free-shipping threshold). */
  tier: { code: string; name: string } | null;
  /** Goods total at which delivery becomes free for this buyer; null = never by amount. */
  freeShippingThreshold: number | null;
  canSubmit: boolean;
}

/** How a delivery order travels once shipped. */
export interface OrderShipmentView {
  carrier: string;
  trackingNo: string;
  shippedAt: string;
}

export interface OrderEventView {
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  note: string;
  at: string;
}

export interface OrderView {
  id: number;
  orderNo: string;
  status: OrderStatus;
  statusLabel: string;
  fulfillment: OrderFulfillmentView;
  channel: string;
  /** The buyer (null: a guest at a store counter) and the staff member credited, if any. */
  memberId: number | null;
  staffId: number | null;
  /** 'groupbuy' orders belong to a group: GET /orders/:id answers it as `group` (OrderGroupFacts). */
  source: OrderSource;
  lines: OrderLineView[];
  itemsTotal: number;
  discounts: OrderDiscount[];
  discountTotal: number;
  shippingFee: number;
  /** Shipping waived by a free-shipping coupon. */
  shippingDiscount: number;
  payableTotal: number;
  /** Points spent on this order, and earned when it completed. */
  pointsUsed: number;
  pointsEarned: number;
  /** Fen refunded so far. */
  refundedTotal: number;
  shipment: OrderShipmentView | null;
  /**
   * Pickup orders once paid: the code to show at the store, what its QR encodes, and whether the
   * goods are there yet. The code and QR are the buyer's (and, after a lookup by code, the store's):
   * every other staff and back-office view has them null.
   */
  pickup: { code: string | null; qrPayload: string | null; ready: boolean } | null;
  buyerNote: string;
  payDeadline: string;
  paidAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  completedAt: string | null;
  createdAt: string;
  /** Status history, on the detail view only. */
  events?: OrderEventView[];
}
