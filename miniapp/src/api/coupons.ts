import type { CouponInstanceView, Page } from '@shop/shared';
import { apiRequest } from './http';

export type MyCouponFilter = 'usable' | 'used' | 'expired';

export function fetchMyCoupons(status: MyCouponFilter, cursor: string | null = null, limit = 50): Promise<Page<CouponInstanceView>> {
  return apiRequest<Page<CouponInstanceView>>('/coupons/mine', { query: { status, cursor, limit } });
}
