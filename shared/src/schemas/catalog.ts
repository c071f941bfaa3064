import { z } from 'zod';
import { MAX_INT, fenQuerySchema, fenSchema, cursorQuerySchema } from './common.js';

/**
 * `relevance` ranks a keyword search (category, then title, then other text; ties by sales) and
 * is what a search gets when no sort is chosen; without a keyword it is the same as `sales`.
 */
export const PRODUCT_SORTS = ['relevance', 'sales', 'price_asc', 'price_desc', 'new'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const productListQuerySchema = cursorQuerySchema
  .extend({
    category: z.coerce.number().int().positive().max(MAX_INT).optional(),
    q: z.string().trim().max(50).optional(),
    minPrice: fenQuerySchema.optional(),
    maxPrice: fenQuerySchema.optional(),
    /** Left out: relevance when there is a keyword, otherwise best sellers first. */
    sort: z.enum(PRODUCT_SORTS).optional(),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: 'minPrice must not exceed maxPrice',
    path: ['minPrice'],
  });
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

/** GET /search/hot-words: the words offered as chips on the search page before typing. */
export interface HotWordsView {
  items: string[];
}

export const PRODUCT_STATUSES = ['on_shelf', 'off_shelf'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Back-office product list: includes off-shelf products, newest first. */
export const adminProductListQuerySchema = cursorQuerySchema.extend({
  status: z.enum(PRODUCT_STATUSES).optional(),
  category: z.coerce.number().int().positive().max(MAX_INT).optional(),
  q: z.string().trim().max(50).optional(),
});
export type AdminProductListQuery = z.infer<typeof adminProductListQuerySchema>;

export const specSchema = z.object({
  name: z.string().trim().min(1).max(20),
  values: z.array(z.string().trim().min(1).max(30)).min(1).max(30),
});

/** A SKU when creating a product or adding one; memberPrice must be below price (checked by the service). */
export const skuInputSchema = z.object({
  code: z.string().trim().min(1).max(64).optional(),
  specValues: z.record(z.string(), z.string()),
  price: fenSchema,
  memberPrice: fenSchema.nullable().optional(),
  isActive: z.boolean().optional(),
});

export const productCreateSchema = z.object({
  categoryId: z.number().int().positive().max(MAX_INT),
  title: z.string().trim().min(1).max(120),
  subtitle: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
  specs: z.array(specSchema).max(3).default([]),
  images: z.array(z.string().max(255)).max(9).default([]),
  skus: z.array(skuInputSchema).min(1).max(100),
  status: z.enum(PRODUCT_STATUSES).default('off_shelf'),
});
export type ProductCreateRequest = z.infer<typeof productCreateSchema>;
export type SkuInput = z.infer<typeof skuInputSchema>;

export const productUpdateSchema = z.object({
  categoryId: z.number().int().positive().max(MAX_INT).optional(),
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

export type ProductUpdateRequest = z.infer<typeof productUpdateSchema>;
export type SkuUpdateRequest = z.infer<typeof skuUpdateSchema>;

export const productStatusSchema = z.object({ status: z.enum(PRODUCT_STATUSES) });

export const categoryCreateSchema = z.object({
  code: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'code: lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(60),
  icon: z.string().max(255).nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).default(0),
  isActive: z.boolean().default(true),
});
export type CategoryCreateRequest = z.infer<typeof categoryCreateSchema>;
/** Partial update: no defaults, so fields left out stay as they are. */
export const categoryUpdateSchema = z.object({
  code: categoryCreateSchema.shape.code.optional(),
  name: categoryCreateSchema.shape.name.optional(),
  icon: categoryCreateSchema.shape.icon,
  sortOrder: z.number().int().min(0).max(10000).optional(),
  isActive: z.boolean().optional(),
});
export type CategoryUpdateRequest = z.infer<typeof categoryUpdateSchema>;

export interface CategoryView {
  id: number;
  code: string;
  name: string;
  icon: string | null;
  sortOrder: number;
}

export interface AdminCategoryView extends CategoryView {
  isActive: boolean;
}

export interface ProductSummary {
  id: number;
  categoryId: number;
  title: string;
  subtitle: string;
  image: string | null;
  /** Lowest list price among active SKUs. */
  minPrice: number;
  /**
   * Lowest price a member pays among active SKUs (memberPrice, or price where a SKU has none);
   * null when no active SKU has a member price, so there is no member offer to show.
   */
  minMemberPrice: number | null;
  sales: number;
  /** Some active SKU has available units at the warehouse or at an active store. */
  inStock: boolean;
}

export interface AdminProductSummary extends ProductSummary {
  status: ProductStatus;
}

export interface SkuView {
  id: number;
  code: string;
  specValues: Record<string, string>;
  price: number;
  memberPrice: number | null;
  /** Always true for consumers (they only see active SKUs); the back office sees inactive ones too. */
  isActive: boolean;
  /** Units available for delivery (warehouse). */
  deliveryAvailable: number;
  /** Units available for pickup per active store, by store id. */
  storeAvailability: { storeId: number; available: number }[];
}

export interface ProductDetail extends Omit<ProductSummary, 'image'> {
  description: string;
  images: string[];
  specs: { name: string; values: string[] }[];
  skus: SkuView[];
  status: ProductStatus;
}
