import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { SAMPLE_ADDRESS, setAvailable, skusWithStock, stockOf, storeByCode, warehouseOf } from '../support/fixtures.js';
import { counterHeaders, counterSession, textedCode } from '../support/counter.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { StoreEntity } from '../../src/stores/store.entity.js';
import { NotificationEntity } from '../../src/notifications/notification.entity.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/** The store tablet: staff sell to members and guests, take payment by QR, and hand over pickups by code. */
describe('selling at the store counter', () => {
  let app: TestApp;
  let staffJa: string;
  let staffXh: string;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let sku: Sku;

  beforeAll(async () => {
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100] } });
    staffJa = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    staffXh = await app.loginStaff('staff.xh1', DEMO_PASSWORDS.staff);
    jingan = await storeByCode(app, 'SH-JA');
    sku = (await skusWithStock(app, jingan.location.id, 5)).find((s) => s.memberPrice === null)!;
  });
  afterAll(async () => app?.close());

  const orderRow = (id: number) => app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id });
  const memberIdOf = async (token: string) => (await app.request('GET', '/api/v1/members/me', { token })).body.id as number;
  /** A counter order; `counter` is the counter session of the member it is for (none: a guest's). */
  const counterOrder = (token: string, body: Record<string, unknown>, key?: string, counter?: string) =>
    app.request('POST', '/api/v1/staff/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], ...body }, headers: { ...(key ? { 'Idempotency-Key': key } : {}), ...(counter ? counterHeaders(counter) : {}) } });

  it('a guest carry-out: list price, no shipping; paid by the Native QR, the goods leave the store stock once', async () => {
    const before = await stockOf(app, sku.id, jingan.location.id);
    const created = await counterOrder(staffJa, { fulfillment: { type: 'carry_out' } }, 'counter-guest-1');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ memberId: null, channel: `store:${jingan.store.id}`, payableTotal: sku.price, shippingFee: 0, fulfillment: { type: 'carry_out', store: { id: jingan.store.id } } });
    const replay = await counterOrder(staffJa, { fulfillment: { type: 'carry_out' } }, 'counter-guest-1');
    expect(replay.body.id).toBe(created.body.id);

    const qr = await app.request('POST', `/api/v1/staff/orders/${created.body.id}/pay`, { token: staffJa });
    expect(qr.body.codeUrl).toMatch(/^weixin:\/\//);
    await app.emulator!.pay(qr.body.outTradeNo);
    // The tablet polls until it sees the payment.
    const done = await eventually(async () => (await app.request('GET', `/api/v1/staff/orders/${created.body.id}`, { token: staffJa })).body, (o) => o.status !== 'pending_payment');
    expect(done.status).toBe('completed');
    const after = await stockOf(app, sku.id, jingan.location.id);
    expect({ onHand: after.onHand, reserved: after.reserved }).toEqual({ onHand: before.onHand - 1, reserved: before.reserved });

    const today = await app.request('GET', '/api/v1/staff/orders', { token: staffJa });
    expect(today.body.items.map((o: { id: number }) => o.id)).toContain(created.body.id);
    expect(today.body.summary.netSales).toBeGreaterThanOrEqual(sku.price);
  });

  it('an order for a member: their benefits apply, the staff member is credited, and the order is in their own list to pay', async () => {
    const member = await app.loginMember('counter-member');
    const memberId = await memberIdOf(member);
    const counter = await counterSession(app, staffJa, member);
    const created = await counterOrder(staffJa, { fulfillment: { type: 'delivery', address: { ...SAMPLE_ADDRESS, latitude: null, longitude: null } } }, undefined, counter);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ memberId, staffId: expect.any(Number), fulfillment: { type: 'delivery', store: null } });
    const mine = await app.request('GET', '/api/v1/orders?status=pending_payment', { token: member });
    expect(mine.body.items.map((o: { id: number }) => o.id)).toContain(created.body.id);
    // A member id in the body is no way to name the buyer.
    const named = await counterOrder(staffJa, { memberId, fulfillment: { type: 'carry_out' } });
    expect(named.status).toBe(400);
    expect(named.body.error.code).toBe('VALIDATION_FAILED');
    const guestDelivery = await counterOrder(staffJa, { fulfillment: { type: 'delivery', addressId: 1 } });
    expect(guestDelivery.status).toBe(400);
  });

  it('keeps each store to its own orders, and consumers out of staff routes', async () => {
    const created = await counterOrder(staffJa, { fulfillment: { type: 'carry_out' } });
    expect((await app.request('GET', `/api/v1/staff/orders/${created.body.id}`, { token: staffXh })).status).toBe(404);
    expect((await app.request('POST', `/api/v1/staff/orders/${created.body.id}/pay`, { token: staffXh })).status).toBe(404);
    const consumer = await app.loginMember('counter-intruder');
    expect((await app.request('POST', '/api/v1/staff/orders', { token: consumer, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'carry_out' } } })).status).toBe(403);
    expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: consumer, body: { code: '123456' } })).status).toBe(403);
  });

  it('hands a pickup over by its code, once, even when two tablets verify together; another store cannot', async () => {
    const member = await app.loginMember('counter-pickup');
    const created = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
    expect(created.body.pickup).toBeNull(); // no code to show before it is paid
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    const paid = (await app.request('GET', `/api/v1/orders/${created.body.id}`, { token: member })).body;
    expect(paid.status).toBe('awaiting_pickup');
    expect(paid.pickup.code).toMatch(/^\d{6}$/);
    expect(paid.pickup.qrPayload).toBe(`PICKUP:${paid.orderNo}:${paid.pickup.code}`);
    expect(paid.pickup.ready).toBe(true);
    // The member is told, by a WeChat subscribe message, that the order is ready.
    expect(await app.services.notifications.sendPending()).toBeGreaterThanOrEqual(1);
    expect(app.emulator!.subscribeMessages().filter((m) => m.data.character_string2?.value === paid.pickup.code)).toHaveLength(1);

    const elsewhere = await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffXh, body: { code: paid.pickup.code } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('PICKUP_CODE_INVALID');
    const waiting = await app.request('GET', '/api/v1/staff/pickups', { token: staffJa });
    expect(waiting.body.items.map((o: { id: number }) => o.id)).toContain(created.body.id);

    const staffJa2 = await app.loginStaff('staff.ja2', DEMO_PASSWORDS.staff);
    const both = await Promise.all([
      app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa, body: { code: paid.pickup.qrPayload } }),
      app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa2, body: { code: paid.pickup.code } }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await orderRow(created.body.id)).status).toBe('completed');
    const again = await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa, body: { code: paid.pickup.code } });
    expect(again.body.error.message).toContain('已核销');
  });

  it('counts wrong codes per store and pauses verification after ten', async () => {
    const manager = await app.loginStaff('manager.pd', DEMO_PASSWORDS.staff);
    for (let i = 0; i < 10; i++) {
      const wrong = await app.request('POST', '/api/v1/staff/pickups/verify', { token: manager, body: { code: String(100000 + i) } });
      expect(wrong.body.error.code).toBe('PICKUP_CODE_INVALID');
    }
    const blocked = await app.request('POST', '/api/v1/staff/pickups/verify', { token: manager, body: { code: '999999' } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    // Another store is not affected.
    expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffXh, body: { code: '999999' } })).body.error.code).toBe('PICKUP_CODE_INVALID');
  });

  it('a pickup at a store without the goods: they travel from the warehouse, and the order is ready when staff receive them', async () => {
    const warehouse = await warehouseOf(app);
    const wanted = (await skusWithStock(app, warehouse.id, 5)).find((s) => s.id !== sku.id)!;
    await setAvailable(app, wanted.id, jingan.location.id, 0);
    const member = await app.loginMember('counter-transfer');
    const created = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: wanted.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await orderRow(created.body.id)).stockLocationId).toBe(warehouse.id);
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    const paid = (await app.request('GET', `/api/v1/orders/${created.body.id}`, { token: member })).body;
    expect(paid).toMatchObject({ status: 'awaiting_pickup', pickup: { ready: false } });
    const early = await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa, body: { code: paid.pickup.code } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('调拨途中');

    const incoming = await app.request('GET', '/api/v1/staff/transfers', { token: staffJa });
    const transfer = incoming.body.items.find((t: { orderId: number }) => t.orderId === created.body.id);
    expect(transfer).toMatchObject({ status: 'in_transit', toStoreId: jingan.store.id });
    expect((await app.request('POST', `/api/v1/staff/transfers/${transfer.id}/receive`, { token: staffXh })).status).toBe(404);
    const received = await app.request('POST', `/api/v1/staff/transfers/${transfer.id}/receive`, { token: staffJa });
    expect(received.body.pickup.ready).toBe(true);
    expect((await app.request('POST', `/api/v1/staff/transfers/${transfer.id}/receive`, { token: staffJa })).status).toBe(409);
    await app.services.notifications.sendPending();
    expect(app.emulator!.subscribeMessages().some((m) => m.data.character_string2?.value === paid.pickup.code)).toBe(true);
    expect((await app.request('POST', '/api/v1/staff/pickups/verify', { token: staffJa, body: { code: paid.pickup.code } })).body.status).toBe('completed');
  });

  it('an uncollected pickup is reminded once, then cancelled and refunded where the store says so, the goods back on its shelf', async () => {
    await app.services.dataSource.manager.update(StoreEntity, { id: jingan.store.id }, { cancelUncollectedPickups: true });
    const member = await app.loginMember('counter-forgetful');
    const created = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
    const pay = await app.request('POST', `/api/v1/orders/${created.body.id}/pay`, { token: member, body: { method: 'native' } });
    await app.emulator!.pay(pay.body.outTradeNo);
    await eventually(() => orderRow(created.body.id), (o) => o.status === 'awaiting_pickup');
    const shelf = await stockOf(app, sku.id, jingan.location.id);
    const day = 86_400_000;

    await app.services.pickups.handleUncollected(new Date(Date.now() + 4 * day));
    await app.services.pickups.handleUncollected(new Date(Date.now() + 5 * day));
    expect(await app.services.dataSource.manager.countBy(NotificationEntity, { orderId: created.body.id, kind: 'pickup_reminder' })).toBe(1);
    expect((await orderRow(created.body.id)).status).toBe('awaiting_pickup');

    await app.services.pickups.handleUncollected(new Date(Date.now() + 8 * day));
    const refunded = await eventually(() => orderRow(created.body.id), (o) => o.status === 'refunded');
    expect(refunded.status).toBe('refunded');
    expect(refunded.refundedTotal).toBe(refunded.payableTotal);
    expect((await stockOf(app, sku.id, jingan.location.id)).onHand).toBe(shelf.onHand + 1);
    await app.services.dataSource.manager.update(StoreEntity, { id: jingan.store.id }, { cancelUncollectedPickups: false });
  });

  it('sends each member notification once, even with two processes running the job', async () => {
    await app.services.notifications.sendPending(); // what earlier tests queued
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const member = await app.loginMember(`counter-notify-${i}`);
      const created = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
      await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
      codes.push((await orderRow(created.body.id)).pickupCode!);
    }
    const other = await app.otherProcess();
    const [a, b] = await Promise.all([app.services.notifications.sendPending(), other.notifications.sendPending()]);
    expect(a + b).toBe(4);
    for (const code of codes) expect(app.emulator!.subscribeMessages().filter((m) => m.data.character_string2?.value === code)).toHaveLength(1);
    expect(await app.services.notifications.sendPending()).toBe(0);

    // A message claimed by a process that died mid-send is sent after the claim times out.
    const member = await app.loginMember('counter-notify-crash');
    const created = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    await app.services.dataSource.manager.update(NotificationEntity, { orderId: created.body.id }, { status: 'sending' });
    expect(await app.services.notifications.sendPending()).toBe(0);
    expect(await app.services.notifications.sendPending(new Date(Date.now() + 6 * 60_000))).toBe(1);
  });

  it('does not message a member registered at the counter who has no WeChat yet, and never retries it', async () => {
    await app.services.notifications.sendPending(); // what earlier tests queued
    const registered = await app.request('POST', '/api/v1/staff/members/register', { token: staffJa, body: { phone: '13912345670' } });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const confirmed = await app.request('POST', '/api/v1/staff/members/phone-confirm', { token: staffJa, body: { challengeId: registered.body.challenge.challengeId, code: textedCode(app, '13912345670') } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const memberId = (await app.services.dataSource.manager.findOneByOrFail(MemberEntity, { phone: '13912345670' })).id;
    expect(confirmed.body.member.id).toBe(memberId);
    const created = await counterOrder(staffJa, { fulfillment: { type: 'pickup', storeId: jingan.store.id } }, undefined, confirmed.body.session.token);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.memberId).toBe(memberId);
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    const before = app.emulator!.subscribeMessages().length;
    expect(await app.services.notifications.sendPending()).toBe(0);
    const note = await app.services.dataSource.manager.findOneByOrFail(NotificationEntity, { orderId: created.body.id });
    expect(note).toMatchObject({ status: 'no_recipient', attempts: 1 });
    expect(app.emulator!.subscribeMessages()).toHaveLength(before);
  });

  it('a carry-out for a member earns their points at once; staff cancel an unpaid counter order and its stock comes back', async () => {
    const member = await app.loginMember('counter-points');
    const memberId = await memberIdOf(member);
    const sold = await counterOrder(staffJa, { fulfillment: { type: 'carry_out' }, coupons: { mode: 'none' } }, undefined, await counterSession(app, staffJa, member));
    expect(sold.body.memberId).toBe(memberId);
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, sold.body.id, new Date(), 'test:payment'));
    const done = await orderRow(sold.body.id);
    expect(done.status).toBe('completed');
    expect(done.pointsEarned).toBe(Math.floor(done.payableTotal / 100));
    expect(await app.services.points.balanceOf(memberId)).toBe(done.pointsEarned);

    const before = await stockOf(app, sku.id, jingan.location.id);
    const unpaid = await counterOrder(staffJa, { fulfillment: { type: 'carry_out' } });
    expect((await app.request('POST', `/api/v1/staff/orders/${unpaid.body.id}/cancel`, { token: staffXh })).status).toBe(404);
    const cancelled = await app.request('POST', `/api/v1/staff/orders/${unpaid.body.id}/cancel`, { token: staffJa });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await stockOf(app, sku.id, jingan.location.id)).reserved).toBe(before.reserved);
  });
});
