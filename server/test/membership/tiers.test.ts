import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { MemberGrowthEntity } from '../../src/membership/tiers/member-growth.entity.js';
import { adminToken, member, tx } from './membership-fixtures.js';
import { activeTemplate, marketerToken } from '../coupons/coupon-fixtures.js';

describe('member tiers and growth', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await adminToken(app);
  });
  afterAll(async () => app?.close());

  const paid = (memberId: number, fen: number) => tx(app.services, (m) => app.services.growth.addForPaidOrderWithin(m, memberId, fen));
  const refunded = (memberId: number, fen: number) => tx(app.services, (m) => app.services.growth.reverseForRefundWithin(m, memberId, fen));

  it('the default tiers are seeded, lowest first', async () => {
    const res = await app.request('GET', '/api/v1/admin/member-tiers?limit=10', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: { code: string; growthThreshold: number }) => [t.code, t.growthThreshold])).toEqual([
      ['normal', 0],
      ['silver', 1000],
      ['gold', 5000],
      ['black_gold', 20000],
    ]);
  });

  it('a new member is 普通会员 with 0 growth, and sees the way to 银卡', async () => {
    const { token } = await member(app, 'tier-new');
    const me = await app.request('GET', '/api/v1/members/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ growth: 0, pointsBalance: 0, tier: { code: 'normal', name: '普通会员' }, nextTier: { code: 'silver', growthNeeded: 1000 } });
  });

  it('growth is whole yuan paid; reaching a threshold upgrades the tier', async () => {
    const { token, memberId } = await member(app, 'tier-up');
    await paid(memberId, 99_999); // 999.99 yuan -> 999
    expect(await app.services.growth.tierOf(memberId)).toBe('normal');
    await paid(memberId, 150); // +1 -> 1000
    expect(await app.services.growth.tierOf(memberId)).toBe('silver');
    const me = await app.request('GET', '/api/v1/members/me', { token });
    expect(me.body).toMatchObject({ growth: 1000, tier: { code: 'silver', discountPercent: 98 }, nextTier: { code: 'gold', growthNeeded: 4000 } });
    await paid(memberId, 2_000_000); // straight past gold
    expect(await app.services.growth.tierOf(memberId)).toBe('black_gold');
    expect((await app.request('GET', '/api/v1/members/me', { token })).body.nextTier).toBeNull();
  });

  it('a refund takes growth back (never below 0) but does not downgrade', async () => {
    const { memberId } = await member(app, 'tier-refund');
    await paid(memberId, 600_000);
    expect(await app.services.growth.tierOf(memberId)).toBe('gold');
    await refunded(memberId, 200_000);
    const row = await app.services.dataSource.manager.findOneByOrFail(MemberGrowthEntity, { memberId });
    expect(row).toMatchObject({ growth: 4000, tierCode: 'gold' });
    await refunded(memberId, 99_900_000);
    expect((await app.services.dataSource.manager.findOneByOrFail(MemberGrowthEntity, { memberId })).growth).toBe(0);
    expect(await app.services.growth.tierOf(memberId)).toBe('gold');
  });

  it('concurrent payments add up exactly', async () => {
    const { memberId } = await member(app, 'tier-concurrent');
    await Promise.all(Array.from({ length: 10 }, () => paid(memberId, 10_000)));
    expect((await app.services.dataSource.manager.findOneByOrFail(MemberGrowthEntity, { memberId })).growth).toBe(1000);
    expect(await app.services.growth.tierOf(memberId)).toBe('silver');
  });

  it('coupons see members tiers: a gold-only coupon is claimable by a gold member, not by a new one', async () => {
    const marketer = await marketerToken(app);
    const templateId = await activeTemplate(app, marketer, { audience: { kind: 'tiers', codes: ['gold'] } });
    const gold = await member(app, 'tier-coupon-gold');
    await paid(gold.memberId, 500_000);
    const plain = await member(app, 'tier-coupon-plain');
    const ok = await app.request('POST', '/api/v1/coupons/claim', { token: gold.token, body: { templateId } });
    expect(ok.status).toBe(201);
    const refused = await app.request('POST', '/api/v1/coupons/claim', { token: plain.token, body: { templateId } });
    expect(refused.status).toBe(409);
  });

  it('admins create, change and delete tiers; codes are unique; a held tier cannot be deleted', async () => {
    const base = '/api/v1/admin/member-tiers';
    const created = await app.request('POST', base, { token: admin, body: { code: 'diamond', name: '钻石', growthThreshold: 50_000, discountPercent: 88, freeShippingThreshold: 0, sortOrder: 40 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'diamond', discountPercent: 88, birthdayCouponTemplateId: null });
    const dup = await app.request('POST', base, { token: admin, body: { code: 'diamond', name: 'x', growthThreshold: 1 } });
    expect(dup.status).toBe(409);
    const patched = await app.request('PATCH', `${base}/${created.body.id}`, { token: admin, body: { name: '钻石卡', discountPercent: null } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: '钻石卡', discountPercent: null, code: 'diamond' });
    expect((await app.request('PATCH', `${base}/${created.body.id}`, { token: admin, body: { code: 'other' } })).status).toBe(400);

    const { memberId } = await member(app, 'tier-diamond');
    await paid(memberId, 5_000_000);
    expect(await app.services.growth.tierOf(memberId)).toBe('diamond');
    const refused = await app.request('DELETE', `${base}/${created.body.id}`, { token: admin });
    expect(refused.status).toBe(409);

    const spare = await app.request('POST', base, { token: admin, body: { code: 'spare', name: '备用', growthThreshold: 9_999_999 } });
    expect((await app.request('DELETE', `${base}/${spare.body.id}`, { token: admin })).status).toBe(204);
    expect((await app.request('GET', `${base}/${spare.body.id}`, { token: admin })).status).toBe(404);
  });

  it('only admins manage tiers', async () => {
    const marketer = await app.loginStaff('marketer', 'Demo-marketer-2026');
    const { token } = await member(app, 'tier-nosy');
    expect((await app.request('GET', '/api/v1/admin/member-tiers', { token: marketer })).status).toBe(403);
    expect((await app.request('POST', '/api/v1/admin/member-tiers', { token, body: { code: 'x', name: 'x', growthThreshold: 1 } })).status).toBe(403);
    expect((await app.request('GET', '/api/v1/admin/member-tiers')).status).toBe(401);
  });
});
