import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponTemplateEntity } from '../../src/coupons/coupon-template.entity.js';
import { CouponEventEntity } from '../../src/coupons/coupon-event.entity.js';
import { inTransaction } from '../../src/platform/transaction.js';
import type { Services } from '../../src/services.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { activeTemplate, bulkMembers, marketerToken, memberToken } from './coupon-fixtures.js';

/** The coupon invariants under concurrency (SQLite and MariaDB). */
describe('coupons under concurrency', () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
  });
  afterAll(async () => app?.close());


  it('total 100 claimed by 300 members at once: exactly 100 issued, the rest sold out', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 100 });
    const members = await bulkMembers(app, 'rush', 300);
    const tokens = await Promise.all(members.map((id) => memberToken(app, id)));
    const results = await Promise.all(tokens.map((token) => app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(100);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(200);
    expect(refused.every((r) => r.status === 409 && r.body.error.code === 'COUPON_SOLD_OUT')).toBe(true);
    const manager = app.services.dataSource.manager;
    expect(await manager.countBy(CouponInstanceEntity, { templateId })).toBe(100);
    expect((await manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(100);
    expect(await manager.countBy(CouponEventEntity, { templateId, toStatus: 'available' })).toBe(100);
  });

  it('per-member limit 1 with 20 concurrent claims by one member: one instance', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 50, perMemberLimit: 1 });
    const [memberId] = await bulkMembers(app, 'greedy', 1);
    const token = await memberToken(app, memberId!);
    const results = await Promise.all(Array.from({ length: 20 }, () => app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.error.code === 'COUPON_LIMIT_REACHED')).toHaveLength(19);
    const manager = app.services.dataSource.manager;
    expect(await manager.countBy(CouponInstanceEntity, { templateId, memberId: memberId! })).toBe(1);
    expect((await manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(1);
  });

  it('per-member limit 3 with 10 concurrent claims: exactly 3', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 50, perMemberLimit: 3 });
    const [memberId] = await bulkMembers(app, 'three', 1);
    const token = await memberToken(app, memberId!);
    const results = await Promise.all(Array.from({ length: 10 }, () => app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect((await app.services.dataSource.manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(3);
  });

  it('one coupon locked by two orders at once: exactly one wins', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 10 });
    const [memberId] = await bulkMembers(app, 'twice', 1);
    const claimed = await app.request('POST', '/api/v1/coupons/claim', { token: await memberToken(app, memberId!), body: { templateId } });
    const couponId = claimed.body.id as number;
    const other = await app.otherProcess();
    const lock = (services: Services, orderId: number) =>
      inTransaction(services.dataSource, (manager) => services.coupons.lockForOrderWithin(manager, memberId!, orderId, [{ couponId, discount: 3000 }], 20000, new Date()));
    const outcomes = await Promise.allSettled([lock(app.services, 9001), lock(other, 9002)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('COUPON_NOT_APPLICABLE');
    const instance = await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: couponId });
    expect(instance.status).toBe('locked');
    expect([9001, 9002]).toContain(instance.orderId);
    expect(await app.services.dataSource.manager.countBy(CouponEventEntity, { instanceId: couponId, toStatus: 'locked' })).toBe(1);
  });

  it('a single-use code redeemed by 10 members at once: one coupon', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 10 });
    const codes = await app.request('POST', `/api/v1/admin/coupon-templates/${templateId}/codes`, { token: marketer, body: { count: 1 } });
    const [code] = codes.body.codes as string[];
    const members = await bulkMembers(app, 'coders', 10);
    const results = await Promise.all(members.map(async (id) => app.request('POST', '/api/v1/coupons/redeem', { token: await memberToken(app, id), body: { code } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.error.code === 'COUPON_CODE_USED'), JSON.stringify(results.map((r) => r.body.error ?? r.status))).toHaveLength(9);
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId })).toBe(1);
  });
});
