import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { seedDemoShop } from '../../src/db/seed/seed.js';
import { demoShopWithCoupons } from '../../src/db/seed/demo-data.js';
import { CategoryEntity } from '../../src/catalog/category.entity.js';

/** `npm start` seeds the demo shop with coupons and a running 拼团, so a visitor meets a welcome pack, a claim centre and a group-buy. */
describe('what npm start adds to the demo shop', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 'none' });
    expect(await seedDemoShop(app.services.dataSource, app.services.inventory, demoShopWithCoupons)).toBe(true);
  });
  afterAll(async () => app?.close());

  it('a new member receives the welcome pack and finds the others in the claim centre', async () => {
    const token = await app.loginMember('first-visitor');
    const mine = await app.request('GET', '/api/v1/coupons/mine?status=usable', { token });
    expect(new Set(mine.body.items.map((c: { name: string }) => c.name))).toEqual(new Set(['新人券 满99减20', '新人包邮券']));
    const claimable = await app.request('GET', '/api/v1/coupons/claimable', { token });
    const names = claimable.body.items.map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['全场满199减30', '服饰85折 最多减50', '无门槛5元']));
    expect(names).not.toContain('新人券 满99减20');
  });

  it('gives the store tablet one coupon to hand out at the counter (门店发放)', async () => {
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    const handouts = await app.request('GET', '/api/v1/staff/coupons', { token: staff });
    expect(handouts.body.items.map((t: { name: string }) => t.name)).toEqual(['无门槛5元']);
    expect(handouts.body.quota.remaining).toBeGreaterThan(0);
  });

  it('scopes the category coupon to the seeded category', async () => {
    const apparel = await app.services.dataSource.manager.findOneByOrFail(CategoryEntity, { code: 'apparel' });
    const token = await app.loginMember('second-visitor');
    const claimable = await app.request('GET', '/api/v1/coupons/claimable', { token });
    const apparelCoupon = claimable.body.items.find((t: { name: string }) => t.name === '服饰85折 最多减50');
    expect(apparelCoupon.scope).toEqual({ kind: 'categories', ids: [apparel.id] });
  });

  it('runs a 拼团 from the first start: the storefront lists it and the product page offers it on every size', async () => {
    const cards = (await app.request('GET', '/api/v1/groupbuy/campaigns')).body.items as { campaignId: number; productId: number; productTitle: string; groupPrice: number; listPrice: number; groupSize: number }[];
    expect(cards).toEqual([expect.objectContaining({ productTitle: '云感针织跑鞋', groupSize: 3, groupPrice: 53900, listPrice: 59900 })]);
    const offer = (await app.request('GET', `/api/v1/products/${cards[0]!.productId}/groupbuy`)).body.offers[0];
    const product = (await app.request('GET', `/api/v1/products/${cards[0]!.productId}`)).body;
    expect(offer.skus.map((s: { skuId: number }) => s.skuId)).toEqual(product.skus.map((s: { id: number }) => s.id));
    expect(offer.leaderDiscount).toBe(1000);
  });
});
