import type { CouponInstanceView, Page } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

export type MyCouponFilter = 'usable' | 'used' | 'expired';

export function fetchMyCoupons(status: MyCouponFilter, cursor: string | null = null, limit = 50, options: LoadOptions = {}): Promise<Page<CouponInstanceView>> {
  return apiRequest<Page<CouponInstanceView>>('/coupons/mine', { query: { status, cursor, limit }, quiet: options.quiet });
}
