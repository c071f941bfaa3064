import { z } from 'zod';
import { fenQuerySchema, fenSchema, cursorQuerySchema } from './common.js';

export const PRODUCT_SORTS = ['sales', 'price_asc', 'price_desc', 'new'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const productListQuerySchema = cursorQuerySchema
  .extend({
    category: z.coerce.number().int().positive().optional(),
    q: z.string().trim().max(50).optional(),
    minPrice: fenQuerySchema.optional(),
    maxPrice: fenQuerySchema.optional(),
    sort: z.enum(PRODUCT_SORTS).default('sales'),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: 'minPrice must not exceed maxPrice',
    path: ['minPrice'],
  });
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

export const specSchema = z.object({
  name: z.string().trim().min(1).max(20),
  values: z.array(z.string().trim().min(1).max(30)).min(1).max(30),
});

export const skuInputSchema = z.object({
  code: z.string().trim().min(1).max(64).optional(),
  specValues: z.record(z.string(), z.string()),
  price: fenSchema,
  memberPrice: fenSchema.nullable().optional(),
  isActive: z.boolean().optional(),
});

export const productCreateSchema = z.object({
  categoryId: z.number().int().positive(),
  title: z.string().trim().min(1).max(120),
  subtitle: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
  specs: z.array(specSchema).max(3).default([]),
  images: z.array(z.string().max(255)).max(9).default([]),
  skus: z.array(skuInputSchema).min(1).max(100),
  status: z.enum(['on_shelf', 'off_shelf']).default('off_shelf'),
});
export type ProductCreateRequest = z.infer<typeof productCreateSchema>;

export const productUpdateSchema = z.object({
  categoryId: z.number().int().positive().optional(),
  title: z.string().trim().min(1).max(120).optional(),
  subtitle: z.string().trim().max(200).optional(),
  description: z.string().max(5000).optional(),
  images: z.array(z.string().max(255)).max(9).optional(),
});

export const skuUpdateSchema = z.object({
  price: fenSchema.optional(),
  memberPrice: fenSchema.nullable().optional(),
  isActive: z.boolean().optional(),
});

export const productStatusSchema = z.object({ status: z.enum(['on_shelf', 'off_shelf']) });

export const categoryCreateSchema = z.object({
  code: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'code: lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(60),
  icon: z.string().max(255).nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).default(0),
  isActive: z.boolean().default(true),
});
export const categoryUpdateSchema = categoryCreateSchema.partial();

export interface CategoryView {
  id: number;
  code: string;
  name: string;
  icon: string | null;
  sortOrder: number;
}

export interface ProductSummary {
  id: number;
  categoryId: number;
  title: string;
  subtitle: string;
  image: string | null;
  minPrice: number;
  minMemberPrice: number | null;
  sales: number;
  inStock: boolean;
}

export interface SkuView {
  id: number;
  code: string;
  specValues: Record<string, string>;
  price: number;
  memberPrice: number | null;
  /** Units available for delivery (warehouse). */
  deliveryAvailable: number;
  /** Units available for pickup per store. */
  storeAvailability: { storeId: number; available: number }[];
}

export interface ProductDetail extends Omit<ProductSummary, 'image'> {
  description: string;
  images: string[];
  specs: { name: string; values: string[] }[];
  skus: SkuView[];
  status: 'on_shelf' | 'off_shelf';
}
