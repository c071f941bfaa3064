import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { CouponPushEntity } from '../../src/coupons/coupon-push.entity.js';
import { couponPushJob } from '../../src/coupons/coupon.jobs.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import { MemberGrowthEntity } from '../../src/membership/tiers/member-growth.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { DAY, member, tx } from '../membership/membership-fixtures.js';
import { activeTemplate, marketerToken } from './coupon-fixtures.js';

/** Each block has a database of its own, so "exactly these members" means exactly. */
async function segmentApp(options: Parameters<typeof startTestApp>[0] = {}): Promise<{ app: TestApp; marketer: string }> {
  const app = await startTestApp(options);
  return { app, marketer: await marketerToken(app) };
}

const pushTo = (app: TestApp, marketer: string, templateId: number, segment: unknown) =>
  app.request('POST', `/api/v1/admin/coupon-templates/${templateId}/pushes`, { token: marketer, body: { segment } });

/** Creates a template, pushes it to the segment and runs the push job; returns the push and who holds the coupon. */
async function pushAndRun(app: TestApp, marketer: string, segment: unknown): Promise<{ templateId: number; push: { id: number; total: number; segment: Record<string, unknown> }; holders: number[] }> {
  const templateId = await activeTemplate(app, marketer, { totalQuantity: 1000 });
  const created = await pushTo(app, marketer, templateId, segment);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await couponPushJob.run(app.services, new Date());
  const done = await app.request('GET', `/api/v1/admin/coupon-pushes/${created.body.id}`, { token: marketer });
  expect(done.body.status).toBe('done');
  return { templateId, push: done.body, holders: await holdersOf(app, templateId) };
}

async function holdersOf(app: TestApp, templateId: number): Promise<number[]> {
  const instances = await app.services.dataSource.manager.findBy(CouponInstanceEntity, { templateId });
  return instances.map((i) => i.memberId).sort((a, b) => a - b);
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** The job again, then a resume from the start (position lost): nobody gets a second coupon. */
async function expectIdempotent(app: TestApp, pushId: number, templateId: number, holders: number[]): Promise<void> {
  expect(await couponPushJob.run(app.services, new Date())).toBe(0);
  await app.services.dataSource.manager.update(CouponPushEntity, { id: pushId }, { status: 'running', afterMemberId: 0 });
  await couponPushJob.run(app.services, new Date());
  expect(await holdersOf(app, templateId)).toEqual(holders);
}

function expectBadSegment(res: { status: number; body: { error: { code: string; message: string; details: { path: string }[] } } }, path: string, message?: RegExp): void {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_FAILED');
  expect(res.body.error.details[0]!.path).toBe(path);
  if (message) expect(res.body.error.message).toMatch(message);
}

const growBy = (app: TestApp, memberId: number, paidFen: number) => tx(app.services, (m) => app.services.growth.addForPaidOrderWithin(m, memberId, paidFen));

describe('push segment: tier', () => {
  let app: TestApp;
  let marketer: string;
  const ids: Record<'plain' | 'low' | 'silver' | 'gold' | 'black' | 'orphan', number> = { plain: 0, low: 0, silver: 0, gold: 0, black: 0, orphan: 0 };

  beforeAll(async () => {
    ({ app, marketer } = await segmentApp());
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) ids[name] = (await member(app, `tier-${name}`)).memberId;
    // plain has no growth row at all: the lowest tier.
    await growBy(app, ids.low, 50_000);
    await growBy(app, ids.silver, 150_000);
    await growBy(app, ids.gold, 600_000);
    await growBy(app, ids.black, 2_500_000);
    // A growth row whose tier was deleted counts by its growth (6000: gold), as the tier lookup does.
    await growBy(app, ids.orphan, 50_000);
    await app.services.dataSource.manager.update(MemberGrowthEntity, { memberId: ids.orphan }, { tierCode: 'retired', growth: 6000 });
  });
  afterAll(async () => app?.close());

  it('reaches the members currently in the tiers, and only them; re-running issues nothing more', async () => {
    const gold = await pushAndRun(app, marketer, { kind: 'tier', tierCodes: ['gold'] });
    expect(gold.holders).toEqual(sorted([ids.gold, ids.orphan]));
    expect(gold.push).toMatchObject({ total: 2, issued: 2, segment: { kind: 'tier', tierCodes: ['gold'], withoutGrowthRow: false } });
    await expectIdempotent(app, gold.push.id, gold.templateId, gold.holders);

    // The lowest tier takes in members who have no growth row yet.
    const lower = await pushAndRun(app, marketer, { kind: 'tier', tierCodes: ['normal', 'silver'] });
    expect(lower.holders).toEqual(sorted([ids.plain, ids.low, ids.silver]));

    const top = await pushAndRun(app, marketer, { kind: 'tier', tierCodes: ['black_gold', 'black_gold'] });
    expect(top.holders).toEqual([ids.black]);
    expect(top.push.segment.tierCodes).toEqual(['black_gold']);
  });

  it('refuses unknown tier codes, an empty list and more than ten codes, and creates no push', async () => {
    const templateId = await activeTemplate(app, marketer);
    const before = await app.services.dataSource.manager.count(CouponPushEntity);
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'tier', tierCodes: ['gold', 'platinum'] }), 'segment.tierCodes', /Unknown tier code: platinum/);
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'tier', tierCodes: [] }), 'segment.tierCodes');
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'tier', tierCodes: Array.from({ length: 11 }, (_, i) => `t${i}`) }), 'segment.tierCodes');
    expect(await app.services.dataSource.manager.count(CouponPushEntity)).toBe(before);
  });
});

