import type { CategoryView, CouponPushView, CouponSegment, CouponStatsView, CouponTemplateCreate, CouponTemplateStatus, CouponTemplateView, MemberTierView, Page } from '@shop/shared';
import type { LoadOptions } from '../../../api/http';
import { marketingRequest } from './marketing-http';

const BASE = '/admin/coupon-templates';

export function fetchCouponTemplates(status: CouponTemplateStatus | null, cursor: string | null, options: LoadOptions = {}): Promise<Page<CouponTemplateView>> {
  return marketingRequest<Page<CouponTemplateView>>(BASE, { query: { status, cursor, limit: 20 }, quiet: options.quiet });
}

export function fetchCouponStats(id: number): Promise<CouponStatsView> {
  return marketingRequest<CouponStatsView>(`${BASE}/${id}/stats`, { quiet: true });
}

/** The form shows validation problems itself. */
export function createCouponTemplate(body: CouponTemplateCreate): Promise<CouponTemplateView> {
  return marketingRequest<CouponTemplateView>(BASE, { method: 'POST', body, quiet: true });
}

export function setCouponTemplateStatus(id: number, status: Exclude<CouponTemplateStatus, 'draft'>): Promise<CouponTemplateView> {
  return marketingRequest<CouponTemplateView>(`${BASE}/${id}/status`, { method: 'POST', body: { status } });
}

/** New single-use codes; the answer is the only time they are shown. */
export function generateRedeemCodes(id: number, count: number): Promise<{ templateId: number; codes: string[] }> {
  return marketingRequest<{ templateId: number; codes: string[] }>(`${BASE}/${id}/codes`, { method: 'POST', body: { count } });
}

/** The panel shows a taken code itself. */
export function setSharedCode(id: number, code: string): Promise<CouponTemplateView> {
  return marketingRequest<CouponTemplateView>(`${BASE}/${id}/shared-code`, { method: 'PUT', body: { code }, quiet: true });
}

export function createCouponPush(id: number, segment: CouponSegment): Promise<CouponPushView> {
  return marketingRequest<CouponPushView>(`${BASE}/${id}/pushes`, { method: 'POST', body: { segment }, quiet: true });
}

export function fetchCouponPush(pushId: number): Promise<CouponPushView> {
  return marketingRequest<CouponPushView>(`/admin/coupon-pushes/${pushId}`, { quiet: true });
}

/** The tier ladder (public), for audience and push choices. */
export async function fetchTiers(): Promise<MemberTierView[]> {
  return (await marketingRequest<{ items: MemberTierView[] }>('/members/tiers', { quiet: true })).items;
}

/** Active categories (public), for scope and push choices. */
export function fetchCategories(): Promise<CategoryView[]> {
  return marketingRequest<CategoryView[]>('/categories', { quiet: true });
}

export function fetchCouponTemplate(id: number): Promise<CouponTemplateView> {
  return marketingRequest<CouponTemplateView>(`${BASE}/${id}`, { quiet: true });
}

/** The template's latest pushes, newest first. */
export function fetchCouponPushes(id: number, limit = 5): Promise<Page<CouponPushView>> {
  return marketingRequest<Page<CouponPushView>>(`${BASE}/${id}/pushes`, { query: { limit }, quiet: true });
}

/** Changes a draft (only drafts may change); the form shows validation problems itself. */
export function patchCouponTemplate(id: number, body: CouponTemplateCreate): Promise<CouponTemplateView> {
  return marketingRequest<CouponTemplateView>(`${BASE}/${id}`, { method: 'PATCH', body, quiet: true });
}
