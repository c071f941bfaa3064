import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { SkuEntity, type Sku } from '../../src/catalog/sku.entity.js';
import { campaignFor, groupOrderBody, groupbuySku, markPaid, orderRow, payForReal, shopper } from './groupbuy-fixtures.js';

const LATER = () => new Date(Date.now() + 2 * 3_600_000);

/** What a group view tells about the viewer and what is bought: the share page, 我的拼团 and its tabs, the order's group. */
describe('group views', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100], refundSettleDelayMs: 30 } });
  });
  afterAll(async () => app?.close());

  async function start(sku: Sku, campaignId: number, name: string) {
    const leader = await shopper(app, name);
    const started = await app.request('POST', '/api/v1/groupbuy/groups', { token: leader.token, body: { ...groupOrderBody(sku, leader), campaignId } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return { leader, orderId: started.body.order.id as number, groupId: started.body.group.id as number };
  }

  async function join(sku: Sku, groupId: number, name: string) {
    const who = await shopper(app, name);
    const joined = await app.request('POST', `/api/v1/groupbuy/groups/${groupId}/join`, { token: who.token, body: groupOrderBody(sku, who) });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    return { who, orderId: joined.body.order.id as number };
  }

  const view = (groupId: number, token?: string) => app.request('GET', `/api/v1/groupbuy/groups/${groupId}`, { token });

  it('shows the product and the cheapest group price against its list price, and each viewer their own seat only', async () => {
    const sku = await groupbuySku(app, 0);
    const manager = app.services.dataSource.manager;
    const sibling = (await manager.find(SkuEntity, { where: { productId: sku.productId }, order: { id: 'ASC' } })).find((s) => s.id !== sku.id && s.isActive && s.price > 200);
    if (!sibling) throw new Error('the demo product has a single SKU');
    const product = await manager.findOneByOrFail(ProductEntity, { id: sku.productId });
    const campaignId = await campaignFor(app, sku, {
      groupSize: 3,
      leaderDiscount: 50,
      skus: [
        { skuId: sku.id, groupPrice: sku.price - 1000, stockCap: 50 },
        { skuId: sibling.id, groupPrice: 100, stockCap: 50 },
      ],
    });
    const { leader, orderId, groupId } = await start(sku, campaignId, 'view-leader');

    // Nobody signed in: the group and what it buys, no seat.
    const anonymous = await view(groupId);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ id: groupId, status: 'pending', productId: sku.productId, productTitle: product.title, productImage: product.images[0] ?? null, groupPrice: 100, listPrice: sibling.price, mySeat: null });

    // The leader before paying: their seat waits for the payment.
    expect((await view(groupId, leader.token)).body.mySeat).toEqual({ orderId, orderStatus: 'pending_payment', isLeader: true, paid: false });
    await markPaid(app, orderId);
    expect((await view(groupId, leader.token)).body.mySeat).toEqual({ orderId, orderStatus: 'paid', isLeader: true, paid: true });

    const friend = await join(sku, groupId, 'view-friend');
    expect((await view(groupId, friend.who.token)).body.mySeat).toEqual({ orderId: friend.orderId, orderStatus: 'pending_payment', isLeader: false, paid: false });
    // Another member and a staff member see the group, but no seat of theirs.
    const stranger = await app.loginMember('view-stranger');
    expect((await view(groupId, stranger)).body).toMatchObject({ seatsTaken: 2, mySeat: null });
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    expect((await view(groupId, staff)).body.mySeat).toBeNull();

    // A seat given up (its order cancelled unpaid) is no seat: the member may join again.
    expect((await app.request('POST', `/api/v1/orders/${friend.orderId}/cancel`, { token: friend.who.token, body: {} })).status).toBe(200);
    expect((await view(groupId, friend.who.token)).body).toMatchObject({ seatsTaken: 1, mySeat: null });

    // The product facts travel with every group view: the product's open groups, the start answer, the order.
    const listed = await app.request('GET', `/api/v1/products/${sku.productId}/groupbuy`);
    expect(listed.body.openGroups).toMatchObject([{ id: groupId, productTitle: product.title, groupPrice: 100 }]);
    const order = await app.request('GET', `/api/v1/orders/${orderId}`, { token: leader.token });
    expect(order.body.group).toMatchObject({ id: groupId, status: 'open', statusLabel: '拼团中', productTitle: product.title, size: 3, paidCount: 1 });
    expect(order.body.group).not.toHaveProperty('mySeat');

    expect((await view(999_999)).status).toBe(404);
  });

  it('我的拼团 carries the line each member bought (the leader at the leader price)', async () => {
    const sku = await groupbuySku(app, 1);
    const campaignId = await campaignFor(app, sku, { groupSize: 2, leaderDiscount: 300 });
    const { leader, orderId, groupId } = await start(sku, campaignId, 'line-leader');
    await markPaid(app, orderId);
    const friend = await join(sku, groupId, 'line-friend');

    const mine = await app.request('GET', '/api/v1/groupbuy/mine', { token: leader.token });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: groupId, orderId, isLeader: true, orderStatus: 'paid', groupPrice: sku.price - 1000, listPrice: sku.price, line: expect.objectContaining({ skuId: sku.id, quantity: 1, unitPrice: sku.price - 1300, listPrice: sku.price }) }),
    ]);
    const friends = await app.request('GET', '/api/v1/groupbuy/mine', { token: friend.who.token });
    expect(friends.body.items[0]).toMatchObject({ orderId: friend.orderId, isLeader: false, line: { unitPrice: sku.price - 1000 } });
  });

  it('filters 我的拼团 by what became of the member: forming, succeeded, or not (failed, cancelled, seat given up)', async () => {
    const sku = await groupbuySku(app, 2);
    const me = await shopper(app, 'tabs-me');
    const campaign = () => campaignFor(app, sku, { groupSize: 2 });

    // Failed: I paid into a group that ran out of time, and was refunded.
    const failedGroup = await start(sku, await campaignFor(app, sku, { groupSize: 3 }), 'tabs-failed-leader');
    await payForReal(app, failedGroup.leader, failedGroup.orderId);
    const mineFailedJoin = await app.request('POST', `/api/v1/groupbuy/groups/${failedGroup.groupId}/join`, { token: me.token, body: groupOrderBody(sku, me) });
    await payForReal(app, me, mineFailedJoin.body.order.id);
    expect(await app.services.groupbuy.outcomes.expireDue(LATER())).toBeGreaterThanOrEqual(1);
    await eventually(() => orderRow(app, mineFailedJoin.body.order.id), (o) => o.status === 'refunded');

    // Cancelled: I started a group and never paid.
    const cancelledStart = await app.request('POST', '/api/v1/groupbuy/groups', { token: me.token, body: { ...groupOrderBody(sku, me), campaignId: await campaign() } });
    await app.request('POST', `/api/v1/orders/${cancelledStart.body.order.id}/cancel`, { token: me.token, body: {} });

    // Succeeded: I joined and paid the last seat.
    const wonGroup = await start(sku, await campaign(), 'tabs-won-leader');
    await markPaid(app, wonGroup.orderId);
    const won = await app.request('POST', `/api/v1/groupbuy/groups/${wonGroup.groupId}/join`, { token: me.token, body: groupOrderBody(sku, me) });
    await markPaid(app, won.body.order.id);

    // Forming: I paid into an open group, and hold an unpaid seat in another.
    const openCampaign = await campaign();
    const openGroup = await start(sku, openCampaign, 'tabs-open-leader');
    await markPaid(app, openGroup.orderId);
    const openJoin = await app.request('POST', '/api/v1/groupbuy/groups', { token: me.token, body: { ...groupOrderBody(sku, me), campaignId: openCampaign } });
    await markPaid(app, openJoin.body.order.id);
    const unpaidGroup = await start(sku, await campaign(), 'tabs-unpaid-leader');
    await markPaid(app, unpaidGroup.orderId);
    const unpaid = await app.request('POST', `/api/v1/groupbuy/groups/${unpaidGroup.groupId}/join`, { token: me.token, body: groupOrderBody(sku, me) });

    const tab = async (status?: string) => {
      const answer = await app.request('GET', `/api/v1/groupbuy/mine${status ? `?status=${status}` : ''}`, { token: me.token });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body.items.map((item: { orderId: number }) => item.orderId);
    };
    expect(await tab('open')).toEqual([unpaid.body.order.id, openJoin.body.order.id]);
    expect(await tab('succeeded')).toEqual([won.body.order.id]);
    expect(await tab('failed')).toEqual([cancelledStart.body.order.id, mineFailedJoin.body.order.id]);
    expect(await tab()).toHaveLength(5);

    // Pages of one tab follow each other without gaps.
    const first = await app.request('GET', '/api/v1/groupbuy/mine?status=failed&limit=1', { token: me.token });
    expect(first.body.items.map((i: { orderId: number }) => i.orderId)).toEqual([cancelledStart.body.order.id]);
    const second = await app.request('GET', `/api/v1/groupbuy/mine?status=failed&limit=1&cursor=${first.body.nextCursor}`, { token: me.token });
    expect(second.body).toMatchObject({ items: [{ orderId: mineFailedJoin.body.order.id, status: 'failed', orderStatus: 'refunded' }], nextCursor: null });

    const bad = await app.request('GET', '/api/v1/groupbuy/mine?status=pending', { token: me.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });
});
