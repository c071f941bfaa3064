import type { CategoryView, Page, ProductDetail, ProductSort, ProductSummary } from '@shop/shared';
import { apiRequest } from './http';

export interface ProductQuery {
  q?: string;
  category?: number;
  sort?: ProductSort;
  minPrice?: number;
  maxPrice?: number;
  cursor?: string | null;
  limit?: number;
}

export function fetchCategories(): Promise<CategoryView[]> {
  return apiRequest<CategoryView[]>('/categories');
}

export function fetchProducts(query: ProductQuery = {}): Promise<Page<ProductSummary>> {
  return apiRequest<Page<ProductSummary>>('/products', { query: { ...query } });
}

export function fetchProduct(id: number): Promise<ProductDetail> {
  return apiRequest<ProductDetail>(`/products/${id}`);
}
