import type { CouponKind, OrderPreviewView, PricingCoupon, PricingCouponSelection } from '@shop/shared';
import type { OrderRequestBody } from '../api/orders';
import { price } from './format';

/** What is being bought: the selected cart lines, or one SKU bought now from its page. */
export type CheckoutSource = { kind: 'cart' } | { kind: 'buy_now'; skuId: number; qty: number; productId: number };

export type FulfillmentChoice = 'delivery' | 'pickup';

export interface CheckoutChoice {
  fulfillment: FulfillmentChoice;
  addressId: number | null;
  storeId: number | null;
  coupons: PricingCouponSelection;
  usePoints: boolean;
  buyerNote: string;
}

export const INITIAL_CHOICE: CheckoutChoice = { fulfillment: 'delivery', addressId: null, storeId: null, coupons: { mode: 'best' }, usePoints: false, buyerNote: '' };

/** Reads the page query: `?skuId=&qty=&productId=` for buy-now, anything else is the cart. */
export function checkoutSource(params: Record<string, string | undefined>): CheckoutSource {
  const [skuId, qty, productId] = [params.skuId, params.qty ?? '1', params.productId].map(Number);
  const positive = (n: number | undefined): n is number => n !== undefined && Number.isSafeInteger(n) && n > 0;
  if (positive(skuId) && positive(qty) && positive(productId)) return { kind: 'buy_now', skuId, qty, productId };
  return { kind: 'cart' };
}

/**
 * The body of both POST /orders/preview and POST /orders for the choices on screen; null while
 * the address or store is still missing. With points on, it asks for the whole balance: the
 * server caps it at what the order can take (balance and share rule) and the preview says how
 * many it used.
 */
export function orderBody(source: CheckoutSource, choice: CheckoutChoice, pointsBalance: number): OrderRequestBody | null {
  const fulfillment =
    choice.fulfillment === 'delivery'
      ? choice.addressId !== null
        ? { type: 'delivery' as const, addressId: choice.addressId }
        : null
      : choice.storeId !== null
        ? { type: 'pickup' as const, storeId: choice.storeId }
        : null;
  if (!fulfillment) return null;
  const items = source.kind === 'cart' ? { fromCart: true } : { lines: [{ skuId: source.skuId, qty: source.qty }] };
  return {
    ...items,
    fulfillment,
    coupons: choice.coupons,
    points: choice.usePoints ? pointsBalance : 0,
    buyerNote: choice.buyerNote.trim(),
  };
}

/** Goods coupons and shipping coupons stack (one of each); this tells which a coupon is. */
export function couponSlot(kind: CouponKind): 'goods' | 'shipping' {
  return kind === 'free_shipping' ? 'shipping' : 'goods';
}

/**
 * What submit sends: the previewed body with exactly the points the preview used. The preview
 * caps a request silently, the order refuses more points than the buyer was shown
 * (POINTS_INSUFFICIENT), so the charge is always the price on screen.
 */
export function submissionBody(body: OrderRequestBody, preview: Pick<OrderPreviewView, 'pointsUsed'>): OrderRequestBody {
  return { ...body, points: preview.pointsUsed };
}

/** One coupon in the picker: the server's report entry with the coupon it speaks of. */
export interface CouponRow {
  coupon: PricingCoupon;
  applicable: boolean;
  selected: boolean;
  /** Fen it saves on this order (when applicable). */
  discount: number | null;
  /** Why not, in the server's words ("还差 ¥12.00 可用"). */
  reason: string | null;
}

/**
 * The picker's two lists: usable ones (biggest saving first) and the member's other available
 * coupons with the server's reason. Coupons already used or expired (the report mentions recent
 * ones) are not offered at all.
 */
export function couponRows(preview: Pick<OrderPreviewView, 'couponReport' | 'coupons'>): { usable: CouponRow[]; unusable: CouponRow[] } {
  const byId = new Map(preview.coupons.filter((c) => c.status === 'available').map((c) => [c.id, c]));
  const rows: CouponRow[] = [];
  for (const entry of preview.couponReport) {
    const coupon = byId.get(entry.couponId);
    if (!coupon) continue;
    rows.push({ coupon, applicable: entry.applicable, selected: entry.selected, discount: entry.discount ?? null, reason: entry.applicable ? null : (entry.reason ?? '不满足使用条件') });
  }
  return {
    usable: rows.filter((r) => r.applicable).sort((a, b) => (b.discount ?? 0) - (a.discount ?? 0)),
    unusable: rows.filter((r) => !r.applicable),
  };
}

/**
 * Tapping a coupon in the picker: an applied one is taken off; another usable one replaces the
 * applied coupon of its kind (one goods coupon and one shipping coupon can be combined).
 */
export function tapCoupon(applied: readonly number[], held: readonly Pick<PricingCoupon, 'id' | 'kind'>[], tappedId: number): PricingCouponSelection {
  if (applied.includes(tappedId)) return { mode: 'chosen', ids: applied.filter((id) => id !== tappedId) };
  const tapped = held.find((c) => c.id === tappedId);
  if (!tapped) return { mode: 'chosen', ids: [...applied] };
  const slotOf = (id: number) => {
    const coupon = held.find((c) => c.id === id);
    return coupon ? couponSlot(coupon.kind) : null;
  };
  const kept = applied.filter((id) => slotOf(id) !== couponSlot(tapped.kind));
  return { mode: 'chosen', ids: [...kept, tappedId] };
}

export interface BreakdownRow {
  label: string;
  /** Fen; discounts are shown with a minus sign. */
  amount: number;
  kind: 'charge' | 'discount';
}

/** A preview or a placed order: both carry the server's figures. */
export type BreakdownSource = Pick<OrderPreviewView, 'itemsTotal' | 'discounts' | 'shippingFee' | 'shippingDiscount' | 'fulfillment'>;

/** The price breakdown exactly as the server has it: goods, each discount, shipping. */
export function breakdownRows(preview: BreakdownSource): BreakdownRow[] {
  const rows: BreakdownRow[] = [{ label: '商品金额', amount: preview.itemsTotal, kind: 'charge' }];
  for (const discount of preview.discounts) rows.push({ label: discount.label, amount: discount.amount, kind: 'discount' });
  if (preview.fulfillment.type === 'delivery') {
    rows.push({ label: '运费', amount: preview.shippingFee + preview.shippingDiscount, kind: 'charge' });
    if (preview.shippingDiscount > 0) rows.push({ label: '运费券', amount: preview.shippingDiscount, kind: 'discount' });
  }
  return rows;
}

/** What the coupon row of the checkout says. */
export function couponSummary(preview: Pick<OrderPreviewView, 'couponReport' | 'appliedCoupons' | 'discounts' | 'shippingDiscount'>): string {
  const usable = preview.couponReport.filter((r) => r.applicable).length;
  if (preview.appliedCoupons.length === 0) return usable > 0 ? `${usable} 张可用` : '暂无可用';
  const couponSaving = preview.discounts.filter((d) => d.source === 'coupon').reduce((sum, d) => sum + d.amount, 0);
  return `已选 ${preview.appliedCoupons.length} 张，省${price(couponSaving + preview.shippingDiscount)}`;
}
