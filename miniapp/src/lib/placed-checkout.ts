import type { OrderRequestBody } from '../api/orders';
import type { CheckoutSource } from './checkout';
import { newIdempotencyKey } from './idempotency';
import { storageSlot } from './storage';

/**
 * What a checkout remembers across back, reload and reopen (Taro storage: localStorage on H5,
 * wx storage on weapp), so that it never places a second order:
 * - the Idempotency-Key of a submission, with the fingerprint of what it submits (items,
 *   fulfillment, coupons), written before the request goes out: a reload, or a retry after the
 *   answer was lost, sends the same key and the server answers the same order;
 * - the order it made, until that order is paid, cancelled or past the server's pay deadline:
 *   coming back to the same checkout shows that order ("你有一笔待支付订单") instead of the
 *   submit button, even when the body would differ now (its coupon is locked by that order).
 */
export interface PlacedCheckout {
  /** The checkout's page parameters: "buy_now:<sku>x<qty>" or "cart". */
  source: string;
  /** The lines submitted, "<sku>x<qty>" sorted (what a cart checkout bought). */
  lines: string;
  /** Items + fulfillment + coupons of the submitted body. */
  fingerprint: string;
  key: string;
  /** The order the key made, once the server answered. */
  orderId: number | null;
  /** Epoch ms after which the entry is dropped: the order's pay deadline. */
  expiresAt: number;
}

/** How long an entry lives before the server has answered (its default ORDER_PAY_TIMEOUT_MINUTES). */
export const DEFAULT_PAY_TIMEOUT_MS = 30 * 60_000;
const MAX_ENTRIES = 10;

const isEntry = (value: unknown): value is PlacedCheckout => {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.source === 'string' && typeof e.lines === 'string' && typeof e.fingerprint === 'string' && typeof e.key === 'string' && (e.orderId === null || typeof e.orderId === 'number') && typeof e.expiresAt === 'number';
};
const slot = storageSlot('shop.placedCheckouts', (value): value is PlacedCheckout[] => Array.isArray(value) && value.every(isEntry));

function read(now: number): PlacedCheckout[] {
  return (slot.read() ?? []).filter((e) => e.expiresAt > now);
}

function write(entries: PlacedCheckout[]): void {
  if (entries.length === 0) slot.remove();
  else slot.write(entries.slice(-MAX_ENTRIES));
}

export function sourceKey(source: CheckoutSource): string {
  return source.kind === 'buy_now' ? `buy_now:${source.skuId}x${source.qty}` : 'cart';
}

export function linesKey(lines: readonly { skuId: number; qty: number }[]): string {
  return lines
    .map((l) => `${l.skuId}x${l.qty}`)
    .sort()
    .join(',');
}

/** Items, fulfillment and coupons: the note and points may change on a reload, the order is the same. */
export function checkoutFingerprint(source: CheckoutSource, body: OrderRequestBody): string {
  return JSON.stringify({ source: sourceKey(source), lines: body.lines ?? null, fromCart: body.fromCart ?? false, fulfillment: body.fulfillment, coupons: body.coupons ?? null });
}

/**
 * The Idempotency-Key to submit `body` with: the one already kept for the same checkout and
 * fingerprint, else a new one, kept before the request is sent.
 */
export function submissionKey(source: CheckoutSource, body: OrderRequestBody, lines: readonly { skuId: number; qty: number }[], now = Date.now(), makeKey: () => string = newIdempotencyKey): string {
  const fingerprint = checkoutFingerprint(source, body);
  const entries = read(now);
  const kept = entries.find((e) => e.orderId === null && e.fingerprint === fingerprint);
  if (kept) return kept.key;
  const key = makeKey();
  const others = entries.filter((e) => !(e.orderId === null && e.source === sourceKey(source)));
  write([...others, { source: sourceKey(source), lines: linesKey(lines), fingerprint, key, orderId: null, expiresAt: now + DEFAULT_PAY_TIMEOUT_MS }]);
  return key;
}

/** The server made `orderId` for `key`: the checkout now leads to it until its pay deadline. */
export function rememberPlacedOrder(key: string, order: { id: number; payDeadline?: string | null }, now = Date.now()): void {
  const deadline = order.payDeadline ? Date.parse(order.payDeadline) : NaN;
  const expiresAt = Number.isFinite(deadline) ? deadline : now + DEFAULT_PAY_TIMEOUT_MS;
  write(read(now).map((e) => (e.key === key ? { ...e, orderId: order.id, expiresAt } : e)));
}

/**
 * The unpaid order this checkout already made, if any: same page parameters and, for a cart
 * checkout, the same lines (or lines not known, e.g. the cart is empty since that order).
 */
export function placedOrderFor(source: CheckoutSource, lines: readonly { skuId: number; qty: number }[] | null, now = Date.now()): number | null {
  const key = sourceKey(source);
  const match = read(now)
    .reverse()
    .find((e) => e.orderId !== null && e.source === key && (source.kind === 'buy_now' || lines === null || lines.length === 0 || e.lines === linesKey(lines)));
  return match?.orderId ?? null;
}

/** The order is paid or cancelled (or gone): nothing to lead back to any more. */
export function forgetPlacedOrder(orderId: number, now = Date.now()): void {
  write(read(now).filter((e) => e.orderId !== orderId));
}