describe('push segment: bought_in_category', () => {
  let app: TestApp;
  let marketer: string;
  let inA: Sku;
  let inB: Sku;
  let categoryA: number;
  const ids: Record<'buyer' | 'mixed' | 'otherCategory' | 'unpaid' | 'cancelled' | 'longAgo' | 'never', number> = {
    buyer: 0,
    mixed: 0,
    otherCategory: 0,
    unpaid: 0,
    cancelled: 0,
    longAgo: 0,
    never: 0,
  };

  /** Places an order of one unit of each SKU; returns its id. */
  async function order(name: string, skus: Sku[], then: 'pay' | 'cancel' | 'leave'): Promise<number> {
    const { token, memberId } = await member(app, name);
    const addressId = await addAddress(app, token);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: skus.map((s) => ({ skuId: s.id, qty: 1 })), fulfillment: { type: 'delivery', addressId } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (then === 'pay') await tx(app.services, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    if (then === 'cancel') expect((await app.request('POST', `/api/v1/orders/${created.body.id}/cancel`, { token })).status).toBe(200);
    ids[name as keyof typeof ids] = memberId;
    return created.body.id as number;
  }

  beforeAll(async () => {
    ({ app, marketer } = await segmentApp());
    const skus = await skusWithStock(app, (await warehouseOf(app)).id, 20);
    const categoryOf = new Map((await app.services.dataSource.manager.find(ProductEntity)).map((p) => [p.id, p.categoryId]));
    inA = skus[0]!;
    categoryA = categoryOf.get(inA.productId)!;
    inB = skus.find((s) => categoryOf.get(s.productId) !== categoryA)!;
    await order('buyer', [inA], 'pay');
    await order('mixed', [inB, inA], 'pay');
    await order('otherCategory', [inB], 'pay');
    await order('unpaid', [inA], 'leave');
    await order('cancelled', [inA], 'cancel');
    const old = await order('longAgo', [inA], 'pay');
    await app.services.dataSource.manager.update(OrderEntity, { id: old }, { createdAt: new Date(Date.now() - 40 * DAY) });
    ids.never = (await member(app, 'never')).memberId;
  });
  afterAll(async () => app?.close());

  it('reaches members with a paid order holding a product of the category, optionally within the last days', async () => {
    const ever = await pushAndRun(app, marketer, { kind: 'bought_in_category', categoryId: categoryA });
    expect(ever.holders).toEqual(sorted([ids.buyer, ids.mixed, ids.longAgo]));
    expect(ever.push).toMatchObject({ total: 3, segment: { kind: 'bought_in_category', categoryId: categoryA } });
    await expectIdempotent(app, ever.push.id, ever.templateId, ever.holders);

    const recent = await pushAndRun(app, marketer, { kind: 'bought_in_category', categoryId: categoryA, withinDays: 30 });
    expect(recent.holders).toEqual(sorted([ids.buyer, ids.mixed]));
    expect(Date.parse(String(recent.push.segment.since))).toBeGreaterThan(Date.now() - 30 * DAY - 60_000);
  });

  it('refuses an unknown category and a bad window', async () => {
    const templateId = await activeTemplate(app, marketer);
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'bought_in_category', categoryId: 999_999 }), 'segment.categoryId', /Unknown category: 999999/);
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'bought_in_category', categoryId: categoryA, withinDays: 0 }), 'segment.withinDays');
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'bought_in_category' }), 'segment.categoryId');
  });
});

