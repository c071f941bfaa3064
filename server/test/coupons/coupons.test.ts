import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponEventEntity } from '../../src/coupons/coupon-event.entity.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { runJobOnce } from '../../src/jobs/scheduler.js';
import { couponExpiryJob } from '../../src/coupons/coupon.jobs.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { counterHeaders, counterSession } from '../support/counter.js';
import { activeTemplate, bulkMembers, signedInMember, futureIso, marketerToken, memberToken, templateBody } from './coupon-fixtures.js';

const DAY = 86_400_000;

describe('coupons', () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
  });
  afterAll(async () => app?.close());

  const member = (prefix: string) => signedInMember(app, prefix);
  const claim = (token: string, templateId: number) => app.request('POST', '/api/v1/coupons/claim', { token, body: { templateId } });
  const events = (instanceId: number) => app.services.dataSource.manager.find(CouponEventEntity, { where: { instanceId }, order: { id: 'ASC' } });

  describe('admin templates', () => {
    it('validates rules with details', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ kind: 'percent_off', value: 100, threshold: null }, 'value'],
        [{ kind: 'percent_off', value: 0, threshold: null }, 'value'],
        [{ value: 20000, threshold: 19900 }, 'threshold'],
        [{ threshold: null }, 'threshold'],
        [{ cap: 500 }, 'cap'],
        [{ kind: 'amount_off', value: 500, threshold: 1000 }, 'threshold'],
        [{ claimStartsAt: futureIso(2), claimEndsAt: futureIso(1) }, 'claimEndsAt'],
        [{ validity: { kind: 'fixed', from: futureIso(3), until: futureIso(1) } }, 'validity.until'],
        [{ totalQuantity: 0 }, 'totalQuantity'],
        [{ scope: { kind: 'categories', ids: [] } }, 'scope.ids'],
      ];
      for (const [overrides, path] of cases) {
        const res = await app.request('POST', '/api/v1/admin/coupon-templates', { token: marketer, body: templateBody(overrides) });
        expect(res.status, JSON.stringify(overrides)).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
        expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      }
      const ok = await app.request('POST', '/api/v1/admin/coupon-templates', { token: marketer, body: templateBody({ kind: 'percent_off', value: 85, threshold: null, cap: 5000 }) });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ status: 'draft', value: 85, cap: 5000, issuedCount: 0, createdBy: expect.stringMatching(/^staff:/) });
    });

    it('guards roles: consumers and store staff are refused', async () => {
      const { token } = await member('nosy');
      expect((await app.request('POST', '/api/v1/admin/coupon-templates', { token, body: templateBody() })).status).toBe(403);
      expect((await app.request('GET', '/api/v1/admin/coupon-templates', { token })).status).toBe(403);
      const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
      expect((await app.request('POST', '/api/v1/admin/coupon-templates', { token: staff, body: templateBody() })).status).toBe(403);
      expect((await app.request('GET', '/api/v1/admin/coupon-templates')).status).toBe(401);
    });

    it('patches only drafts and moves status along allowed edges', async () => {
      const id = await activeTemplate(app, marketer, {}, false);
      await app.request('PATCH', `/api/v1/admin/coupon-templates/${id}`, { token: marketer, body: { scope: { kind: 'categories', ids: [1] }, perMemberLimit: 2 } });
      const patched = await app.request('PATCH', `/api/v1/admin/coupon-templates/${id}`, { token: marketer, body: { value: 4000 } });
      expect(patched.status).toBe(200);
      // Omitted fields keep their values (no defaults re-applied).
      expect(patched.body).toMatchObject({ value: 4000, threshold: 19900, perMemberLimit: 2, scope: { kind: 'categories', ids: [1] } });
      const bad = await app.request('PATCH', `/api/v1/admin/coupon-templates/${id}`, { token: marketer, body: { value: 30000 } });
      expect(bad.status).toBe(400);
      const status = (s: string) => app.request('POST', `/api/v1/admin/coupon-templates/${id}/status`, { token: marketer, body: { status: s } });
      expect((await status('paused')).status).toBe(409);
      expect((await status('active')).body.status).toBe('active');
      expect((await app.request('PATCH', `/api/v1/admin/coupon-templates/${id}`, { token: marketer, body: { value: 100 } })).status).toBe(409);
      expect((await status('paused')).body.status).toBe('paused');
      expect((await status('active')).body.status).toBe('active');
      expect((await status('ended')).body.status).toBe('ended');
      expect((await status('active')).status).toBe(409);
    });

    it('lists templates with a cursor', async () => {
      for (let i = 0; i < 3; i++) await activeTemplate(app, marketer, { name: `list-${i}` }, false);
      const first = await app.request('GET', '/api/v1/admin/coupon-templates?limit=2', { token: marketer });
      expect(first.body.items).toHaveLength(2);
      const second = await app.request('GET', `/api/v1/admin/coupon-templates?limit=2&cursor=${first.body.nextCursor}`, { token: marketer });
      expect(second.body.items[0].id).toBeLessThan(first.body.items[1].id);
    });
  });

  describe('claiming', () => {
    it('claim centre shows what I may still claim; pause and claim window are honoured', async () => {
      const open = await activeTemplate(app, marketer, { name: 'open', totalQuantity: 5, perMemberLimit: 2 });
      const later = await activeTemplate(app, marketer, { name: 'later', claimStartsAt: futureIso(1), claimEndsAt: futureIso(2) });
      const paused = await activeTemplate(app, marketer, { name: 'paused' });
      await app.request('POST', `/api/v1/admin/coupon-templates/${paused}/status`, { token: marketer, body: { status: 'paused' } });
      const { token } = await member('centre');
      const list = await app.request('GET', '/api/v1/coupons/claimable?limit=100', { token });
      const ids = list.body.items.map((t: { templateId: number }) => t.templateId);
      expect(ids).toContain(open);
      expect(ids).not.toContain(later);
      expect(ids).not.toContain(paused);
      expect(list.body.items.find((t: { templateId: number }) => t.templateId === open)).toMatchObject({ remaining: 5, remainingForMe: 2 });
      expect((await claim(token, later)).body.error.code).toBe('COUPON_NOT_CLAIMABLE');
      expect((await claim(token, paused)).body.error.code).toBe('COUPON_NOT_CLAIMABLE');
      const got = await claim(token, open);
      expect(got.status).toBe(201);
      expect(got.body).toMatchObject({ templateId: open, status: 'available', source: 'claim' });
      expect(new Date(got.body.validUntil).getTime() - new Date(got.body.validFrom).getTime()).toBe(7 * DAY);
      const after = await app.request('GET', '/api/v1/coupons/claimable?limit=100', { token });
      expect(after.body.items.find((t: { templateId: number }) => t.templateId === open)).toMatchObject({ remaining: 4, remainingForMe: 1 });
      await claim(token, open);
      const full = await app.request('GET', '/api/v1/coupons/claimable?limit=100', { token });
      expect(full.body.items.map((t: { templateId: number }) => t.templateId)).not.toContain(open);
    });

    it('a coupon kept out of the claim centre is neither listed nor claimable there, yet its codes still work', async () => {
      const codeOnly = await activeTemplate(app, marketer, { name: 'code only', claimCentre: false });
      const view = await app.request('GET', `/api/v1/admin/coupon-templates/${codeOnly}`, { token: marketer });
      expect(view.body.claimCentre).toBe(false);
      const { token } = await member('code-only');
      const listed = await app.request('GET', '/api/v1/coupons/claimable?limit=100', { token });
      expect(listed.body.items.map((t: { templateId: number }) => t.templateId)).not.toContain(codeOnly);
      const refused = await claim(token, codeOnly);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('COUPON_NOT_CLAIMABLE');
      const gen = await app.request('POST', `/api/v1/admin/coupon-templates/${codeOnly}/codes`, { token: marketer, body: { count: 1 } });
      const redeemed = await app.request('POST', '/api/v1/coupons/redeem', { token, body: { code: gen.body.codes[0] } });
      expect(redeemed.status).toBe(201);
      expect(redeemed.body).toMatchObject({ templateId: codeOnly, source: 'code' });
    });

    it('new-member audience: an old member cannot claim', async () => {
      const id = await activeTemplate(app, marketer, { audience: { kind: 'new_members', withinDays: 7 } });
      const fresh = await member('fresh');
      const [oldId] = await bulkMembers(app, 'veteran', 1, () => ({ createdAt: new Date(Date.now() - 30 * DAY) }));
      expect((await claim(fresh.token, id)).status).toBe(201);
      const refused = await claim(await memberToken(app, oldId!), id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('COUPON_NOT_CLAIMABLE');
    });

    it('my coupons: filtered by status, paginated, only mine', async () => {
      const id = await activeTemplate(app, marketer, { perMemberLimit: 5 });
      const me = await member('mine');
      const other = await member('other');
      for (let i = 0; i < 3; i++) await claim(me.token, id);
      await claim(other.token, id);
      const page1 = await app.request('GET', '/api/v1/coupons/mine?limit=2', { token: me.token });
      expect(page1.body.items).toHaveLength(2);
      const page2 = await app.request('GET', `/api/v1/coupons/mine?limit=2&cursor=${page1.body.nextCursor}`, { token: me.token });
      expect(page2.body.items).toHaveLength(1);
      expect(page2.body.nextCursor).toBeNull();
      const all = [...page1.body.items, ...page2.body.items];
      expect(new Set(all.map((c: { id: number }) => c.id)).size).toBe(3);
      expect((await app.request('GET', '/api/v1/coupons/mine?status=used', { token: me.token })).body.items).toEqual([]);
      expect((await app.request('GET', '/api/v1/coupons/mine?status=bogus', { token: me.token })).status).toBe(400);
    });
  });

  describe('order hooks', () => {
    it('lock -> used; lock -> release -> available; every transition logged; pricing input', async () => {
      const id = await activeTemplate(app, marketer, { perMemberLimit: 3 });
      const me = await member('buyer');
      const a = (await claim(me.token, id)).body.id as number;
      const b = (await claim(me.token, id)).body.id as number;
      const coupons = app.services.coupons;
      const pricing = await coupons.pricingCouponsOf(me.id, new Date());
      expect(pricing.map((p) => p.id).sort()).toEqual([a, b].sort());
      expect(pricing[0]).toMatchObject({ kind: 'threshold_off', value: 3000, threshold: 19900, status: 'available', scope: { kind: 'all' } });
      expect(pricing[0]!.validUntil).toMatch(/Z$/);

      await inTransaction(app.services.dataSource, (m) => coupons.lockForOrderWithin(m, me.id, 501, [{ couponId: a, discount: 3000 }], 20000, new Date()));
      await inTransaction(app.services.dataSource, (m) => coupons.useForOrderWithin(m, 501));
      const used = await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: a });
      expect(used).toMatchObject({ status: 'used', orderId: 501, discountAmount: 3000, orderPayable: 20000 });

      await inTransaction(app.services.dataSource, (m) => coupons.lockForOrderWithin(m, me.id, 502, [{ couponId: b, discount: 3000 }], 25000, new Date()));
      await inTransaction(app.services.dataSource, (m) => coupons.releaseForOrderWithin(m, 502, new Date()));
      const released = await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: b });
      expect(released).toMatchObject({ status: 'available', orderId: null, discountAmount: null });
      expect((await events(b)).map((e) => [e.fromStatus, e.toStatus, e.orderId])).toEqual([
        [null, 'available', null],
        ['available', 'locked', 502],
        ['locked', 'available', 502],
      ]);
      expect((await events(a)).map((e) => e.toStatus)).toEqual(['available', 'locked', 'used']);
      expect((await coupons.pricingCouponsOf(me.id, new Date())).find((p) => p.id === a)?.status).toBe('used');
    });

    it('locking a used, foreign or expired coupon fails and locks nothing', async () => {
      const id = await activeTemplate(app, marketer, { perMemberLimit: 3 });
      const me = await member('strict');
      const other = await member('stranger');
      const mine = (await claim(me.token, id)).body.id as number;
      const theirs = (await claim(other.token, id)).body.id as number;
      const lock = (applied: number[], now = new Date()) =>
        inTransaction(app.services.dataSource, (m) => app.services.coupons.lockForOrderWithin(m, me.id, 601, applied.map((couponId) => ({ couponId, discount: 100 })), 1000, now));
      await expect(lock([mine, theirs])).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });
      expect((await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: mine })).status).toBe('available');
      await expect(lock([mine], new Date(Date.now() + 8 * DAY))).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });
      await lock([mine]);
      await expect(lock([mine])).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });
    });

    it('release after validity ended expires the coupon; the expiry job expires available ones', async () => {
      const id = await activeTemplate(app, marketer, { perMemberLimit: 3 });
      const me = await member('late');
      const a = (await claim(me.token, id)).body.id as number;
      const b = (await claim(me.token, id)).body.id as number;
      await inTransaction(app.services.dataSource, (m) => app.services.coupons.lockForOrderWithin(m, me.id, 701, [{ couponId: a, discount: 3000 }], 20000, new Date()));
      const later = new Date(Date.now() + 8 * DAY);
      await inTransaction(app.services.dataSource, (m) => app.services.coupons.releaseForOrderWithin(m, 701, later));
      expect((await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: a })).status).toBe('expired');
      expect(await runJobOnce(app.services, couponExpiryJob, later)).toBeGreaterThanOrEqual(1);
      expect((await app.services.dataSource.manager.findOneByOrFail(CouponInstanceEntity, { id: b })).status).toBe('expired');
      expect((await events(b)).at(-1)).toMatchObject({ fromStatus: 'available', toStatus: 'expired', actor: 'job:coupon-expiry' });
      const expired = await app.request('GET', '/api/v1/coupons/mine?status=expired', { token: me.token });
      expect(expired.body.items.map((c: { id: number }) => c.id).sort()).toEqual([a, b].sort());
    });
  });

  describe('other channels', () => {
    it('admin revokes an available coupon (logged); a consumer cannot', async () => {
      const id = await activeTemplate(app, marketer);
      const me = await member('revokee');
      const couponId = (await claim(me.token, id)).body.id as number;
      expect((await app.request('POST', `/api/v1/admin/coupons/${couponId}/revoke`, { token: me.token })).status).toBe(403);
      const res = await app.request('POST', `/api/v1/admin/coupons/${couponId}/revoke`, { token: marketer });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('revoked');
      expect((await app.request('POST', `/api/v1/admin/coupons/${couponId}/revoke`, { token: marketer })).status).toBe(409);
      expect((await events(couponId)).at(-1)).toMatchObject({ toStatus: 'revoked', actor: expect.stringMatching(/^staff:/) });
    });

    it('single-use and shared redeem codes', async () => {
      const id = await activeTemplate(app, marketer, { perMemberLimit: 5 });
      const gen = await app.request('POST', `/api/v1/admin/coupon-templates/${id}/codes`, { token: marketer, body: { count: 3 } });
      expect(gen.status).toBe(201);
      expect(gen.body.codes).toHaveLength(3);
      for (const code of gen.body.codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
      const me = await member('redeemer');
      const other = await member('latecomer');
      expect((await app.request('POST', '/api/v1/coupons/redeem', { token: me.token, body: { code: gen.body.codes[0].toLowerCase() } })).status).toBe(201);
      expect((await app.request('POST', '/api/v1/coupons/redeem', { token: other.token, body: { code: gen.body.codes[0] } })).body.error.code).toBe('COUPON_CODE_USED');
      expect((await app.request('POST', '/api/v1/coupons/redeem', { token: me.token, body: { code: 'NOSUCHCODE22' } })).status).toBe(404);

      const shared = await app.request('PUT', `/api/v1/admin/coupon-templates/${id}/shared-code`, { token: marketer, body: { code: 'spring2026' } });
      expect(shared.body.sharedCode).toBe('SPRING2026');
      expect((await app.request('POST', '/api/v1/coupons/redeem', { token: me.token, body: { code: 'SPRING2026' } })).status).toBe(201);
      expect((await app.request('POST', '/api/v1/coupons/redeem', { token: other.token, body: { code: 'SPRING2026' } })).status).toBe(201);
      const again = await app.request('POST', '/api/v1/coupons/redeem', { token: me.token, body: { code: 'SPRING2026' } });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('COUPON_CODE_USED');
      expect((await app.request('POST', `/api/v1/admin/coupon-templates/${id}/codes`, { token: me.token, body: { count: 1 } })).status).toBe(403);
    });

    it('staff hand a 门店发放 coupon to the member at their counter, recorded with the staff actor', async () => {
      const id = await activeTemplate(app, marketer, { staffHandout: true });
      const me = await member('walkin');
      const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
      const headers = counterHeaders(await counterSession(app, staff, me.token));
      const res = await app.request('POST', '/api/v1/staff/coupons/grant', { token: staff, headers, body: { templateId: id } });
      expect(res.status).toBe(201);
      expect(res.body.coupon.source).toBe('staff');
      expect((await events(res.body.coupon.id)).at(0)?.actor).toMatch(/^staff:\d+$/);
      expect((await app.request('POST', '/api/v1/staff/coupons/grant', { token: staff, headers, body: { templateId: id } })).body.error.code).toBe('COUPON_LIMIT_REACHED');
      expect((await app.request('POST', '/api/v1/staff/coupons/grant', { token: marketer, headers, body: { templateId: id } })).status).toBe(403);
      expect((await app.request('POST', '/api/v1/staff/coupons/grant', { token: me.token, headers, body: { templateId: id } })).status).toBe(403);
    });

    it('welcome pack issues every active welcome template once', async () => {
      const w1 = await activeTemplate(app, marketer, { name: 'welcome-1', welcome: true });
      const w2 = await activeTemplate(app, marketer, { name: 'welcome-2', welcome: true, kind: 'free_shipping', value: 0, threshold: null });
      const draft = await activeTemplate(app, marketer, { name: 'welcome-draft', welcome: true }, false);
      const me = await member('newbie');
      const granted = await app.services.coupons.grantWelcomePack(me.id);
      const templates = granted.map((c) => c.templateId);
      expect(templates).toEqual(expect.arrayContaining([w1, w2]));
      expect(templates).not.toContain(draft);
      expect(granted.every((c) => c.source === 'welcome')).toBe(true);
      expect(await app.services.coupons.grantWelcomePack(me.id)).toEqual([]);
      expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { memberId: me.id, source: 'welcome' })).toBe(granted.length);
    });
  });

  it('stats: issued by source, used, usage rate, GMV, discount, new members reached', async () => {
    const id = await activeTemplate(app, marketer, { perMemberLimit: 2, staffHandout: true });
    const fresh = await member('stat-new');
    const [oldId] = await bulkMembers(app, 'stat-old', 1, () => ({ createdAt: new Date(Date.now() - 30 * DAY) }));
    const a = (await claim(fresh.token, id)).body.id as number;
    await claim(await memberToken(app, oldId!), id);
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    const counter = await counterSession(app, staff, await memberToken(app, oldId!));
    expect((await app.request('POST', '/api/v1/staff/coupons/grant', { token: staff, headers: counterHeaders(counter), body: { templateId: id } })).status).toBe(201);
    await inTransaction(app.services.dataSource, async (m) => {
      await app.services.coupons.lockForOrderWithin(m, fresh.id, 801, [{ couponId: a, discount: 3000 }], 21000, new Date());
      await app.services.coupons.useForOrderWithin(m, 801);
    });
    const stats = await app.request('GET', `/api/v1/admin/coupon-templates/${id}/stats`, { token: marketer });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ issued: 3, used: 1, gmv: 21000, discountGiven: 3000, newMembersReached: 1 });
    expect(stats.body.claimedBySource).toMatchObject({ claim: 2, staff: 1, push: 0 });
    expect(stats.body.usageRate).toBeCloseTo(1 / 3);
    expect(await app.services.dataSource.manager.existsBy(MemberEntity, { id: oldId! })).toBe(true);
  });
});
