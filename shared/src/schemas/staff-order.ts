import { z } from 'zod';
import { idSchema } from './common.js';
import { addressSnapshotSchema } from './address.js';
import { MAX_ORDER_LINES, MAX_POINTS_PER_ORDER, orderLineInputSchema, type OrderView } from './order.js';
import type { MemberOverviewView } from './membership.js';

/** The header that carries a counter session (see CounterSessionView). */
export const COUNTER_TOKEN_HEADER = 'x-counter-token';

/**
 * Body of POST /staff/orders(/preview): staff build an order for the member of the counter
 * session (the `X-Counter-Token` header from identifying them by member code or confirmed
 * phone) or, without one, for a guest at list prices. A member id in the body grants nothing
 * and is refused. carry_out and pickup default to the staff member's own store; delivery takes
 * one of the member's addresses or an address typed on the tablet.
 */
export const staffOrderRequestSchema = z
  .object({
    memberId: z.never({ error: '请通过会员码或手机验证码识别会员，不能直接指定会员' }).optional(),
    lines: z.array(orderLineInputSchema).min(1).max(MAX_ORDER_LINES),
    fulfillment: z.discriminatedUnion('type', [
      z.object({ type: z.literal('carry_out') }),
      z.object({ type: z.literal('pickup'), storeId: idSchema.optional() }),
      z.object({ type: z.literal('delivery'), addressId: idSchema.optional(), address: addressSnapshotSchema.optional() }),
    ]),
    buyerNote: z.string().trim().max(200).default(''),
    coupons: z
      .discriminatedUnion('mode', [z.object({ mode: z.literal('best') }), z.object({ mode: z.literal('chosen'), ids: z.array(idSchema).max(2) }), z.object({ mode: z.literal('none') })])
      .default({ mode: 'best' }),
    points: z.number().int().min(0).max(MAX_POINTS_PER_ORDER).default(0),
  })
  .refine((v) => new Set(v.lines.map((l) => l.skuId)).size === v.lines.length, { message: 'Each SKU may appear only once', path: ['lines'] })
  .refine((v) => v.fulfillment.type !== 'delivery' || (v.fulfillment.addressId === undefined) !== (v.fulfillment.address === undefined), {
    message: '送货上门请选择会员地址或填写地址（二选一）',
    path: ['fulfillment'],
  });
export type StaffOrderRequest = z.output<typeof staffOrderRequestSchema>;

export const staffPickupVerifySchema = z.object({ code: z.string().trim().min(6).max(60) });

/** GET /staff/pickups/lookup?code=: the same code (6 digits or the QR payload), read only. */
export const staffPickupLookupSchema = staffPickupVerifySchema;

/**
 * The order a pickup code stands for at the staff member's store, shown before it is handed
 * over: its lines, its member (phone masked) and whether verifying now would hand it over.
 */
export interface StaffPickupLookupView {
  order: OrderView;
  member: MemberOverviewView | null;
  canVerify: boolean;
  /** Why it cannot be handed over now (already verified, goods still in transit); null when it can. */
  blockedReason: string | null;
}

export const staffOrderListQuerySchema = z.object({
  /** A China-time day, YYYY-MM-DD; default today. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** An order's buyer as staff see them: their nickname and masked phone (null when none is bound). */
export interface StaffOrderBuyer {
  nickname: string;
  phone: string | null;
}

/**
 * An order in the store's lists (GET /staff/orders, GET /staff/pickups): the back-office view and
 * its buyer; `buyer` is null for a guest (or a member no longer on file).
 */
export type StaffOrderListItem = OrderView & { buyer: StaffOrderBuyer | null };

export interface StaffSalesSummary {
  date: string;
  orders: number;
  paidOrders: number;
  /** Paid less refunded (fen). */
  netSales: number;
}