describe('push segment: inactive_days', () => {
  let app: TestApp;
  let marketer: string;
  const ids: Record<'dormant' | 'recentOrder' | 'oldOrder' | 'newcomer', number> = { dormant: 0, recentOrder: 0, oldOrder: 0, newcomer: 0 };

  beforeAll(async () => {
    ({ app, marketer } = await segmentApp());
    const sku = (await skusWithStock(app, (await warehouseOf(app)).id, 5))[0]!;
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      const { token, memberId } = await member(app, name);
      ids[name] = memberId;
      if (name === 'recentOrder' || name === 'oldOrder') {
        // Any order counts as activity, paid or not.
        const addressId = await addAddress(app, token);
        const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });
        expect(created.status).toBe(201);
        await app.services.dataSource.manager.update(OrderEntity, { id: created.body.id }, { createdAt: new Date(Date.now() - (name === 'oldOrder' ? 40 : 10) * DAY) });
      }
    }
    const joinedLongAgo = [ids.dormant, ids.recentOrder, ids.oldOrder];
    await app.services.dataSource.manager.update(MemberEntity, { id: In(joinedLongAgo) }, { createdAt: new Date(Date.now() - 100 * DAY) });
    await app.services.dataSource.manager.update(MemberEntity, { id: ids.newcomer }, { createdAt: new Date(Date.now() - 10 * DAY) });
  });
  afterAll(async () => app?.close());

  it('reaches members who joined at least that long ago and ordered nothing since', async () => {
    const pushed = await pushAndRun(app, marketer, { kind: 'inactive_days', days: 30 });
    expect(pushed.holders).toEqual(sorted([ids.dormant, ids.oldOrder]));
    const cutoff = Date.parse(String(pushed.push.segment.cutoff));
    expect(Math.abs(cutoff - (Date.now() - 30 * DAY))).toBeLessThan(60_000);
    await expectIdempotent(app, pushed.push.id, pushed.templateId, pushed.holders);

    // A shorter window: the 10-day-old order is now outside it, the newcomer joined long enough ago.
    const shorter = await pushAndRun(app, marketer, { kind: 'inactive_days', days: 5 });
    expect(shorter.holders).toEqual(sorted([ids.dormant, ids.recentOrder, ids.oldOrder, ids.newcomer]));
  });

  it('refuses a window outside 1..3650 days', async () => {
    const templateId = await activeTemplate(app, marketer);
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'inactive_days', days: 0 }), 'segment.days');
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'inactive_days', days: 3651 }), 'segment.days');
    expectBadSegment(await pushTo(app, marketer, templateId, { kind: 'sleeping', days: 30 }), 'segment.kind');
  });
});

