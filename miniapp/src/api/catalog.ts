import type { CategoryView, HotWordsView, Page, ProductDetail, ProductSort, ProductSummary } from '@shop/shared';
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

/** 热搜词 for the search page; quiet, since the page works without them. */
export async function fetchHotWords(): Promise<string[]> {
  return (await apiRequest<HotWordsView>('/search/hot-words', { quiet: true, noLoginRedirect: true })).items;
}

/** Best sellers, offered under a search that found nothing. */
export async function fetchRecommendations(limit = 6): Promise<ProductSummary[]> {
  return (await apiRequest<Page<ProductSummary>>('/products', { query: { sort: 'sales', limit }, quiet: true, noLoginRedirect: true })).items;
}
