import { z } from 'zod';
import { MAX_INT, quantitySchema } from './common.js';
import type { PricingLineInput } from '../pricing/types.js';

/** Most distinct SKUs one member's cart may hold. */
export const CART_MAX_LINES = 100;
/** Most units of one SKU in a cart line (same bound as an order line). */
export const CART_MAX_LINE_QTY = 999;

export const cartAddSchema = z.object({ skuId: z.number().int().positive().max(MAX_INT), qty: quantitySchema });
/** PATCH /cart/items: select or unselect every line (全选). */
export const cartSelectAllSchema = z.object({ selected: z.boolean() });

export const cartUpdateSchema = z
  .object({ qty: quantitySchema.optional(), selected: z.boolean().optional() })
  .refine((v) => v.qty !== undefined || v.selected !== undefined, 'Give qty or selected');
export type CartAddRequest = z.infer<typeof cartAddSchema>;
export type CartUpdateRequest = z.infer<typeof cartUpdateSchema>;

export type CartLineProblem = 'off_shelf' | 'out_of_stock' | 'insufficient_stock';

/** How a SKU is shown on a line of a cart or an order. */
export interface SkuLineDisplay {
  skuId: number;
  productId: number;
  title: string;
  specText: string;
  image: string | null;
}

export interface CartLineView extends SkuLineDisplay {
  id: number;
  /** For category-scoped coupons when the cart is priced (0 on a line whose SKU is gone). */
  categoryId: number;
  qty: number;
  selected: boolean;
  price: number;
  memberPrice: number | null;
  /** Units available for delivery right now. */
  available: number;
  problem: CartLineProblem | null;
}

export interface CartView {
  lines: CartLineView[];
  /** Units (not lines) in the selected lines without a problem; the totals below price exactly those. */
  selectedCount: number;
  /** priceOrder over the selected lines without a problem, as a member, for delivery; all 0 when there are none. */
  itemsTotal: number;
  discountTotal: number;
  shippingFee: number;
  payableTotal: number;
  /** Goods subtotal at which delivery becomes free (for "满 ¥99 免运费"); null = never free. */
  freeShippingThreshold: number | null;
}

/** Cart lines as the pricing engine takes them: the server's cart totals and the phone's local pricing use this one mapping. */
export function cartPricingLines(lines: readonly CartLineView[]): PricingLineInput[] {
  return lines.map((line) => ({ skuId: line.skuId, quantity: line.qty, listPrice: line.price, memberPrice: line.memberPrice, productId: line.productId, categoryId: line.categoryId }));
}