describe('done when: a 满199减30 category coupon pushed to gold members is used at checkout', () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    ({ app, marketer } = await segmentApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100] } }));
  });
  afterAll(async () => app?.close());

  it('pushes to gold members only; the gold member previews it as the best coupon, pays, and the stats show it used', async () => {
    const skus = await skusWithStock(app, (await warehouseOf(app)).id, 30);
    const sku = skus.find((s) => s.price >= 5000 && s.price < 19900 && s.memberPrice === null)!;
    const categoryId = (await app.services.dataSource.manager.findOneByOrFail(ProductEntity, { id: sku.productId })).categoryId;
    const templateId = await activeTemplate(app, marketer, { name: '满199减30', value: 3000, threshold: 19900, scope: { kind: 'categories', ids: [categoryId] } });
    const smaller = await activeTemplate(app, marketer, { name: '满99减10', value: 1000, threshold: 9900 });

    const gold = await member(app, 'done-gold');
    await growBy(app, gold.memberId, 600_000);
    const plain = await member(app, 'done-plain');

    const pushed = await pushTo(app, marketer, templateId, { kind: 'tier', tierCodes: ['gold'] });
    expect(pushed.status).toBe(201);
    await couponPushJob.run(app.services, new Date());
    expect(await holdersOf(app, templateId)).toEqual([gold.memberId]);
    const mine = await app.request('GET', '/api/v1/coupons/mine?status=usable', { token: gold.token });
    const couponId = mine.body.items.find((c: { templateId: number }) => c.templateId === templateId).id as number;
    expect((await app.request('GET', '/api/v1/coupons/mine?status=usable', { token: plain.token })).body.items).toEqual([]);
    // A smaller coupon in hand too, so "best" is a choice.
    expect((await app.request('POST', '/api/v1/coupons/claim', { token: gold.token, body: { templateId: smaller } })).status).toBe(201);

    const addressId = await addAddress(app, gold.token);
    // Enough that the goods still reach ¥199 after the gold tier's 5% off.
    const qty = Math.ceil(21_000 / sku.price);
    const body = { lines: [{ skuId: sku.id, qty }], fulfillment: { type: 'delivery', addressId } };
    const preview = await app.request('POST', '/api/v1/orders/preview', { token: gold.token, body });
    expect(preview.status).toBe(200);
    expect(preview.body.tier).toMatchObject({ code: 'gold' });
    expect(preview.body.appliedCoupons).toEqual([couponId]);
    expect(preview.body.couponReport.find((r: { couponId: number }) => r.couponId === couponId)).toMatchObject({ applicable: true, selected: true, discount: 3000 });

    const created = await app.request('POST', '/api/v1/orders', { token: gold.token, body });
    expect(created.status).toBe(201);
    expect(created.body.payableTotal).toBe(preview.body.payableTotal);
    const pay = await app.request('POST', `/api/v1/orders/${created.body.id}/pay`, { token: gold.token, body: { method: 'jsapi' } });
    expect(pay.status).toBe(200);
    await app.emulator!.pay(pay.body.outTradeNo);
    let status = 'pending_payment';
    for (let tries = 0; status === 'pending_payment' && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = (await app.request('GET', `/api/v1/orders/${created.body.id}`, { token: gold.token })).body.status;
    }
    expect(status).toBe('awaiting_shipment');

    const used = await app.request('GET', '/api/v1/coupons/mine?status=used', { token: gold.token });
    expect(used.body.items.map((c: { id: number }) => c.id)).toEqual([couponId]);
    const stats = await app.request('GET', `/api/v1/admin/coupon-templates/${templateId}/stats`, { token: marketer });
    expect(stats.body).toMatchObject({ issued: 1, claimedBySource: { push: 1 }, used: 1, usageRate: 1, discountGiven: 3000, gmv: created.body.payableTotal });
  });
});
