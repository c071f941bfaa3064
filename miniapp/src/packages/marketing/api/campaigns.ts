import type { GroupbuyCampaignCreate, GroupbuyCampaignStats, GroupbuyCampaignStatus, GroupbuyCampaignView, Page, ProductDetail, ProductSummary } from '@shop/shared';
import type { LoadOptions } from '../../../api/http';
import { marketingRequest } from './marketing-http';

const BASE = '/admin/groupbuy-campaigns';

export function fetchCampaigns(status: GroupbuyCampaignStatus | null, cursor: string | null, options: LoadOptions = {}): Promise<Page<GroupbuyCampaignView>> {
  return marketingRequest<Page<GroupbuyCampaignView>>(BASE, { query: { status, cursor, limit: 20 }, quiet: options.quiet });
}

export function fetchCampaignStats(id: number): Promise<GroupbuyCampaignStats> {
  return marketingRequest<GroupbuyCampaignStats>(`${BASE}/${id}/stats`, { quiet: true });
}

/** The form shows validation problems itself. */
export function createCampaign(body: GroupbuyCampaignCreate): Promise<GroupbuyCampaignView> {
  return marketingRequest<GroupbuyCampaignView>(BASE, { method: 'POST', body, quiet: true });
}

export function setCampaignStatus(id: number, status: Exclude<GroupbuyCampaignStatus, 'draft'>): Promise<GroupbuyCampaignView> {
  return marketingRequest<GroupbuyCampaignView>(`${BASE}/${id}/status`, { method: 'POST', body: { status } });
}

export function searchProducts(keyword: string): Promise<Page<ProductSummary>> {
  return marketingRequest<Page<ProductSummary>>('/products', { query: { q: keyword, limit: 10 } });
}

export function fetchProduct(id: number): Promise<ProductDetail> {
  return marketingRequest<ProductDetail>(`/products/${id}`);
}
