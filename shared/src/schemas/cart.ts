import { z } from 'zod';
import { quantitySchema } from './common.js';

export const cartAddSchema = z.object({ skuId: z.number().int().positive(), qty: quantitySchema });
export const cartUpdateSchema = z
  .object({ qty: quantitySchema.optional(), selected: z.boolean().optional() })
  .refine((v) => v.qty !== undefined || v.selected !== undefined, 'Give qty or selected');

export type CartLineProblem = 'off_shelf' | 'out_of_stock' | 'insufficient_stock';

export interface CartLineView {
  id: number;
  skuId: number;
  productId: number;
  title: string;
  specText: string;
  image: string | null;
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
  /** Pricing of the selected, purchasable lines (delivery). */
  selectedCount: number;
  itemsTotal: number;
  discountTotal: number;
  payableTotal: number;
}
