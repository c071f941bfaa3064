import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../lib/routes';
import { couponTarget } from './coupon-target';

describe('where 去使用 leads', () => {
  it('opens the one product or category a coupon is for', () => {
    expect(couponTarget({ kind: 'products', ids: [7] })).toEqual({ path: PAGES.product, params: { id: 7 } });
    expect(couponTarget({ kind: 'categories', ids: [3] })).toEqual({ path: PAGES.search, params: { category: 3 } });
  });

  it('opens the home page for store-wide coupons and the best sellers for several targets', () => {
    expect(couponTarget({ kind: 'all' })).toEqual({ path: PAGES.home });
    expect(couponTarget({ kind: 'products', ids: [7, 8] })).toEqual({ path: PAGES.search, params: { sort: 'sales' } });
  });
});
