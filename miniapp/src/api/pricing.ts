import type { PricingContext } from '@shop/shared';
import { apiRequest } from './http';

/**
 * What the server prices this member's orders with (rules, tier, points, coupons), so the app
 * can estimate prices with the shared `priceOrder` exactly as the server would. Quiet and without
 * a login redirect: it only adds an estimate to pages that work without it.
 */
export function fetchPricingContext(): Promise<PricingContext> {
  return apiRequest<PricingContext>('/pricing/context', { quiet: true, noLoginRedirect: true });
}
