import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponTemplateEntity } from '../../src/coupons/coupon-template.entity.js';
import { CouponPushEntity } from '../../src/coupons/coupon-push.entity.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import { runJobOnce } from '../../src/jobs/scheduler.js';
import { couponPushJob } from '../../src/coupons/coupon.jobs.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { activeTemplate, bulkMembers, marketerToken, memberToken } from './coupon-fixtures.js';

describe('coupon pushes', () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
  });
  afterAll(async () => app?.close());

  const push = (templateId: number, segment: unknown, token = marketer) => app.request('POST', `/api/v1/admin/coupon-templates/${templateId}/pushes`, { token, body: { segment } });
  const progress = (id: number) => app.request('GET', `/api/v1/admin/coupon-pushes/${id}`, { token: marketer });

  it('pushes to 10,000 members, shows progress, and re-running or resuming issues nothing more', async () => {
    await bulkMembers(app, 'crowd', 10_000);
    const members = await app.services.dataSource.manager.count(MemberEntity);
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 100_000 });
    const created = await push(templateId, { kind: 'all' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'queued', total: members, processed: 0 });

    expect(await app.services.coupons.pushes.runPending()).toBe(members);
    const done = await progress(created.body.id);
    expect(done.body).toMatchObject({ status: 'done', total: members, processed: members, issued: members, skipped: 0 });
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId })).toBe(members);

    // The job again: the push is done, nothing happens.
    expect(await runJobOnce(app.services, couponPushJob)).toBe(0);
    // A crash-and-resume from the start (position lost): every member is skipped, nobody gets a second one.
    await app.services.dataSource.manager.update(CouponPushEntity, { id: created.body.id }, { status: 'running', afterMemberId: 0 });
    await app.services.coupons.pushes.runPending();
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId })).toBe(members);
    expect((await app.services.dataSource.manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(members);
    expect((await progress(created.body.id)).body).toMatchObject({ status: 'done', issued: members });
  }, 180_000);

  it('two server processes running the same push at once give each member one coupon and finish it', async () => {
    const members = await app.services.dataSource.manager.count(MemberEntity);
    const templateId = await activeTemplate(app, marketer, { name: '双进程推送', totalQuantity: 100_000, perMemberLimit: 2 });
    const created = await push(templateId, { kind: 'all' });
    const other = await app.otherProcess();
    await Promise.all([app.services.coupons.pushes.runPending(), other.coupons.pushes.runPending()]);
    expect((await progress(created.body.id)).body).toMatchObject({ status: 'done' });
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId })).toBe(members);
  });

  it('respects totalQuantity and per-member limit across channels', async () => {
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 250 });
    const ids = await bulkMembers(app, 'few', 5);
    // One member already claimed it (limit 1): the push skips them.
    expect((await app.request('POST', '/api/v1/coupons/claim', { token: await memberToken(app, ids[0]!), body: { templateId } })).status).toBe(201);
    const created = await push(templateId, { kind: 'all' });
    await app.services.coupons.pushes.runPending();
    const result = (await progress(created.body.id)).body;
    expect(result.status).toBe('done');
    expect(result.issued).toBe(249);
    expect(result.skipped).toBe(result.total - 249);
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId })).toBe(250);
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId, memberId: ids[0]! })).toBe(1);
    expect((await app.services.dataSource.manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(250);
  });

  it('phones segment: matched members only, unmatched counted; validation and roles', async () => {
    const ids = await bulkMembers(app, 'phoned', 3, (i) => ({ phone: `1390000000${i}` }));
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 10 });
    const created = await push(templateId, { kind: 'phones', phones: ['13900000000', '13900000001', '13900000002', '13911112222'] });
    expect(created.body).toMatchObject({ total: 3, unmatched: 1, segment: { kind: 'phones', phones: 4 } });
    await app.services.coupons.pushes.runPending();
    const holders = await app.services.dataSource.manager.findBy(CouponInstanceEntity, { templateId });
    expect(holders.map((h) => h.memberId).sort((a, b) => a - b)).toEqual(ids);
    expect(holders.every((h) => h.source === 'push' && h.sourceRef === `push:${created.body.id}`)).toBe(true);

    const bad = await push(templateId, { kind: 'phones', phones: ['123'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('segment.phones.0');
    const consumer = await memberToken(app, ids[0]!);
    expect((await push(templateId, { kind: 'all' }, consumer)).status).toBe(403);
    expect((await app.request('GET', `/api/v1/admin/coupon-pushes/${created.body.id}`, { token: consumer })).status).toBe(403);
  });
});
