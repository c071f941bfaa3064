import type { Page, ProductDetail, ProductSummary, StoreView } from '@shop/shared';
import { staffRequest } from './staff-http';

/** Products matching `q` (best sellers when empty). */
export function searchProducts(q: string, cursor: string | null, limit = 20): Promise<Page<ProductSummary>> {
  return staffRequest<Page<ProductSummary>>('/products', { query: { q: q.trim(), cursor, limit } });
}

/** A product with every SKU's warehouse stock and stock per store. */
export function fetchProductDetail(id: number): Promise<ProductDetail> {
  return staffRequest<ProductDetail>(`/products/${id}`);
}

/** Active stores, for a pickup at another store. */
export function fetchStores(): Promise<StoreView[]> {
  return staffRequest<StoreView[]>('/stores');
}
