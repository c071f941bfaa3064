import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralBindingView, ReferralTokenView } from '@shop/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { storeByCode } from '../support/fixtures.js';
import { adminToken } from '../membership/membership-fixtures.js';
import { ReferralTokens } from '../../src/stores/attribution/referral-token.js';
import { ReferralBindingEntity, ReferralEventEntity } from '../../src/stores/attribution/referral.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { bind, orderRow, placeOrder, setActive, shareCard, shopper, signedInStaff, stockedSkus, type SignedInStaff } from './attribution-fixtures.js';

const DAY = 86_400_000;
const ATTRIBUTION_DAYS = 15;

/** 导购 binding: share cards and store QR codes, first binding wins for ATTRIBUTION_DAYS, orders credit the bound staff. */
describe('referrals: staff share cards bind consumers, whose own orders credit the staff member', () => {
  let app: TestApp;
  let ja1: SignedInStaff;
  let ja2: SignedInStaff;
  let managerJa: SignedInStaff;
  let xh1: SignedInStaff;
  let sku: Sku;

  beforeAll(async () => {
    app = await startTestApp();
    [ja1, ja2, managerJa, xh1] = await Promise.all([signedInStaff(app, 'staff.ja1'), signedInStaff(app, 'staff.ja2'), signedInStaff(app, 'manager.ja'), signedInStaff(app, 'staff.xh1')]);
    sku = (await stockedSkus(app))[0]!;
  });
  afterAll(async () => app?.close());

  const binding = (memberId: number) => app.services.dataSource.manager.findOneByOrFail(ReferralBindingEntity, { memberId });

  it('a staff member gets a signed token naming them and their store, and the mini-program path that carries it', async () => {
    const card = await shareCard(app, ja1);
    const { store } = await storeByCode(app, 'SH-JA');
    expect(card).toMatchObject({ source: 'share_card', staff: { id: ja1.account.id, username: 'staff.ja1' }, store: { id: store.id, name: store.name } });
    expect(card.path).toBe(`/pages/home/index?ref=${encodeURIComponent(card.token)}`);
    expect(new Date(card.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * DAY);
    expect(await new ReferralTokens(app.services.config.authSecret).verify(card.token)).toEqual({ staffId: ja1.account.id, storeId: store.id, source: 'share_card' });
  });

  it('a consumer who opens the share card is bound for ATTRIBUTION_DAYS, and their own order carries that staffId', async () => {
    const buyer = await shopper(app, 'bound-buyer');
    const unbound = await placeOrder(app, buyer, sku);
    expect(unbound.staffId).toBeNull();

    const before = Date.now();
    const result = await bind(app, buyer.token, (await shareCard(app, ja1)).token);
    expect(result).toMatchObject({ outcome: 'bound', binding: { staff: { id: ja1.account.id, displayName: ja1.account.displayName }, source: 'share_card' } });
    const expiresIn = new Date(result.binding.expiresAt).getTime() - new Date(result.binding.boundAt).getTime();
    expect(expiresIn).toBe(ATTRIBUTION_DAYS * DAY);
    expect(new Date(result.binding.boundAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const mine = await app.request<{ binding: ReferralBindingView }>('GET', '/api/v1/members/me/referral', { token: buyer.token });
    expect(mine.body.binding).toEqual(result.binding);

    const credited = await placeOrder(app, buyer, sku);
    expect(credited.staffId).toBe(ja1.account.id);
    expect(credited.channel).toBe('miniapp');
  });

  it("another staff member's share does not steal an active binding; the same staff re-sharing extends it", async () => {
    const buyer = await shopper(app, 'loyal-to-ja1');
    const first = await bind(app, buyer.token, (await shareCard(app, ja1)).token);
    const stolen = await bind(app, buyer.token, (await shareCard(app, ja2)).token);
    expect(stolen).toMatchObject({ outcome: 'kept', binding: { staff: { id: ja1.account.id } } });
    expect(stolen.binding.expiresAt).toBe(first.binding.expiresAt);
    expect((await placeOrder(app, buyer, sku)).staffId).toBe(ja1.account.id);

    // Re-sharing three days later: still bound since the first day, now until 15 days from the re-share.
    const later = new Date(Date.now() + 3 * DAY);
    const reshared = await app.services.attribution.referrals.bind(buyer.memberId, (await shareCard(app, ja1)).token, later);
    expect(reshared).toMatchObject({ outcome: 'extended', binding: { staff: { id: ja1.account.id }, boundAt: first.binding.boundAt } });
    expect(new Date(reshared.binding.expiresAt).getTime()).toBe(later.getTime() + ATTRIBUTION_DAYS * DAY);
    const events = await app.services.dataSource.manager.find(ReferralEventEntity, { where: { memberId: buyer.memberId }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.staffId, e.outcome])).toEqual([
      [ja1.account.id, 'bound'],
      [ja1.account.id, 'extended'],
    ]);
  });

  it('once ATTRIBUTION_DAYS have passed, another staff member may bind, and the orders credit them', async () => {
    const buyer = await shopper(app, 'drifts-to-ja2');
    const first = await bind(app, buyer.token, (await shareCard(app, ja1)).token);
    const ja2Token = (await shareCard(app, ja2)).token;
    const expiry = new Date(first.binding.expiresAt);

    const aMomentBefore = await app.services.attribution.referrals.bind(buyer.memberId, ja2Token, new Date(expiry.getTime() - 1));
    expect(aMomentBefore).toMatchObject({ outcome: 'kept', binding: { staff: { id: ja1.account.id } } });
    expect(await app.services.attribution.referrals.current(buyer.memberId, new Date(expiry.getTime() - 1))).toMatchObject({ staff: { id: ja1.account.id } });
    expect(await app.services.attribution.referrals.current(buyer.memberId, expiry)).toBeNull();

    const atExpiry = await app.services.attribution.referrals.bind(buyer.memberId, ja2Token, expiry);
    expect(atExpiry).toMatchObject({ outcome: 'bound', binding: { staff: { id: ja2.account.id }, boundAt: expiry.toISOString() } });
    expect(new Date(atExpiry.binding.expiresAt).getTime()).toBe(expiry.getTime() + ATTRIBUTION_DAYS * DAY);

    // Through HTTP too: the binding row's time has run out, ja1 shares again and takes the member back.
    await app.services.dataSource.manager.update(ReferralBindingEntity, { memberId: buyer.memberId }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await app.request('GET', '/api/v1/members/me/referral', { token: buyer.token })).body).toEqual({ binding: null });
    expect((await placeOrder(app, buyer, sku)).staffId).toBeNull();
    expect((await bind(app, buyer.token, (await shareCard(app, ja1)).token)).outcome).toBe('bound');
    expect((await placeOrder(app, buyer, sku)).staffId).toBe(ja1.account.id);
  });

  it('refuses forged, foreign and expired tokens with a clear code, and binds nothing', async () => {
    const buyer = await shopper(app, 'handed-a-forgery');
    const { token } = await shareCard(app, ja1);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, sub: `staff:${ja2.account.id}` })).toString('base64url'), signature].join('.');
    const expired = (await new ReferralTokens(app.services.config.authSecret).issue({ staffId: ja1.account.id, storeId: ja1.account.storeId!, source: 'share_card' }, new Date(Date.now() - 31 * DAY))).token;
    const memberCode = (await app.request('GET', '/api/v1/members/me/code', { token: buyer.token })).body.code as string;

    for (const [attempt, code] of [
      [forged, 'REFERRAL_INVALID'],
      ['not.a.token', 'REFERRAL_INVALID'],
      [memberCode, 'REFERRAL_INVALID'],
      [ja1.token, 'REFERRAL_INVALID'],
      [expired, 'REFERRAL_EXPIRED'],
    ] as const) {
      const res = await app.request('POST', '/api/v1/members/me/referral', { token: buyer.token, body: { token: attempt } });
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe(code);
    }
    const empty = await app.request('POST', '/api/v1/members/me/referral', { token: buyer.token, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
    expect(await app.services.dataSource.manager.countBy(ReferralBindingEntity, { memberId: buyer.memberId })).toBe(0);
    expect((await placeOrder(app, buyer, sku)).staffId).toBeNull();
  });

  it('inactive staff get no credit: not for bound members\' orders, and no new bindings from their cards', async () => {
    const pd2 = await signedInStaff(app, 'staff.pd2');
    const buyer = await shopper(app, 'bound-to-a-leaver');
    const card = (await shareCard(app, pd2)).token;
    await bind(app, buyer.token, card);
    await setActive(app, pd2.account.id, false);
    try {
      expect((await placeOrder(app, buyer, sku)).staffId).toBeNull();
      const newcomer = await shopper(app, 'meets-a-leaver');
      const refused = await app.request('POST', '/api/v1/members/me/referral', { token: newcomer.token, body: { token: card } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('REFERRAL_INVALID');
    } finally {
      await setActive(app, pd2.account.id, true);
    }
    expect((await placeOrder(app, buyer, sku)).staffId).toBe(pd2.account.id);
  });

  it('an order staff place for a bound member keeps the staff member who placed it', async () => {
    const buyer = await shopper(app, 'bound-but-served-in-store');
    await bind(app, buyer.token, (await shareCard(app, ja1)).token);
    const { store } = await storeByCode(app, 'SH-JA');
    const placed = await app.services.orders.create(
      { memberId: buyer.memberId, channel: `store:${store.id}`, staffId: managerJa.account.id, actor: `staff:${managerJa.account.id}` },
      { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: buyer.addressId }, coupons: { mode: 'none' }, buyerNote: '', points: 0 },
      null,
    );
    expect((await orderRow(app, placed.order.id)).staffId).toBe(managerJa.account.id);
  });

  it('of several staff sharing with one new member at the same moment, exactly one binds', async () => {
    const buyer = await shopper(app, 'popular-newcomer');
    const pd1 = await signedInStaff(app, 'staff.pd1');
    const xh2 = await signedInStaff(app, 'staff.xh2');
    const staff = [ja1, ja2, xh1, xh2, pd1, managerJa];
    const cards = await Promise.all(staff.map((s) => shareCard(app, s)));
    const results = await Promise.all(cards.map((c) => bind(app, buyer.token, c.token)));
    const winners = results.filter((r) => r.outcome === 'bound');
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.binding.staff.id;
    for (const r of results) expect(r.binding.staff.id).toBe(winner);
    expect(results.filter((r) => r.outcome === 'kept')).toHaveLength(staff.length - 1);
    expect((await binding(buyer.memberId)).staffId).toBe(winner);
    expect(await app.services.dataSource.manager.countBy(ReferralEventEntity, { memberId: buyer.memberId })).toBe(1);
    expect((await placeOrder(app, buyer, sku)).staffId).toBe(winner);
  });

  it('store QR: a manager prints one for themselves or one of their staff; an admin for any store', async () => {
    const { store: ja } = await storeByCode(app, 'SH-JA');
    const { store: xh } = await storeByCode(app, 'SH-XH');
    const own = await app.request<ReferralTokenView>('GET', '/api/v1/staff/referral/store-qr', { token: managerJa.token });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ source: 'store_qr', staff: { id: managerJa.account.id }, store: { id: ja.id } });
    expect(new Date(own.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(360 * DAY);
    const forJa2 = await app.request<ReferralTokenView>('GET', `/api/v1/staff/referral/store-qr?staffId=${ja2.account.id}`, { token: managerJa.token });
    expect(forJa2.body).toMatchObject({ staff: { id: ja2.account.id }, store: { id: ja.id } });
    const otherStore = await app.request('GET', `/api/v1/staff/referral/store-qr?staffId=${xh1.account.id}`, { token: managerJa.token });
    expect(otherStore.status).toBe(404);
    expect((await app.request('GET', '/api/v1/staff/referral/store-qr', { token: ja1.token })).status).toBe(403);

    const admin = await adminToken(app);
    const byAdmin = await app.request<ReferralTokenView>('GET', `/api/v1/admin/stores/${xh.id}/referral-qr`, { token: admin });
    expect(byAdmin.body).toMatchObject({ source: 'store_qr', staff: { username: 'manager.xh' }, store: { id: xh.id } });
    expect((await app.request('GET', `/api/v1/admin/stores/${xh.id}/referral-qr?staffId=${xh1.account.id}`, { token: admin })).body).toMatchObject({ staff: { id: xh1.account.id } });
    expect((await app.request('GET', '/api/v1/admin/stores/999999/referral-qr', { token: admin })).status).toBe(404);
    expect((await app.request('GET', `/api/v1/admin/stores/${xh.id}/referral-qr`, { token: managerJa.token })).status).toBe(403);

    const scanner = await shopper(app, 'scans-the-counter-qr');
    expect(await bind(app, scanner.token, forJa2.body.token)).toMatchObject({ outcome: 'bound', binding: { source: 'store_qr', staff: { id: ja2.account.id } } });
    expect((await placeOrder(app, scanner, sku)).staffId).toBe(ja2.account.id);
  });

  it('a consumer cannot call staff or admin routes, staff cannot bind, and nobody unsigned can do either', async () => {
    const consumer = await app.loginMember('curious-consumer');
    for (const path of ['/api/v1/staff/me/referral', '/api/v1/staff/referral/store-qr', '/api/v1/staff/commission', '/api/v1/staff/commission/team', '/api/v1/admin/commission', '/api/v1/admin/stores/1/referral-qr']) {
      const res = await app.request('GET', path, { token: consumer });
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect((await app.request('GET', path)).status, path).toBe(401);
    }
    const staffBinding = await app.request('POST', '/api/v1/members/me/referral', { token: ja1.token, body: { token: (await shareCard(app, ja2)).token } });
    expect(staffBinding.status).toBe(403);
    expect((await app.request('POST', '/api/v1/members/me/referral', { body: { token: 'x' } })).status).toBe(401);
  });
});
