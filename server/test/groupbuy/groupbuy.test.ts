import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { stockOf, warehouseOf } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { GroupbuyCampaignSkuEntity } from '../../src/groupbuy/campaign.entity.js';
import { GroupbuyGroupEntity } from '../../src/groupbuy/group.entity.js';
import { RefundEntity } from '../../src/payments/refund.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { campaignFor, groupOrderBody, groupbuySku, markPaid, orderRow, payForReal, shopper, type Shopper } from './groupbuy-fixtures.js';

const LATER = () => new Date(Date.now() + 2 * 3_600_000);

describe('group-buying', () => {
  let app: TestApp;
  let warehouseId: number;

  beforeAll(async () => {
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100], refundSettleDelayMs: 30 } });
    warehouseId = (await warehouseOf(app)).id;
  });
  afterAll(async () => app?.close());

  const groupRow = (id: number) => app.services.dataSource.manager.findOneByOrFail(GroupbuyGroupEntity, { id });

  async function startPaidGroup(sku: Sku, campaignId: number, leaderName: string) {
    const leader = await shopper(app, leaderName);
    const started = await app.request('POST', '/api/v1/groupbuy/groups', { token: leader.token, body: { ...groupOrderBody(sku, leader), campaignId } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return { leader, orderId: started.body.order.id as number, groupId: started.body.group.id as number };
  }

  it('validates campaigns: group price below list, SKUs of the product, simulation smaller than the group', async () => {
    const sku = await groupbuySku(app, 0);
    const other = await groupbuySku(app, 1);
    const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    const body = (skus: unknown[], extra: Record<string, unknown> = {}) => ({
      name: 'x',
      productId: sku.productId,
      groupSize: 3,
      formMinutes: 60,
      startsAt: new Date().toISOString(),
      endsAt: LATER().toISOString(),
      skus,
      ...extra,
    });
    const post = (b: unknown) => app.request('POST', '/api/v1/admin/groupbuy-campaigns', { token: marketer, body: b });
    expect((await post(body([{ skuId: sku.id, groupPrice: sku.price, stockCap: 5 }]))).body.error.details[0].path).toBe('skus.0.groupPrice');
    expect((await post(body([{ skuId: other.id, groupPrice: 100, stockCap: 5 }]))).body.error.details[0].path).toBe('skus.0.skuId');
    const tooLenient = await post(body([{ skuId: sku.id, groupPrice: 100, stockCap: 5 }], { simulateWhenShortBy: 3 }));
    expect(tooLenient.status).toBe(400);
    expect(tooLenient.body.error.details[0].path).toBe('simulateWhenShortBy');
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    expect((await app.request('POST', '/api/v1/admin/groupbuy-campaigns', { token: staff, body: body([{ skuId: sku.id, groupPrice: 100, stockCap: 5 }]) })).status).toBe(403);
  });

  it('a leader starts at the leader price; the group opens to others only once the leader has paid', async () => {
    const sku = await groupbuySku(app, 2);
    const campaignId = await campaignFor(app, sku, { groupSize: 3, leaderDiscount: 500 });
    const product = await app.request('GET', `/api/v1/products/${sku.productId}/groupbuy`);
    expect(product.body.offers).toMatchObject([{ campaignId, groupSize: 3, skus: [{ skuId: sku.id, groupPrice: sku.price - 1000 }] }]);

    const { leader, orderId, groupId } = await startPaidGroup(sku, campaignId, 'gb-leader');
    const order = await app.request('GET', `/api/v1/orders/${orderId}`, { token: leader.token });
    expect(order.body).toMatchObject({ source: 'groupbuy', lines: [{ unitPrice: sku.price - 1500 }], group: { id: groupId, status: 'pending' } });
    expect(order.body.discounts).toEqual([expect.objectContaining({ source: 'group_price', amount: 1500 })]);

    const early = await shopper(app, 'gb-too-early');
    const closed = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: early.token, body: groupOrderBody(sku, early) });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('GROUP_CLOSED');

    await markPaid(app, orderId);
    expect(await orderRow(app, orderId)).toMatchObject({ status: 'paid' }); // waits for the group, stock still reserved
    const opened = await groupRow(groupId);
    expect(opened.status).toBe('open');
    expect(opened.expiresAt!.getTime() - opened.openedAt!.getTime()).toBe(60 * 60_000);
    const listed = await app.request('GET', `/api/v1/products/${sku.productId}/groupbuy`);
    expect(listed.body.openGroups).toMatchObject([{ id: groupId, remainingSeats: 2, members: [{ isLeader: true, paid: true }] }]);
  });

  it('100 members race for the 4 free seats of a 5-person group: exactly 4 join, the rest hear GROUP_FULL, no extra stock held', async () => {
    const sku = await groupbuySku(app, 3);
    const campaignId = await campaignFor(app, sku, { groupSize: 5 });
    const { orderId, groupId } = await startPaidGroup(sku, campaignId, 'race-leader');
    await markPaid(app, orderId);
    const racers: Shopper[] = [];
    for (let i = 0; i < 100; i++) racers.push(await shopper(app, `racer-${i}`));
    const before = await stockOf(app, sku.id, warehouseId);
    const results = await Promise.all(racers.map((r) => app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: r.token, body: groupOrderBody(sku, r) })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    const refused = results.filter((r) => r.status !== 201);
    expect(new Set(refused.map((r) => r.body.error.code))).toEqual(new Set(['GROUP_FULL']));
    expect(await groupRow(groupId)).toMatchObject({ seatsTaken: 5, status: 'open' });
    expect((await stockOf(app, sku.id, warehouseId)).reserved - before.reserved).toBe(4);
    const campaignSku = await app.services.dataSource.manager.findOneByOrFail(GroupbuyCampaignSkuEntity, { campaignId, skuId: sku.id });
    expect(campaignSku.sold).toBe(5);

    // Each joiner pays; only the last payment completes the group, and then every order proceeds.
    const joined = results.filter((r) => r.status === 201).map((r) => r.body.order.id as number);
    for (const id of joined.slice(0, 3)) await markPaid(app, id);
    expect((await orderRow(app, joined[0]!)).status).toBe('paid');
    await markPaid(app, joined[3]!);
    expect((await groupRow(groupId)).status).toBe('succeeded');
    for (const id of [orderId, ...joined]) expect((await orderRow(app, id)).status).toBe('awaiting_shipment');
    expect((await stockOf(app, sku.id, warehouseId)).reserved).toBe(before.reserved - 1);
  });

  it('at expiry with 3 of 5 paid: the group fails once, even with two processes ending it, and each paid member is refunded exactly once', async () => {
    const sku = await groupbuySku(app, 4);
    const campaignId = await campaignFor(app, sku, { groupSize: 5 });
    const { leader, orderId, groupId } = await startPaidGroup(sku, campaignId, 'fail-leader');
    await payForReal(app, leader, orderId);
    const paidJoiners: { who: Shopper; orderId: number }[] = [];
    for (const name of ['fail-a', 'fail-b']) {
      const who = await shopper(app, name);
      const joined = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: who.token, body: groupOrderBody(sku, who) });
      await payForReal(app, who, joined.body.order.id);
      paidJoiners.push({ who, orderId: joined.body.order.id });
    }
    const slow = await shopper(app, 'fail-unpaid');
    const unpaid = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: slow.token, body: groupOrderBody(sku, slow) });
    // The slow joiner pays in WeChat, but its notification never arrives before the group fails.
    const lateSheet = await app.request('POST', `/api/v1/orders/${unpaid.body.order.id}/pay`, { token: slow.token, body: { method: 'native' } });
    await app.emulator!.pay(lateSheet.body.outTradeNo, { delivery: 'never' });
    const stockBefore = await stockOf(app, sku.id, warehouseId);

    const other = await app.otherProcess();
    const ended = await Promise.all([app.services.groupbuy.outcomes.expireDue(LATER()), other.groupbuy.outcomes.expireDue(LATER())]);
    expect(ended[0] + ended[1]).toBe(1);
    expect(await groupRow(groupId)).toMatchObject({ status: 'failed' });
    expect((await orderRow(app, unpaid.body.order.id)).status).toBe('cancelled');

    const paidOrders = [orderId, ...paidJoiners.map((j) => j.orderId)];
    for (const id of paidOrders) {
      const order = await eventually(() => orderRow(app, id), (o) => o.status === 'refunded');
      expect(order.status).toBe('refunded');
      const refunds = await app.services.dataSource.manager.findBy(RefundEntity, { orderId: id });
      expect(refunds).toHaveLength(1);
      expect(refunds[0]).toMatchObject({ amount: order.payableTotal, status: 'succeeded' });
      expect(app.emulator!.refund(refunds[0]!.outRefundNo)).toMatchObject({ refund: order.payableTotal });
    }
    // Running the job again refunds nothing more; stock and the campaign's units are back.
    expect(await app.services.groupbuy.outcomes.expireDue(LATER())).toBe(0);
    expect((await stockOf(app, sku.id, warehouseId)).reserved).toBe(stockBefore.reserved - 4);
    expect((await stockOf(app, sku.id, warehouseId)).onHand).toBe(stockBefore.onHand);
    expect((await app.services.dataSource.manager.findOneByOrFail(GroupbuyCampaignSkuEntity, { campaignId, skuId: sku.id })).sold).toBe(0);

    // That late payment (found when the group's failure closes the order's payments) goes straight back.
    const late = await eventually(() => app.services.dataSource.manager.findBy(RefundEntity, { orderId: unpaid.body.order.id }), (r) => r[0]?.status === 'succeeded');
    expect(late).toMatchObject([{ amount: (await orderRow(app, unpaid.body.order.id)).payableTotal, status: 'succeeded' }]);
    expect((await orderRow(app, unpaid.body.order.id)).status).toBe('cancelled');
  });

  it('模拟成团: a group short by at most K at expiry succeeds, and its unpaid seats are closed', async () => {
    const sku = await groupbuySku(app, 5);
    const campaignId = await campaignFor(app, sku, { groupSize: 5, simulateWhenShortBy: 2 });
    const { orderId, groupId } = await startPaidGroup(sku, campaignId, 'sim-leader');
    await markPaid(app, orderId);
    const joinedIds: number[] = [];
    for (const name of ['sim-a', 'sim-b', 'sim-unpaid']) {
      const who = await shopper(app, name);
      joinedIds.push((await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: who.token, body: groupOrderBody(sku, who) })).body.order.id);
    }
    await markPaid(app, joinedIds[0]!);
    await markPaid(app, joinedIds[1]!);
    expect(await app.services.groupbuy.outcomes.expireDue(LATER())).toBe(1);
    expect(await groupRow(groupId)).toMatchObject({ status: 'succeeded', simulated: true });
    for (const id of [orderId, joinedIds[0]!, joinedIds[1]!]) expect((await orderRow(app, id)).status).toBe('awaiting_shipment');
    expect((await orderRow(app, joinedIds[2]!)).status).toBe('cancelled');
  });

  it("an unpaid joiner's seat is freed at their pay deadline, and someone else can take it", async () => {
    const sku = await groupbuySku(app, 6);
    const campaignId = await campaignFor(app, sku, { groupSize: 2 });
    const { orderId, groupId } = await startPaidGroup(sku, campaignId, 'seat-leader');
    await markPaid(app, orderId);
    const dawdler = await shopper(app, 'seat-dawdler');
    const joined = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: dawdler.token, body: groupOrderBody(sku, dawdler) });
    const rival = await shopper(app, 'seat-rival');
    expect((await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: rival.token, body: groupOrderBody(sku, rival) })).body.error.code).toBe('GROUP_FULL');

    const deadline = (await orderRow(app, joined.body.order.id)).payDeadline;
    expect(await app.services.orders.cancelIfExpired(joined.body.order.id, new Date(deadline.getTime() + 1000))).toBe(true);
    expect(await groupRow(groupId)).toMatchObject({ seatsTaken: 1, status: 'open' });
    const second = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: rival.token, body: groupOrderBody(sku, rival) });
    expect(second.status).toBe(201);
    await markPaid(app, second.body.order.id);
    expect((await groupRow(groupId)).status).toBe('succeeded');
  });

  it('enforces new-members-only and the per-member limit', async () => {
    const sku = await groupbuySku(app, 7);
    const campaignId = await campaignFor(app, sku, { groupSize: 3, newMembersOnly: true, perMemberLimit: 1 });
    const { leader, orderId, groupId } = await startPaidGroup(sku, campaignId, 'limit-leader');
    const second = await app.request('POST', '/api/v1/groupbuy/groups', { token: leader.token, body: { ...groupOrderBody(sku, leader), campaignId } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('GROUPBUY_LIMIT_REACHED');
    await markPaid(app, orderId);

    const regular = await shopper(app, 'limit-regular');
    const normalOrder = await app.request('POST', '/api/v1/orders', { token: regular.token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: regular.addressId } } });
    await markPaid(app, normalOrder.body.id);
    const refused = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: regular.token, body: groupOrderBody(sku, regular) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('GROUPBUY_NEW_MEMBERS_ONLY');

    const newcomer = await shopper(app, 'limit-newcomer');
    const body = groupOrderBody(sku, newcomer);
    const joined = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: newcomer.token, body, headers: { 'Idempotency-Key': 'join-once-1' } });
    expect(joined.status).toBe(201);
    const replay = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: newcomer.token, body, headers: { 'Idempotency-Key': 'join-once-1' } });
    expect(replay.status).toBe(200);
    expect(replay.body.order.id).toBe(joined.body.order.id);
    expect((await groupRow(groupId)).seatsTaken).toBe(2);

    const mine = await app.request('GET', '/api/v1/groupbuy/mine', { token: newcomer.token });
    expect(mine.body.items).toMatchObject([{ id: groupId, orderId: joined.body.order.id, isLeader: false, orderStatus: 'pending_payment' }]);
  });

  it('reports a campaign: groups started, succeeded, failed, success rate, GMV and new members', async () => {
    const sku = await groupbuySku(app, 8);
    const campaignId = await campaignFor(app, sku, { groupSize: 2 });
    const win = await startPaidGroup(sku, campaignId, 'stats-leader-1');
    await markPaid(app, win.orderId);
    const friend = await shopper(app, 'stats-friend');
    const joined = await app.request('POST', `/api/v1/groupbuy/groups/${win.groupId}/join`, { token: friend.token, body: groupOrderBody(sku, friend) });
    await markPaid(app, joined.body.order.id);
    const lose = await startPaidGroup(sku, campaignId, 'stats-leader-2');
    await markPaid(app, lose.orderId);
    await app.services.dataSource.manager.update(GroupbuyGroupEntity, { id: lose.groupId }, { status: 'failed' });

    const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    const stats = await app.request('GET', `/api/v1/admin/groupbuy-campaigns/${campaignId}/stats`, { token: marketer });
    const paid = (await orderRow(app, win.orderId)).payableTotal + (await orderRow(app, joined.body.order.id)).payableTotal;
    expect(stats.body).toMatchObject({ groupsStarted: 2, groupsSucceeded: 1, groupsFailed: 1, successRateBasisPoints: 5000, gmv: paid, newMembers: 3 });
  });

  it("shows marketers each campaign with its product and SKUs' list prices, and shoppers the running ones only", async () => {
    const sku = await groupbuySku(app, 9);
    const running = await campaignFor(app, sku, { name: '限时两人团' });
    const draft = await campaignFor(app, sku, { name: '未上线' }, false);
    const product = await app.request('GET', `/api/v1/products/${sku.productId}`);

    const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    const view = await app.request('GET', `/api/v1/admin/groupbuy-campaigns/${running}`, { token: marketer });
    expect(view.body).toMatchObject({ productTitle: product.body.title, skus: [{ skuId: sku.id, listPrice: sku.price, groupPrice: sku.price - 1000 }] });
    expect(view.body.skus[0].specText).toBe(Object.entries(sku.specValues).map(([name, value]) => `${name}:${value}`).join(' '));
    const listed = await app.request('GET', '/api/v1/admin/groupbuy-campaigns?status=draft', { token: marketer });
    expect(listed.body.items.map((c: { id: number }) => c.id)).toContain(draft);
    expect(listed.body.items.every((c: { status: string; productTitle: string }) => c.status === 'draft' && c.productTitle !== '')).toBe(true);

    const cards = (await app.request('GET', '/api/v1/groupbuy/campaigns?limit=50')).body.items as { campaignId: number }[];
    expect(cards.find((c) => c.campaignId === running)).toMatchObject({ name: '限时两人团', productId: sku.productId, productTitle: product.body.title, groupPrice: sku.price - 1000, listPrice: sku.price });
    expect(cards.map((c) => c.campaignId)).not.toContain(draft);
    await app.request('POST', `/api/v1/admin/groupbuy-campaigns/${running}/status`, { token: marketer, body: { status: 'paused' } });
    const afterPause = (await app.request('GET', '/api/v1/groupbuy/campaigns')).body.items as { campaignId: number }[];
    expect(afterPause.map((c) => c.campaignId)).not.toContain(running);
    expect((await app.request('GET', '/api/v1/groupbuy/campaigns?limit=0')).status).toBe(400);
  });
});
