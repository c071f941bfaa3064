import type { CategoryView, HotWordsView, Page, ProductDetail, ProductSort, ProductSummary } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

export interface ProductQuery {
  q?: string;
  category?: number;
  sort?: ProductSort;
  minPrice?: number;
  maxPrice?: number;
  cursor?: string | null;
  limit?: number;
}

export function fetchCategories(options: LoadOptions = {}): Promise<CategoryView[]> {
  return apiRequest<CategoryView[]>('/categories', { quiet: options.quiet });
}

export function fetchProducts(query: ProductQuery = {}, options: LoadOptions = {}): Promise<Page<ProductSummary>> {
  return apiRequest<Page<ProductSummary>>('/products', { query: { ...query }, quiet: options.quiet });
}

export function fetchProduct(id: number, options: LoadOptions = {}): Promise<ProductDetail> {
  return apiRequest<ProductDetail>(`/products/${id}`, { quiet: options.quiet });
}

/** 热搜词 for the search page; quiet, since the page works without them. */
export async function fetchHotWords(): Promise<string[]> {
  return (await apiRequest<HotWordsView>('/search/hot-words', { quiet: true, noLoginRedirect: true })).items;
}

/** Best sellers, offered under a search that found nothing. */
export async function fetchRecommendations(limit = 6): Promise<ProductSummary[]> {
  return (await apiRequest<Page<ProductSummary>>('/products', { query: { sort: 'sales', limit }, quiet: true, noLoginRedirect: true })).items;
}
