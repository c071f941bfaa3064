import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS, skusWithStock, storeByCode } from '../support/fixtures.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponTemplateEntity } from '../../src/coupons/coupon-template.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { activeTemplate } from '../coupons/coupon-fixtures.js';
import { counterHeaders, counterSession, textedCode } from '../support/counter.js';

/**
 * The customer at the store counter: a new member registered by phone (one member per number,
 * even under concurrency) and confirmed by the code texted to it, claimed later by the person's
 * WeChat sign-in; their saved addresses for a delivery order, with the member's counter session;
 * and a pickup code looked up before it is verified.
 */
describe('the customer at the store counter', () => {
  let app: TestApp;
  let staffJa: string;
  let staffXh: string;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let sku: Sku;
  let phoneSeq = 0;
  /** A number nobody has used in this run. */
  const freshPhone = () => `1370000${String(1000 + ++phoneSeq).slice(-4)}`;

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    staffJa = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    staffXh = await app.loginStaff('staff.xh1', DEMO_PASSWORDS.staff);
    jingan = await storeByCode(app, 'SH-JA');
    sku = (await skusWithStock(app, jingan.location.id, 5)).find((s) => s.memberPrice === null)!;
    await activeTemplate(app, await app.loginStaff('marketer', DEMO_PASSWORDS.marketer), { name: '新人券', welcome: true });
  });
  afterAll(async () => app?.close());

  const register = (token: string, body: Record<string, unknown>) => app.request('POST', '/api/v1/staff/members/register', { token, body });
  const memberRow = (id: number) => app.services.dataSource.manager.findOneByOrFail(MemberEntity, { id });
  const memberIdByPhone = async (phone: string) => (await app.services.dataSource.manager.findOneByOrFail(MemberEntity, { phone })).id;
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  /** The member reads out the code texted to them; the staff member types it: the member and a counter session. */
  const confirm = async (token: string, challengeId: number, phone: string) => {
    const confirmed = await app.request('POST', '/api/v1/staff/members/phone-confirm', { token, body: { challengeId, code: textedCode(app, phone) } });
    if (confirmed.status !== 200) throw new Error(`phone-confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    return confirmed.body as { member: { id: number; nickname: string; phone: string; pointsBalance: number }; session: { token: string } };
  };
  /** Registers the number at staff.ja1's tablet and confirms it: the new member's id and counter session. */
  const registered = async (phone: string) => {
    const answer = await register(staffJa, { phone });
    if (answer.status !== 201) throw new Error(`register failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const { member, session } = await confirm(staffJa, answer.body.challenge.challengeId, phone);
    return { memberId: member.id, counter: session.token };
  };
  const meOf = async (token: string) => (await app.request('GET', '/api/v1/members/me', { token })).body as { id: number; phone: string | null };
  const bindPhone = (token: string, phone: string) => app.request('POST', '/api/v1/members/me/phone', { token, body: { code: `test:${phone}` } });
  const counterOrder = (token: string, counter: string, body: Record<string, unknown>) =>
    app.request('POST', '/api/v1/staff/orders', { token, headers: counterHeaders(counter), body: { lines: [{ skuId: sku.id, qty: 1 }], ...body } });
  const counterPreview = (token: string, counter: string, body: Record<string, unknown>) =>
    app.request('POST', '/api/v1/staff/orders/preview', { token, headers: counterHeaders(counter), body: { lines: [{ skuId: sku.id, qty: 1 }], ...body } });
  const counterAddresses = (token: string, counter?: string) => app.request('GET', '/api/v1/staff/counter/addresses', { token, headers: counter ? counterHeaders(counter) : {} });

  describe('新会员注册', () => {
    it('registers a member by phone with welcome coupons and the registering staff member as 导购, texts a code to confirm; the number then finds them', async () => {
      const phone = freshPhone();
      const created = await register(staffJa, { phone, nickname: '王女士' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toEqual({ existed: false, challenge: { challengeId: expect.any(Number), phone: masked(phone), expiresAt: expect.any(String) } });
      expect(app.emulator!.texts(phone)).toHaveLength(1);
      const memberId = await memberIdByPhone(phone);
      expect(await memberRow(memberId)).toMatchObject({ openid: null, phone, nickname: '王女士' });
      const confirmed = await confirm(staffJa, created.body.challenge.challengeId, phone);
      expect(confirmed.member).toMatchObject({ id: memberId, nickname: '王女士', phone: masked(phone), pointsBalance: 0 });
      expect(confirmed.session.token).toEqual(expect.any(String));

      const binding = await app.services.attribution.referrals.current(memberId);
      expect(binding).toMatchObject({ source: 'counter', store: { id: jingan.store.id } });
      expect(binding!.staff.displayName).toBeTruthy();
      const welcome = await app.services.dataSource.manager.countBy(CouponTemplateEntity, { welcome: true, status: 'active' });
      expect(welcome).toBeGreaterThan(0);
      expect(await app.services.dataSource.manager.countBy(CouponInstanceEntity, { memberId })).toBe(welcome);

      const challenged = await app.request('POST', '/api/v1/staff/members/phone-challenge', { token: staffXh, body: { phone } });
      expect(challenged.status, JSON.stringify(challenged.body)).toBe(201);
      expect((await confirm(staffXh, challenged.body.challengeId, phone)).member.id).toBe(memberId);
      // A nickname is optional: the last four digits stand in.
      const unnamedPhone = freshPhone();
      expect((await register(staffJa, { phone: unnamedPhone })).status).toBe(201);
      expect((await memberRow(await memberIdByPhone(unnamedPhone))).nickname).toBe(`会员${unnamedPhone.slice(-4)}`);
    });

    it("answers the member who already has the number instead of creating a twin, and leaves their 导购 alone", async () => {
      const phone = freshPhone();
      const first = await register(staffJa, { phone });
      expect(first.status).toBe(201);
      const firstId = await memberIdByPhone(phone);
      const again = await register(staffXh, { phone, nickname: '别名' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ existed: true, challenge: { phone: masked(phone) } });
      // The code texted again confirms the member who has the number, nickname unchanged.
      expect((await confirm(staffXh, again.body.challenge.challengeId, phone)).member).toMatchObject({ id: firstId, nickname: `会员${phone.slice(-4)}` });
      expect((await app.services.attribution.referrals.current(firstId))?.store.id).toBe(jingan.store.id);

      // A WeChat member who bound their phone is the member for that number too.
      const wechat = await app.loginMember('counter-reg-wechat');
      const wechatPhone = freshPhone();
      expect((await bindPhone(wechat, wechatPhone)).status).toBe(200);
      const existing = await register(staffJa, { phone: wechatPhone });
      expect(existing.status).toBe(200);
      expect(existing.body.existed).toBe(true);
      expect((await confirm(staffJa, existing.body.challenge.challengeId, wechatPhone)).member.id).toBe((await meOf(wechat)).id);
      expect(await app.services.attribution.referrals.current((await meOf(wechat)).id)).toBeNull();
    });

    it('makes one member of the same number registered at several tablets at once', async () => {
      const phone = freshPhone();
      // Five: each registration texts the number, and a number gets at most five texts an hour.
      const tokens = [staffJa, staffXh, await app.loginStaff('staff.ja2', DEMO_PASSWORDS.staff), await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff), staffXh];
      const answers = await Promise.all(tokens.map((token) => register(token, { phone })));
      expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 200, 200, 200, 201]);
      expect(await app.services.dataSource.manager.countBy(MemberEntity, { phone })).toBe(1);
      const creator = answers.find((a) => a.status === 201)!;
      expect(creator.body.existed).toBe(false);
      expect(answers.filter((a) => a.body.existed === true)).toHaveLength(4);
      // Every answer is a challenge for the one member's number.
      expect(new Set(answers.map((a) => a.body.challenge.challengeId)).size).toBe(5);
      expect(app.emulator!.texts(phone)).toHaveLength(5);
    });

    it('takes a valid phone, from staff only', async () => {
      const bad = await register(staffJa, { phone: '12345' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
      const consumer = await app.loginMember('counter-reg-intruder');
      expect((await register(consumer, { phone: freshPhone() })).status).toBe(403);
      const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
      expect((await register(marketer, { phone: freshPhone() })).status).toBe(403);
      expect((await app.request('POST', '/api/v1/staff/members/register', { body: { phone: freshPhone() } })).status).toBe(401);
    });
  });

  describe('the person signs in with WeChat later and binds the same number', () => {
    it('becomes the counter-registered member: their order and 导购 are theirs, the app continues as them, the next sign-in lands there', async () => {
      const phone = freshPhone();
      const { memberId: counterMember, counter } = await registered(phone);
      const sold = await counterOrder(staffJa, counter, { fulfillment: { type: 'carry_out' } });
      expect(sold.status, JSON.stringify(sold.body)).toBe(201);
      expect(sold.body.memberId).toBe(counterMember);

      // Their first WeChat sign-in makes a new account; binding the number claims the counter member.
      const wechat = await app.loginMember('counter-claimer');
      const wechatAccount = (await meOf(wechat)).id;
      expect(wechatAccount).not.toBe(counterMember);
      const bound = await bindPhone(wechat, phone);
      expect(bound.status, JSON.stringify(bound.body)).toBe(200);
      expect(bound.body).toMatchObject({ phone, session: { roles: ['consumer'], member: { id: counterMember, isNew: false } } });

      const session = bound.body.session.token as string;
      expect(await meOf(session)).toMatchObject({ id: counterMember, phone });
      const orders = await app.request('GET', '/api/v1/orders', { token: session });
      expect(orders.body.items.map((o: { id: number }) => o.id)).toContain(sold.body.id);
      expect((await app.services.attribution.referrals.current(counterMember))?.store.id).toBe(jingan.store.id);

      // The WeChat login now finds the counter member; the first account is marked merged into it.
      const again = await app.loginMember('counter-claimer');
      expect((await meOf(again)).id).toBe(counterMember);
      expect(await memberRow(wechatAccount)).toMatchObject({ openid: null, phone: null, mergedIntoId: counterMember });
      expect(await app.services.dataSource.manager.countBy(MemberEntity, { phone })).toBe(1);
      // The merged account's old token cannot bind a number any more.
      expect((await bindPhone(wechat, freshPhone())).status).toBe(401);
      // A claimed member is a WeChat member: nobody else can take the number from them.
      const other = await app.loginMember('counter-claimer-2');
      expect((await bindPhone(other, phone)).body.error.code).toBe('PHONE_IN_USE');
    });

    it('is not merged automatically when the WeChat account already has orders of its own', async () => {
      const phone = freshPhone();
      const { memberId: counterMember } = await registered(phone);
      const wechat = await app.loginMember('counter-claimer-busy');
      const own = await app.request('POST', '/api/v1/orders', { token: wechat, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
      expect(own.status).toBe(201);
      const refused = await bindPhone(wechat, phone);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'PHONE_IN_USE', message: expect.stringContaining('联系门店') });
      expect(await memberRow(counterMember)).toMatchObject({ openid: null, phone });
    });

    it('gives a counter member to one WeChat account when two claim the number at once, and one number to one of two members binding it', async () => {
      const phone = freshPhone();
      const { memberId: counterMember } = await registered(phone);
      const a = await app.loginMember('counter-race-a');
      const b = await app.loginMember('counter-race-b');
      const claims = await Promise.all([bindPhone(a, phone), bindPhone(b, phone)]);
      expect(claims.map((c) => c.status).sort()).toEqual([200, 409]);
      const winner = claims.find((c) => c.status === 200)!;
      expect(winner.body.session.member.id).toBe(counterMember);
      expect((await memberRow(counterMember)).openid).not.toBeNull();
      expect(await app.services.dataSource.manager.countBy(MemberEntity, { phone })).toBe(1);

      const plain = freshPhone();
      const c = await app.loginMember('counter-race-c');
      const d = await app.loginMember('counter-race-d');
      const binds = await Promise.all([bindPhone(c, plain), bindPhone(d, plain)]);
      expect(binds.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(binds.find((r) => r.status === 409)!.body.error.code).toBe('PHONE_IN_USE');
      expect(await app.services.dataSource.manager.countBy(MemberEntity, { phone: plain })).toBe(1);
    });
  });

  describe("the member's saved addresses for a delivery order", () => {
    it('lists them default first for staff (phones masked) in the member\'s counter session, and delivers a counter order to the chosen one', async () => {
      const token = await app.loginMember('counter-addresses');
      const memberId = (await meOf(token)).id;
      const home = await app.request('POST', '/api/v1/addresses', { token, body: { ...SAMPLE_ADDRESS, detail: '愚园路 1 号' } });
      const office = await app.request('POST', '/api/v1/addresses', { token, body: { ...SAMPLE_ADDRESS, recipientName: '李四', phone: '13922222222', detail: '南京西路 2 号', isDefault: true } });
      const counter = await counterSession(app, staffJa, token);
      const listed = await counterAddresses(staffJa, counter);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      expect(listed.body.items.map((a: { id: number; isDefault: boolean; phone: string }) => [a.id, a.isDefault, a.phone])).toEqual([
        [office.body.id, true, '139****2222'],
        [home.body.id, false, masked(SAMPLE_ADDRESS.phone)],
      ]);

      const order = await counterOrder(staffJa, counter, { fulfillment: { type: 'delivery', addressId: home.body.id } });
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body).toMatchObject({ memberId, fulfillment: { type: 'delivery', address: { recipientName: '张三', detail: '愚园路 1 号' } } });
      const preview = await counterPreview(staffJa, counter, { fulfillment: { type: 'delivery', addressId: office.body.id } });
      expect(preview.status).toBe(200);
      expect(preview.body.fulfillment.address).toMatchObject({ recipientName: '李四' });
    });

    it("refuses another member's address for this customer, and keeps the list to staff", async () => {
      const owner = await app.loginMember('counter-addr-owner');
      const stranger = await app.loginMember('counter-addr-stranger');
      const address = await app.request('POST', '/api/v1/addresses', { token: owner, body: SAMPLE_ADDRESS });
      const counter = await counterSession(app, staffJa, stranger);
      const misuse = await counterOrder(staffJa, counter, { fulfillment: { type: 'delivery', addressId: address.body.id } });
      expect(misuse.status).toBe(404);
      expect(misuse.body.error.code).toBe('NOT_FOUND');
      const misusedPreview = await counterPreview(staffJa, counter, { fulfillment: { type: 'delivery', addressId: address.body.id } });
      expect(misusedPreview.status).toBe(404);

      expect((await counterAddresses(staffJa, counter)).body.items).toEqual([]);
      const noSession = await counterAddresses(staffJa);
      expect(noSession.status).toBe(403);
      expect(noSession.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
      expect((await counterAddresses(owner, counter)).status).toBe(403);
      expect((await app.request('GET', '/api/v1/staff/counter/addresses', { headers: counterHeaders(counter) })).status).toBe(401);
    });
  });

  describe('pickup lookup before verifying', () => {
    const paidPickup = async (name: string, phone?: string) => {
      const token = await app.loginMember(name);
      if (phone) await bindPhone(token, phone);
      const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
      await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
      const order = (await app.request('GET', `/api/v1/orders/${created.body.id}`, { token })).body;
      return { order, memberId: (await meOf(token)).id };
    };
    const lookup = (token: string, code: string) => app.request('GET', `/api/v1/staff/pickups/lookup?code=${encodeURIComponent(code)}`, { token });

    it('shows the order, its member and whether it can be handed over; verifying hands it over; another store finds nothing', async () => {
      const phone = freshPhone();
      const { order, memberId } = await paidPickup('counter-lookup', phone);
      const found = await lookup(staffJa, order.pickup.code);
      expect(found.status, JSON.stringify(found.body)).toBe(200);
      expect(found.body).toMatchObject({
        order: { id: order.id, orderNo: order.orderNo, status: 'awaiting_pickup', lines: [{ skuId: sku.id, qty: 1 }] },
        member: { id: memberId, phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` },
        canVerify: true,
        blockedReason: null,
      });
      expect((await lookup(staffJa, order.pickup.qrPayload)).body.order.id).toBe(order.id);
      // Looking is read only.
      expect((await app.request('GET', `/api/v1/staff/orders/${order.id}`, { token: staffJa })).body.status).toBe('awaiting_pickup');

      const elsewhere = await lookup(staffXh, order.pickup.code);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.error.code).toBe('PICKUP_CODE_INVALID');

      expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa, body: { code: order.pickup.code } })).body.status).toBe('completed');
      const after = await lookup(staffJa, order.pickup.code);
      expect(after.body).toMatchObject({ order: { id: order.id, status: 'completed' }, canVerify: false, blockedReason: '该订单已核销，请勿重复取货' });
    });

    it('counts wrong codes in the same limit as verification, per store', async () => {
      const managerPd = await app.loginStaff('manager.pd', DEMO_PASSWORDS.staff);
      for (let i = 0; i < 6; i++) expect((await lookup(managerPd, String(200000 + i))).body.error.code).toBe('PICKUP_CODE_INVALID');
      for (let i = 0; i < 4; i++) expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: managerPd, body: { code: String(300000 + i) } })).body.error.code).toBe('PICKUP_CODE_INVALID');
      const blocked = await lookup(managerPd, '999999');
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('RATE_LIMITED');
      expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: managerPd, body: { code: '999999' } })).status).toBe(429);
      expect((await lookup(staffXh, '999999')).body.error.code).toBe('PICKUP_CODE_INVALID');
      expect((await lookup(staffJa, '12')).status).toBe(400);
      const consumer = await app.loginMember('counter-lookup-intruder');
      expect((await lookup(consumer, '123456')).status).toBe(403);
    });
  });
});
