import type { CouponScope } from '@shop/shared';
import { PAGES, type PagePath, type PageParams } from '../../../lib/routes';

/** Where "去使用" leads: the one product or category the coupon is for, otherwise the shop's front. */
export function couponTarget(scope: CouponScope): { path: PagePath; params?: PageParams } {
  if (scope.kind === 'products' && scope.ids.length === 1) return { path: PAGES.product, params: { id: scope.ids[0] } };
  if (scope.kind === 'categories' && scope.ids.length === 1) return { path: PAGES.search, params: { category: scope.ids[0] } };
  if (scope.kind === 'all') return { path: PAGES.home };
  return { path: PAGES.search, params: { sort: 'sales' } };
}
