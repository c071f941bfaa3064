import type { DisplaySampleView, Page, ProductDetail, ProductSummary, StoreView } from '@shop/shared';
import { staffRequest, type LoadOptions, type PageOptions } from './staff-http';

/** Products matching `q` (best sellers when empty). */
export function searchProducts(q: string, cursor: string | null, { limit = 20, quiet }: PageOptions = {}): Promise<Page<ProductSummary>> {
  return staffRequest<Page<ProductSummary>>('/products', { query: { q: q.trim(), cursor, limit }, quiet });
}

/** A product with every SKU's warehouse stock and stock per store. */
export function fetchProductDetail(id: number, { quiet }: LoadOptions = {}): Promise<ProductDetail> {
  return staffRequest<ProductDetail>(`/products/${id}`, { quiet });
}

/** Active stores, for a pickup at another store. */
export function fetchStores({ quiet }: LoadOptions = {}): Promise<StoreView[]> {
  return staffRequest<StoreView[]>('/stores', { quiet });
}

/** Display samples (try-on items) of these SKUs at the staff member's store; the tablet shows them, never sells them. */
export function fetchDisplaySamples(skuIds: readonly number[]): Promise<DisplaySampleView[]> {
  if (skuIds.length === 0) return Promise.resolve([]);
  return staffRequest<DisplaySampleView[]>('/staff/display-samples', { query: { skuIds: skuIds.join(',') }, quiet: true });
}
