import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, decodeJwt } from 'jose';
import { COUNTER_MEMBER_CODE_GUESSES_PER_STAFF, COUNTER_PHONE_LOOKUPS_PER_STAFF } from '../../src/http/rate-limits.js';
import { COUNTER_SESSION_TTL_SECONDS } from '../../src/stores/counter/counter-session.js';
import { PhoneChallengeEntity } from '../../src/stores/counter/phone-challenge.entity.js';
import { currentStoreStaff } from '../../src/stores/store-staff.js';
import { StaffAccountEntity } from '../../src/stores/staff-account.entity.js';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponTemplateEntity } from '../../src/coupons/coupon-template.entity.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { activeTemplate } from '../coupons/coupon-fixtures.js';
import { member, tx } from '../membership/membership-fixtures.js';
import { counterHeaders, counterSession, textedCode } from '../support/counter.js';
import { SAMPLE_ADDRESS, skusWithStock, storeByCode } from '../support/fixtures.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 12, findings 1 and 2: staff act on a member's points, coupons and saved addresses only
 * with a counter session, the proof that the member is at this counter now (their live member
 * code, or their phone confirmed with a texted code), bound to the member, the staff member and
 * the store. A raw member id grants nothing.
 */
describe('counter sessions: staff act for a member only while the member is at the counter', () => {
  let app: TestApp;
  let staffJa: string;
  let staffJa2: string;
  let staffXh: string;
  let sku: Sku;
  let couponTemplateId: number;
  let phoneSeq = 0;
  /** A number nobody has used in this run. */
  const freshPhone = () => `1360000${String(1000 + ++phoneSeq).slice(-4)}`;
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    [staffJa, staffJa2, staffXh] = await Promise.all([
      app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff),
      app.loginStaff('staff.ja2', DEMO_PASSWORDS.staff),
      app.loginStaff('staff.xh1', DEMO_PASSWORDS.staff),
    ]);
    const jingan = await storeByCode(app, 'SH-JA');
    // Dear enough that 2,450 points (at most half the goods) fit after a ¥5 coupon.
    sku = (await skusWithStock(app, jingan.location.id, 20)).find((s) => s.memberPrice === null && s.price >= 6000)!;
    expect(sku).toBeDefined();
    couponTemplateId = await activeTemplate(app, await app.loginStaff('marketer', DEMO_PASSWORDS.marketer), { name: '到店立减5元', kind: 'amount_off', value: 500, threshold: null, totalQuantity: 1000 });
  });
  afterAll(async () => app?.close());

  const db = () => app.services.dataSource.manager;
  const line = () => [{ skuId: sku.id, qty: 1 }];
  const withCounter = (counter?: string) => (counter === undefined ? {} : counterHeaders(counter));
  const staffOrder = (token: string, body: Record<string, unknown>, counter?: string) =>
    app.request('POST', '/api/v1/staff/orders', { token, headers: withCounter(counter), body: { lines: line(), fulfillment: { type: 'carry_out' }, ...body } });
  const staffPreview = (token: string, body: Record<string, unknown>, counter?: string) =>
    app.request('POST', '/api/v1/staff/orders/preview', { token, headers: withCounter(counter), body: { lines: line(), fulfillment: { type: 'carry_out' }, ...body } });
  const counterAddresses = (token: string, counter?: string) => app.request('GET', '/api/v1/staff/counter/addresses', { token, headers: withCounter(counter) });
  const identify = (token: string, code: string) => app.request('POST', '/api/v1/staff/members/identify', { token, body: { code } });
  const challenge = (token: string, phone: string) => app.request('POST', '/api/v1/staff/members/phone-challenge', { token, body: { phone } });
  const confirm = (token: string, challengeId: number, code: string) => app.request('POST', '/api/v1/staff/members/phone-confirm', { token, body: { challengeId, code } });
  const balance = (memberId: number) => app.services.points.balanceOf(memberId);
  const givePoints = (memberId: number, points: number) => tx(app.services, (m) => app.services.points.earnWithin(m, memberId, points, null, 'test grant', null));
  const couponOf = (instanceId: number) => db().findOneByOrFail(CouponInstanceEntity, { id: instanceId });
  const ordersOf = (memberId: number) => db().countBy(OrderEntity, { memberId });
  const staffIdOf = async (username: string) => (await db().findOneByOrFail(StaffAccountEntity, { username })).id;
  /** Another six digits than the right ones, digit by digit. */
  const wrong = (code: string) => code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

  /** A member holding 3,000 points and one ¥5 coupon. */
  const richMember = async (name: string) => {
    const m = await member(app, name);
    await givePoints(m.memberId, 3000);
    const coupon = await app.services.coupons.claim(m.memberId, couponTemplateId);
    return { ...m, couponId: coupon.id };
  };
  /** A member who bound this phone in the app. */
  const phoneMember = async (name: string, phone: string) => {
    const m = await member(app, name);
    const bound = await app.request('POST', '/api/v1/members/me/phone', { token: m.token, body: { code: `test:${phone}` } });
    expect(bound.status, JSON.stringify(bound.body)).toBe(200);
    return m;
  };

  describe('a raw member id grants nothing (finding 1)', () => {
    it("refuses the issue's attack: a staff order naming a member by id and spending 2,450 of their points; their points, coupons and orders are untouched", async () => {
      const victim = await richMember('session-victim');
      const attack = await app.request('POST', '/api/v1/staff/orders', {
        token: staffJa,
        body: { memberId: victim.memberId, lines: line(), fulfillment: { type: 'carry_out' }, points: 2450 },
      });
      expect(attack.status).toBe(400);
      expect(attack.body.error.code).toBe('VALIDATION_FAILED');
      expect(attack.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'memberId' })]));
      // The same with the member's coupon, and on the preview.
      const withCoupon = await staffOrder(staffJa, { memberId: victim.memberId, coupons: { mode: 'chosen', ids: [victim.couponId] } });
      expect(withCoupon.status).toBe(400);
      const peek = await staffPreview(staffJa, { memberId: victim.memberId, points: 2450 });
      expect(peek.status).toBe(400);
      expect(peek.body.error.code).toBe('VALIDATION_FAILED');
      expect(peek.body).not.toHaveProperty('pointsBalance');

      expect(await balance(victim.memberId)).toBe(3000);
      expect(await couponOf(victim.couponId)).toMatchObject({ status: 'available', orderId: null });
      expect(await ordersOf(victim.memberId)).toBe(0);
    });

    it("does not let another member's counter session carry a member id either", async () => {
      const victim = await richMember('session-victim-2');
      const accomplice = await member(app, 'session-accomplice');
      const counter = await counterSession(app, staffJa, accomplice.token);
      const attack = await staffOrder(staffJa, { memberId: victim.memberId, points: 2450 }, counter);
      expect(attack.status).toBe(400);
      expect(attack.body.error.code).toBe('VALIDATION_FAILED');
      expect(await balance(victim.memberId)).toBe(3000);
      expect(await ordersOf(victim.memberId)).toBe(0);
      expect(await ordersOf(accomplice.memberId)).toBe(0);
    });

    it("without a counter session the sale is a guest's: the preview shows nobody's points or coupons, and points, chosen coupons or a saved address are refused", async () => {
      const bystander = await richMember('session-bystander');
      const preview = await staffPreview(staffJa, {});
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body).toMatchObject({ pointsBalance: 0, pointsUsable: 0, pointsUsed: 0, appliedCoupons: [], couponReport: [], coupons: [], tier: null, payableTotal: sku.price });

      for (const body of [{ points: 2450 }, { points: 1 }, { coupons: { mode: 'chosen', ids: [bystander.couponId] } }]) {
        const order = await staffOrder(staffJa, body);
        expect(order.status, JSON.stringify(body)).toBe(403);
        expect(order.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
        const peek = await staffPreview(staffJa, body);
        expect(peek.status, JSON.stringify(body)).toBe(403);
        expect(peek.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
      }
      const toSavedAddress = await staffOrder(staffJa, { fulfillment: { type: 'delivery', addressId: 1 } });
      expect(toSavedAddress.status).toBe(400);
      expect(toSavedAddress.body.error.code).toBe('VALIDATION_FAILED');

      // A guest carry-out still sells, to nobody, at list price.
      const guest = await staffOrder(staffJa, {});
      expect(guest.status, JSON.stringify(guest.body)).toBe(201);
      expect(guest.body).toMatchObject({ memberId: null, pointsUsed: 0, payableTotal: sku.price });
      expect(await balance(bystander.memberId)).toBe(3000);
      expect(await couponOf(bystander.couponId)).toMatchObject({ status: 'available', orderId: null });
    });
  });

  describe('with the counter session from the member code', () => {
    it("the member's 12 digits open a 30-minute session in which the preview shows their points and coupons and the order spends them", async () => {
      const present = await richMember('session-present');
      const code = await app.request('GET', '/api/v1/members/me/code', { token: present.token });
      const identified = await identify(staffJa, code.body.digits);
      expect(identified.status, JSON.stringify(identified.body)).toBe(200);
      expect(identified.body.member).toMatchObject({ id: present.memberId, pointsBalance: 3000 });
      const { token: counter, expiresAt } = identified.body.session;
      const ttl = new Date(expiresAt).getTime() - Date.now();
      expect(ttl).toBeGreaterThan(COUNTER_SESSION_TTL_SECONDS * 1000 - 60_000);
      expect(ttl).toBeLessThanOrEqual(COUNTER_SESSION_TTL_SECONDS * 1000);

      const body = { points: 2450, coupons: { mode: 'chosen', ids: [present.couponId] } };
      const preview = await staffPreview(staffJa, body, counter);
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body).toMatchObject({ pointsBalance: 3000, pointsUsed: 2450, pointsDeduction: 2450, appliedCoupons: [present.couponId], payableTotal: sku.price - 500 - 2450, canSubmit: true });

      const order = await staffOrder(staffJa, body, counter);
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body).toMatchObject({ memberId: present.memberId, pointsUsed: 2450, payableTotal: sku.price - 500 - 2450 });
      expect(await balance(present.memberId)).toBe(550);
      expect(await couponOf(present.couponId)).toMatchObject({ status: 'locked', orderId: order.body.id });
      // The order is the member's own, in their list to pay.
      const mine = await app.request('GET', '/api/v1/orders?status=pending_payment', { token: present.token });
      expect(mine.body.items.map((o: { id: number }) => o.id)).toContain(order.body.id);
    });

    it('the scanned QR opens a session just the same', async () => {
      const scanned = await richMember('session-scanned');
      const code = await app.request('GET', '/api/v1/members/me/code', { token: scanned.token });
      const identified = await identify(staffJa, code.body.code);
      expect(identified.status, JSON.stringify(identified.body)).toBe(200);
      const order = await staffOrder(staffJa, { points: 100, coupons: { mode: 'none' } }, identified.body.session.token);
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body).toMatchObject({ memberId: scanned.memberId, pointsUsed: 100 });
      expect(await balance(scanned.memberId)).toBe(2900);
    });

    it('a session issued to one staff member is refused to a colleague at the same store and to staff of another store', async () => {
      const present = await richMember('session-bound');
      const counter = await counterSession(app, staffJa, present.token);
      for (const other of [staffJa2, staffXh]) {
        const order = await staffOrder(other, { points: 2450 }, counter);
        expect(order.status).toBe(403);
        expect(order.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
        const preview = await staffPreview(other, {}, counter);
        expect(preview.status).toBe(403);
        expect(preview.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
        const addresses = await counterAddresses(other, counter);
        expect(addresses.status).toBe(403);
        expect(addresses.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
      }
      expect(await balance(present.memberId)).toBe(3000);
      expect(await ordersOf(present.memberId)).toBe(0);
      // The staff member it was issued to may use it.
      expect((await staffPreview(staffJa, { points: 10 }, counter)).body).toMatchObject({ pointsBalance: 3000, pointsUsed: 10 });
    });

    it('an expired session is refused; one issued now for the same member and staff member works', async () => {
      const present = await richMember('session-expired');
      const staff = await currentStoreStaff(db(), await staffIdOf('staff.ja1'));
      const stale = await app.services.counterSessions.issue(present.memberId, staff, 'member_code', new Date(Date.now() - (COUNTER_SESSION_TTL_SECONDS + 60) * 1000));
      expect(new Date(stale.expiresAt).getTime()).toBeLessThan(Date.now());
      const order = await staffOrder(staffJa, { points: 2450 }, stale.token);
      expect(order.status).toBe(403);
      expect(order.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
      expect((await staffPreview(staffJa, {}, stale.token)).status).toBe(403);
      expect((await counterAddresses(staffJa, stale.token)).status).toBe(403);
      expect(await balance(present.memberId)).toBe(3000);

      const live = await app.services.counterSessions.issue(present.memberId, staff, 'member_code');
      expect((await staffPreview(staffJa, { points: 10 }, live.token)).body).toMatchObject({ pointsBalance: 3000, pointsUsed: 10 });
    });

    it('a forged or tampered session, or another kind of token in its place, is refused', async () => {
      const present = await richMember('session-forged');
      const staffId = await staffIdOf('staff.ja1');
      const real = await counterSession(app, staffJa, present.token);
      const claims = decodeJwt(real);
      expect(claims).toMatchObject({ sub: `member:${present.memberId}`, stf: staffId });

      // The same claims signed with the shop's auth secret itself, not the counter key.
      const forged = await new SignJWT({ stf: claims.stf, sto: claims.sto, via: 'member_code' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(claims.iss!)
        .setAudience(claims.aud!)
        .setSubject(`member:${present.memberId}`)
        .setIssuedAt()
        .setExpirationTime('30m')
        .sign(app.services.config.authSecret);
      // A real session's signature over another member.
      const [header, , signature] = real.split('.');
      const other = await member(app, 'session-forged-other');
      const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: `member:${other.memberId}` })).toString('base64url')}.${signature}`;
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${real.split('.')[1]}.`;
      const memberCode = (await app.request('GET', '/api/v1/members/me/code', { token: present.token })).body.code as string;

      for (const token of [forged, tampered, unsigned, memberCode, present.token, staffJa, 'not-a-token']) {
        const order = await staffOrder(staffJa, { points: 2450 }, token);
        expect(order.status, token).toBe(403);
        expect(order.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
        expect((await counterAddresses(staffJa, token)).status, token).toBe(403);
      }
      expect(await balance(present.memberId)).toBe(3000);
      expect(await ordersOf(present.memberId)).toBe(0);
      expect(await ordersOf(other.memberId)).toBe(0);
    });
  });

  describe("the member's saved addresses (finding 2)", () => {
    it("are listed only in the member's counter session, with phones masked", async () => {
      const owner = await member(app, 'session-addresses');
      const home = await app.request('POST', '/api/v1/addresses', { token: owner.token, body: { ...SAMPLE_ADDRESS, recipientName: '王五', phone: '13922222222', isDefault: true } });
      expect(home.status).toBe(201);

      const anonymous = await counterAddresses(staffJa);
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.error.code).toBe('COUNTER_VERIFICATION_REQUIRED');
      expect(JSON.stringify(anonymous.body)).not.toContain('13922222222');
      // The old route by member id is gone.
      const byId = await app.request('GET', `/api/v1/staff/members/${owner.memberId}/addresses`, { token: staffJa });
      expect(byId.status).toBe(404);
      expect(JSON.stringify(byId.body)).not.toContain('13922222222');

      const counter = await counterSession(app, staffJa, owner.token);
      const listed = await counterAddresses(staffJa, counter);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: home.body.id, recipientName: '王五', phone: '139****2222', isDefault: true })]);
      expect(JSON.stringify(listed.body)).not.toContain('13922222222');

      // The counter order delivers to it: the order keeps the full number the courier needs.
      const order = await staffOrder(staffJa, { fulfillment: { type: 'delivery', addressId: home.body.id }, coupons: { mode: 'none' } }, counter);
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body).toMatchObject({ memberId: owner.memberId, fulfillment: { type: 'delivery', address: { recipientName: '王五' } } });
      expect((await db().findOneByOrFail(OrderEntity, { id: order.body.id })).address).toMatchObject({ recipientName: '王五', phone: '13922222222' });
    });

    it("refuses another member's address in a counter order for this one", async () => {
      const owner = await member(app, 'session-addr-owner');
      const customer = await member(app, 'session-addr-customer');
      const address = await app.request('POST', '/api/v1/addresses', { token: owner.token, body: SAMPLE_ADDRESS });
      const counter = await counterSession(app, staffJa, customer.token);
      const body = { fulfillment: { type: 'delivery', addressId: address.body.id } };
      const order = await staffOrder(staffJa, body, counter);
      expect(order.status).toBe(404);
      expect(order.body.error.code).toBe('NOT_FOUND');
      const preview = await staffPreview(staffJa, body, counter);
      expect(preview.status).toBe(404);
      expect(JSON.stringify(preview.body)).not.toContain(SAMPLE_ADDRESS.detail);
      expect((await counterAddresses(staffJa, counter)).body.items).toEqual([]);
      expect(await ordersOf(customer.memberId)).toBe(0);
      expect(await ordersOf(owner.memberId)).toBe(0);
    });
  });

  describe('the phone confirmed with a texted code', () => {
    it('texts a code to the member; the code they read out opens a session in which the order spends their points', async () => {
      const phone = freshPhone();
      const present = await phoneMember('session-phone', phone);
      await givePoints(present.memberId, 1000);
      const sent = await challenge(staffJa, phone);
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      expect(sent.body).toEqual({ challengeId: expect.any(Number), phone: masked(phone), expiresAt: expect.any(String) });
      expect(JSON.stringify(sent.body)).not.toMatch(/\b\d{6}\b/);
      const texts = app.emulator!.texts(phone);
      expect(texts).toHaveLength(1);
      expect(texts[0]!.text).toMatch(/验证码 \d{6}/);

      const confirmed = await confirm(staffJa, sent.body.challengeId, textedCode(app, phone));
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
      expect(confirmed.body.member).toMatchObject({ id: present.memberId, phone: masked(phone), pointsBalance: 1000 });
      const order = await staffOrder(staffJa, { points: 300, coupons: { mode: 'none' } }, confirmed.body.session.token);
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect(order.body).toMatchObject({ memberId: present.memberId, pointsUsed: 300 });
      expect(await balance(present.memberId)).toBe(700);
    });

    it('refuses a wrong code with COUNTER_CODE_INVALID, and after five wrong tries refuses the right one too', async () => {
      const phone = freshPhone();
      const present = await phoneMember('session-phone-wrong', phone);
      const sent = await challenge(staffJa, phone);
      const right = textedCode(app, phone);
      for (let i = 0; i < 5; i++) {
        const guess = await confirm(staffJa, sent.body.challengeId, wrong(right));
        expect(guess.status).toBe(400);
        expect(guess.body.error.code).toBe('COUNTER_CODE_INVALID');
        expect(guess.body).not.toHaveProperty('session');
      }
      const late = await confirm(staffJa, sent.body.challengeId, right);
      expect(late.status).toBe(400);
      expect(late.body.error.code).toBe('COUNTER_CODE_INVALID');
      expect(late.body).not.toHaveProperty('session');
      expect(await db().findOneByOrFail(PhoneChallengeEntity, { id: sent.body.challengeId })).toMatchObject({ memberId: present.memberId, attempts: 5, usedAt: null });
      // A new text starts again.
      const again = await challenge(staffJa, phone);
      expect((await confirm(staffJa, again.body.challengeId, textedCode(app, phone))).status).toBe(200);
    });

    it('uses a right code once', async () => {
      const phone = freshPhone();
      await phoneMember('session-phone-once', phone);
      const sent = await challenge(staffJa, phone);
      const code = textedCode(app, phone);
      expect((await confirm(staffJa, sent.body.challengeId, code)).status).toBe(200);
      const replay = await confirm(staffJa, sent.body.challengeId, code);
      expect(replay.status).toBe(400);
      expect(replay.body.error.code).toBe('COUNTER_CODE_INVALID');
      expect(replay.body).not.toHaveProperty('session');
    });

    it('a challenge made by one staff member cannot be confirmed by a colleague or by another store', async () => {
      const phone = freshPhone();
      const present = await phoneMember('session-phone-bound', phone);
      const sent = await challenge(staffJa, phone);
      const code = textedCode(app, phone);
      for (const other of [staffJa2, staffXh]) {
        const taken = await confirm(other, sent.body.challengeId, code);
        expect(taken.status).toBe(400);
        expect(taken.body.error.code).toBe('COUNTER_CODE_INVALID');
        expect(taken.body).not.toHaveProperty('session');
      }
      // Still live for the staff member who sent it.
      const confirmed = await confirm(staffJa, sent.body.challengeId, code);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.member.id).toBe(present.memberId);
    });

    it('gives one session to ten racing confirms of the right code', async () => {
      const phone = freshPhone();
      await phoneMember('session-phone-race', phone);
      const sent = await challenge(staffJa, phone);
      const code = textedCode(app, phone);
      const answers = await Promise.all(Array.from({ length: 10 }, () => confirm(staffJa, sent.body.challengeId, code)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array<number>(9).fill(400)]);
      expect(answers.filter((a) => a.status === 400).every((a) => a.body.error.code === 'COUNTER_CODE_INVALID')).toBe(true);
      const row = await db().findOneByOrFail(PhoneChallengeEntity, { id: sent.body.challengeId });
      expect(row.usedAt).not.toBeNull();
      expect(row.attempts).toBeLessThanOrEqual(5);
    });
  });

  describe('rate limits', () => {
    it('after ten wrong 12-digit codes the staff member is refused even the right one; staff of another store are not', async () => {
      const guesser = await app.loginStaff('staff.xh2', DEMO_PASSWORDS.staff);
      const present = await member(app, 'session-guessed');
      const digits = (await app.request('GET', '/api/v1/members/me/code', { token: present.token })).body.digits as string;
      expect(COUNTER_MEMBER_CODE_GUESSES_PER_STAFF.limit).toBe(10);
      for (let i = 0; i < 10; i++) {
        const guess = await identify(guesser, String(100_000_000_000 + i));
        expect(guess.status).toBe(401);
        expect(guess.body.error.code).toBe('MEMBER_CODE_INVALID');
      }
      const blocked = await identify(guesser, digits);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('RATE_LIMITED');
      expect(blocked.body).not.toHaveProperty('session');
      const elsewhere = await identify(await app.loginStaff('staff.pd2', DEMO_PASSWORDS.staff), digits);
      expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(200);
      expect(elsewhere.body.member.id).toBe(present.memberId);
    });

    it('after a staff member has looked up as many phones as the limit allows, the next lookup is refused and texts nobody; another staff member may', async () => {
      const walker = await app.loginStaff('staff.pd1', DEMO_PASSWORDS.staff);
      const phone = freshPhone();
      await phoneMember('session-walked', phone);
      expect(COUNTER_PHONE_LOOKUPS_PER_STAFF.limit).toBeGreaterThanOrEqual(10);
      for (let i = 0; i < COUNTER_PHONE_LOOKUPS_PER_STAFF.limit; i++) {
        const miss = await challenge(walker, `1350000${String(1000 + i)}`);
        expect(miss.status).toBe(404);
        expect(miss.body.error.code).toBe('NOT_FOUND');
      }
      const blocked = await challenge(walker, phone);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('RATE_LIMITED');
      expect(blocked.body).not.toHaveProperty('challengeId');
      expect(app.emulator!.texts(phone)).toEqual([]);
      // 新会员注册 tells whether a number is a member's just as well: it counts as a lookup too.
      const registering = await app.request('POST', '/api/v1/staff/members/register', { token: walker, body: { phone } });
      expect(registering.status).toBe(429);
      expect(app.emulator!.texts(phone)).toEqual([]);
      const colleague = await challenge(await app.loginStaff('manager.pd', DEMO_PASSWORDS.staff), phone);
      expect(colleague.status, JSON.stringify(colleague.body)).toBe(201);
      expect(app.emulator!.texts(phone)).toHaveLength(1);
    });

    it('texts one member at most five times an hour, from any tablet', async () => {
      const phone = freshPhone();
      await phoneMember('session-flooded', phone);
      for (let i = 0; i < 5; i++) expect((await challenge(i % 2 ? staffJa2 : staffJa, phone)).status).toBe(201);
      const sixth = await challenge(staffJa, phone);
      expect(sixth.status).toBe(429);
      expect(sixth.body.error.code).toBe('RATE_LIMITED');
      expect((await challenge(staffXh, phone)).status).toBe(429);
      expect(app.emulator!.texts(phone)).toHaveLength(5);
    });
  });

  describe('新会员注册', () => {
    it('texts a code to the new number and grants the welcome pack once; the confirmed code opens the session', async () => {
      await activeTemplate(app, await app.loginStaff('marketer', DEMO_PASSWORDS.marketer), { name: '新人礼', kind: 'amount_off', value: 300, threshold: null, welcome: true });
      const welcome = await db().countBy(CouponTemplateEntity, { welcome: true, status: 'active' });
      expect(welcome).toBeGreaterThan(0);
      const phone = freshPhone();
      const created = await app.request('POST', '/api/v1/staff/members/register', { token: staffJa, body: { phone, nickname: '赵女士' } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toEqual({ existed: false, challenge: { challengeId: expect.any(Number), phone: masked(phone), expiresAt: expect.any(String) } });
      expect(created.body).not.toHaveProperty('member');
      expect(app.emulator!.texts(phone)).toHaveLength(1);
      const memberId = (await db().findOneByOrFail(MemberEntity, { phone })).id;
      expect(await db().countBy(CouponInstanceEntity, { memberId })).toBe(welcome);

      // Registering the number again, at another tablet, creates nobody and grants nothing more.
      const again = await app.request('POST', '/api/v1/staff/members/register', { token: staffJa2, body: { phone } });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ existed: true, challenge: { phone: masked(phone) } });
      expect(app.emulator!.texts(phone)).toHaveLength(2);
      expect(await db().countBy(MemberEntity, { phone })).toBe(1);
      expect(await db().countBy(CouponInstanceEntity, { memberId })).toBe(welcome);

      // Until the code is confirmed, the registering staff member has no session for the member.
      expect((await staffOrder(staffJa, { points: 0, coupons: { mode: 'chosen', ids: [] } })).status).toBe(403);
      const confirmed = await confirm(staffJa, created.body.challenge.challengeId, app.emulator!.texts(phone)[0]!.text.match(/验证码 (\d{6})/)![1]!);
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
      expect(confirmed.body.member).toMatchObject({ id: memberId, nickname: '赵女士', phone: masked(phone) });
      const preview = await staffPreview(staffJa, {}, confirmed.body.session.token);
      expect(preview.status).toBe(200);
      expect(preview.body.coupons.length).toBe(welcome);
    });
  });
});
