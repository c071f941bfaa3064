import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponEventEntity } from '../../src/coupons/coupon-event.entity.js';
import { CouponTemplateEntity } from '../../src/coupons/coupon-template.entity.js';
import { CouponStaffQuotaEntity } from '../../src/coupons/coupon-staff-quota.entity.js';
import type { GrantingStaff } from '../../src/coupons/staff-coupon-grants.service.js';
import { StaffAccountEntity } from '../../src/stores/staff-account.entity.js';
import { chinaDateOf } from '../../src/util/china-time.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp, type TestResponse } from '../support/test-app.js';
import { counterHeaders, counterSession } from '../support/counter.js';
import { activeTemplate, signedInMember, marketerToken } from './coupon-fixtures.js';

const QUOTA = 20;

/**
 * Issue 12 (3): store staff hand out only coupons marked 门店发放, to the member their counter
 * session proved present, within a daily quota per staff member, each grant logged with them.
 */
describe('staff coupon handout (门店发放)', () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
  });
  afterAll(async () => app?.close());

  const member = (prefix: string) => signedInMember(app, prefix);
  async function staffMember(username: string): Promise<{ token: string; granting: GrantingStaff }> {
    const account = await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username });
    return { token: await app.loginStaff(username, DEMO_PASSWORDS.staff), granting: { staffId: account.id, storeId: account.storeId! } };
  }
  const grant = (staffToken: string, counterToken: string | null, body: Record<string, unknown>): Promise<TestResponse> =>
    app.request('POST', '/api/v1/staff/coupons/grant', { token: staffToken, headers: counterToken ? counterHeaders(counterToken) : {}, body });
  const list = (staffToken: string) => app.request('GET', '/api/v1/staff/coupons', { token: staffToken });

  it('refuses a code-only template and any template not marked for staff handout, and spends no quota on them', async () => {
    const staff = await staffMember('staff.ja1');
    const walkIn = await member('handout-refused');
    const counter = await counterSession(app, staff.token, walkIn.token);
    const codeOnly = await activeTemplate(app, marketer, { name: '¥200 兑换码专享', kind: 'amount_off', value: 20000, threshold: null, claimCentre: false });
    const claimCentreOnly = await activeTemplate(app, marketer, { name: '领券中心专享' });
    for (const templateId of [codeOnly, claimCentreOnly]) {
      const res = await grant(staff.token, counter, { templateId });
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'COUPON_NOT_CLAIMABLE', message: expect.stringContaining('门店发放') });
    }
    const paused = await activeTemplate(app, marketer, { name: '已暂停', staffHandout: true });
    await app.request('POST', `/api/v1/admin/coupon-templates/${paused}/status`, { token: marketer, body: { status: 'paused' } });
    expect((await grant(staff.token, counter, { templateId: paused })).body.error.code).toBe('COUPON_NOT_CLAIMABLE');
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { memberId: walkIn.id })).toBe(0);

    const listed = await list(staff.token);
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((t: { templateId: number }) => t.templateId);
    expect(ids).not.toContain(codeOnly);
    expect(ids).not.toContain(claimCentreOnly);
    expect(ids).not.toContain(paused);
    expect(listed.body.quota).toEqual({ limit: QUOTA, used: 0, remaining: QUOTA });
  });

  it('needs the counter session: no token is 403, a member id in the body is refused, another staff member’s token is 403', async () => {
    const staff = await staffMember('staff.ja1');
    const colleague = await staffMember('staff.xh1');
    const walkIn = await member('handout-unverified');
    const templateId = await activeTemplate(app, marketer, { name: '到店礼', staffHandout: true });

    const bare = await grant(staff.token, null, { templateId });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
    const named = await grant(staff.token, null, { templateId, memberId: walkIn.id });
    expect(named.status).toBe(400);
    expect(named.body.error.code).toBe('VALIDATION_FAILED');
    const theirs = await counterSession(app, colleague.token, walkIn.token);
    const borrowed = await grant(staff.token, theirs, { templateId });
    expect(borrowed.status).toBe(403);
    expect(borrowed.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { memberId: walkIn.id })).toBe(0);
  });

  it('grants to the session’s member, logs the staff member and the store, and lists the template with the quota left', async () => {
    const staff = await staffMember('staff.ja1');
    const walkIn = await member('handout-granted');
    const bystander = await member('handout-bystander');
    const templateId = await activeTemplate(app, marketer, { name: '到店满199减30', staffHandout: true, claimCentre: false, totalQuantity: 50 });
    const before = (await list(staff.token)).body;
    expect(before.items).toContainEqual(expect.objectContaining({ templateId, name: '到店满199减30', kind: 'threshold_off', value: 3000, threshold: 19900, remaining: 50, perMemberLimit: 1 }));

    const res = await grant(staff.token, await counterSession(app, staff.token, walkIn.token), { templateId });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.coupon).toMatchObject({ templateId, source: 'staff', status: 'available' });
    expect(res.body.quota).toEqual({ limit: QUOTA, used: before.quota.used + 1, remaining: QUOTA - before.quota.used - 1 });
    const instance = await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: res.body.coupon.id });
    expect(instance.memberId).toBe(walkIn.id);
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { memberId: bystander.id })).toBe(0);
    const [event] = await app.services.dataSource.manager.findBy(CouponEventEntity, { instanceId: instance.id });
    expect(event).toMatchObject({ actor: `staff:${staff.granting.staffId}`, fromStatus: null, toStatus: 'available', memberId: walkIn.id });
    expect(event!.note).toContain(`store:${staff.granting.storeId}`);

    const mine = await app.request('GET', '/api/v1/coupons/mine', { token: walkIn.token });
    expect(mine.body.items.map((c: { id: number }) => c.id)).toContain(instance.id);
    const after = (await list(staff.token)).body;
    expect(after.quota.used).toBe(before.quota.used + 1);
    expect(after.items.find((t: { templateId: number }) => t.templateId === templateId).remaining).toBe(49);
  });

  it(`holds the daily quota of ${QUOTA} when 30 grants race (two server processes on MySQL), and starts afresh the next China day`, async () => {
    const staff = await staffMember('staff.pd1');
    const walkIn = await member('handout-race');
    const templateId = await activeTemplate(app, marketer, { name: '到店无门槛5元', kind: 'amount_off', value: 500, threshold: null, staffHandout: true, totalQuantity: 1000, perMemberLimit: 100 });
    const counter = await counterSession(app, staff.token, walkIn.token);
    const other = await app.otherProcess();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        i % 2 === 0
          ? grant(staff.token, counter, { templateId }).then((res) => (res.status === 201 ? res.body : Promise.reject(res)))
          : other.staffCoupons.grant(staff.granting, walkIn.id, templateId),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(QUOTA);
    // Refused over HTTP (a response) or in the other process (the AppError the route would answer).
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as TestResponse | AppError] : []));
    expect(refusals).toHaveLength(30 - QUOTA);
    for (const refusal of refusals) {
      const error = refusal instanceof AppError ? { status: refusal.status, code: refusal.code, message: refusal.message } : { status: refusal.status, ...refusal.body.error };
      expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: expect.stringContaining('今日发券已达上限') });
    }
    const manager = app.services.dataSource.manager;
    expect(await manager.countBy(CouponInstanceEntity, { templateId })).toBe(QUOTA);
    expect((await manager.findOneByOrFail(CouponTemplateEntity, { id: templateId })).issuedCount).toBe(QUOTA);
    const today = chinaDateOf(new Date());
    expect((await manager.findOneByOrFail(CouponStaffQuotaEntity, { staffId: staff.granting.staffId, day: today })).granted).toBe(QUOTA);
    expect((await list(staff.token)).body.quota).toEqual({ limit: QUOTA, used: QUOTA, remaining: 0 });

    // A colleague's quota is their own.
    const colleague = await staffMember('staff.pd2');
    expect((await grant(colleague.token, await counterSession(app, colleague.token, walkIn.token), { templateId })).status).toBe(201);
    // China's next day starts at 16:00 UTC: the quota is whole again.
    const nextChinaDay = new Date(Date.parse(`${today}T16:00:00Z`));
    const tomorrow = await app.services.staffCoupons.grant(staff.granting, walkIn.id, templateId, nextChinaDay);
    expect(tomorrow.quota).toEqual({ limit: QUOTA, used: 1, remaining: QUOTA - 1 });
  });

  it('still holds the template’s per-member limit, and a refused grant gives its quota back', async () => {
    const staff = await staffMember('staff.pd2');
    const walkIn = await member('handout-greedy');
    const templateId = await activeTemplate(app, marketer, { name: '到店限领2张', staffHandout: true, perMemberLimit: 2 });
    const counter = await counterSession(app, staff.token, walkIn.token);
    const usedBefore = (await list(staff.token)).body.quota.used as number;
    const results = await Promise.all(Array.from({ length: 6 }, () => grant(staff.token, counter, { templateId })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(4);
    expect(refused.every((r) => r.status === 409 && r.body.error.code === 'COUPON_LIMIT_REACHED')).toBe(true);
    expect(refused[0]!.body.error.message).toContain('该会员');
    expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { templateId, memberId: walkIn.id })).toBe(2);
    expect((await list(staff.token)).body.quota.used).toBe(usedBefore + 2);
  });
});
