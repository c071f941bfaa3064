import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, stockOf, warehouseOf } from '../support/fixtures.js';
import { PaymentEntity } from '../../src/payments/payment.entity.js';
import { PaymentEventEntity } from '../../src/payments/payment-event.entity.js';
import { PaymentAnomalyEntity } from '../../src/payments/payment-anomaly.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { unpaidOrderTimeoutJob } from '../../src/orders/unpaid-timeout.job.js';
import type { WechatTransaction } from '../../src/wechat/pay-client.js';

describe('reconciliation of a lost notification whose transaction cannot be applied', () => {
  let app: TestApp;
  let member: string;
  let admin: string;
  let addressId: number;
  let warehouseId: number;
  let skuIds: number[];
  let next = 0;

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    member = await app.loginMember('reconcile-anomaly-payer');
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    addressId = await addAddress(app, member);
    warehouseId = (await warehouseOf(app)).id;
    skuIds = (await skusWithStock(app, warehouseId, 10)).map((s) => s.id);
  });
  afterAll(async () => app?.close());
  afterEach(() => vi.restoreAllMocks());

  /** An order the buyer paid at WeChat whose notification never arrived. */
  async function paidButNotNotified(qty = 2): Promise<{ orderId: number; outTradeNo: string; amount: number; skuId: number }> {
    const skuId = skuIds[next++ % skuIds.length]!;
    const order = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId, qty }], fulfillment: { type: 'delivery', addressId } } });
    expect(order.status).toBe(201);
    const pay = await app.request('POST', `/api/v1/orders/${order.body.id}/pay`, { token: member, body: { method: 'native' } });
    expect(pay.status).toBe(200);
    await app.emulator!.pay(pay.body.outTradeNo, { delivery: 'never' });
    return { orderId: order.body.id, outTradeNo: pay.body.outTradeNo, amount: order.body.payableTotal, skuId };
  }

  /** WeChat's query answers for this out_trade_no go through `change`; every other one is untouched. */
  function queryAnswers(outTradeNo: string, change: (transaction: WechatTransaction) => WechatTransaction) {
    const client = app.services.wechatPay;
    const real = client.queryTransaction.bind(client);
    const spy = vi.spyOn(client, 'queryTransaction').mockImplementation(async (asked) => {
      const answer = await real(asked);
      return asked === outTradeNo && answer ? change(answer) : answer;
    });
    return { queriesOf: () => spy.mock.calls.filter(([asked]) => asked === outTradeNo).length };
  }

  const alertsAbout = (spy: { mock: { calls: unknown[][] } }, outTradeNo: string) =>
    spy.mock.calls.filter(([fields]) => (fields as { alert?: string; outTradeNo?: string }).alert === 'payment_anomaly' && (fields as { outTradeNo?: string }).outTradeNo === outTradeNo);
  const paymentOf = (outTradeNo: string) => app.services.dataSource.manager.findOneByOrFail(PaymentEntity, { outTradeNo });
  const orderStatus = async (orderId: number) => (await app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id: orderId })).status;
  const paidEvents = (orderId: number) => app.services.dataSource.manager.countBy(PaymentEventEntity, { orderId, kind: 'paid' });

  /** The order's pay time runs out, as if the timeout job ran long after it. */
  async function expire(orderId: number, outTradeNo: string): Promise<Date> {
    const past = new Date(Date.now() - 1000);
    await app.services.dataSource.manager.update(OrderEntity, { id: orderId }, { payDeadline: past });
    await app.services.dataSource.manager.update(PaymentEntity, { outTradeNo }, { expiresAt: past });
    return new Date();
  }

  it('a wrong amount in the query answer is one anomaly and one alert however many runs find it, is queried no more, never pays the order, and holds it until an admin marks it handled', async () => {
    const lost = await paidButNotNotified(2);
    const before = await stockOf(app, lost.skuId, warehouseId);
    const wechat = queryAnswers(lost.outTradeNo, (t) => ({ ...t, amount: { ...t.amount, total: lost.amount - 1 } }));
    const errors = vi.spyOn(app.services.logger, 'error');

    for (let run = 0; run < 4; run++) await app.services.payments.reconcile(new Date(), 0);

    const rows = await app.services.dataSource.manager.findBy(PaymentAnomalyEntity, { outTradeNo: lost.outTradeNo });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'amount_mismatch',
      dedupeKey: `reconcile:${lost.outTradeNo}:amount_mismatch`,
      notificationId: null,
      expected: String(lost.amount),
      received: String(lost.amount - 1),
      acknowledgedAt: null,
    });
    expect(JSON.parse(rows[0]!.summary)).toMatchObject({ source: 'reconcile', out_trade_no: lost.outTradeNo, trade_state: 'SUCCESS', amount: { total: lost.amount - 1 } });
    expect(rows[0]!.summary).not.toMatch(/openid/);
    expect(alertsAbout(errors, lost.outTradeNo)).toHaveLength(1);
    expect(alertsAbout(errors, lost.outTradeNo)[0]![0]).toMatchObject({ kind: 'amount_mismatch', orderId: lost.orderId, anomalyId: rows[0]!.id });
    // Out of the retry loop after the first run; never paid.
    expect(wechat.queriesOf()).toBe(1);
    expect((await paymentOf(lost.outTradeNo)).status).toBe('anomaly');
    expect(await paidEvents(lost.orderId)).toBe(0);
    expect(await app.services.dataSource.manager.countBy(PaymentEventEntity, { orderId: lost.orderId, kind: 'anomaly' })).toBe(1);

    // WeChat took the buyer's money: neither the timeout nor reconciliation cancels the order while nobody has looked.
    const now = await expire(lost.orderId, lost.outTradeNo);
    await app.services.payments.reconcile(now, 0);
    await unpaidOrderTimeoutJob.run(app.services, now);
    expect(await orderStatus(lost.orderId)).toBe('pending_payment');
    expect((await stockOf(app, lost.skuId, warehouseId)).reserved).toBe(before.reserved);
    expect(wechat.queriesOf()).toBe(1);
    const open = await app.request('GET', '/api/v1/admin/payments/anomalies?status=open&limit=100', { token: admin });
    expect(open.body.items).toContainEqual(expect.objectContaining({ id: rows[0]!.id, kind: 'amount_mismatch', outTradeNo: lost.outTradeNo }));

    // An admin settles the money with the buyer and marks it handled: the order then times out as any unpaid one.
    expect((await app.request('POST', `/api/v1/admin/payments/anomalies/${rows[0]!.id}/acknowledge`, { token: admin })).status).toBe(200);
    expect(await unpaidOrderTimeoutJob.run(app.services, new Date())).toBeGreaterThanOrEqual(1);
    expect(await orderStatus(lost.orderId)).toBe('cancelled');
    expect((await stockOf(app, lost.skuId, warehouseId)).reserved).toBe(before.reserved - 2);
    expect((await paymentOf(lost.outTradeNo)).status).toBe('anomaly');
    expect(await paidEvents(lost.orderId)).toBe(0);
    expect(alertsAbout(errors, lost.outTradeNo)).toHaveLength(1);
  });

  it('another merchant or app in the query answer, or a payment refunded outside the shop, is held the same way', async () => {
    const { mchid } = app.services.config.wechatPay;
    const cases: { kind: string; change: (t: WechatTransaction) => WechatTransaction; expected?: string; received: string }[] = [
      { kind: 'mchid_mismatch', change: (t: WechatTransaction) => ({ ...t, mchid: '1900000999' }), expected: mchid, received: '1900000999' },
      { kind: 'appid_mismatch', change: (t: WechatTransaction) => ({ ...t, appid: 'wx0000000000000000' }), received: 'wx0000000000000000' },
      { kind: 'unexpected_state', change: (t: WechatTransaction) => ({ ...t, trade_state: 'REFUND' }), expected: 'SUCCESS', received: 'REFUND' },
    ];
    for (const { kind, change, ...values } of cases) {
      const lost = await paidButNotNotified(1);
      const wechat = queryAnswers(lost.outTradeNo, change);
      const errors = vi.spyOn(app.services.logger, 'error');
      for (let run = 0; run < 3; run++) await app.services.payments.reconcile(new Date(), 0);
      const rows = await app.services.dataSource.manager.findBy(PaymentAnomalyEntity, { outTradeNo: lost.outTradeNo });
      expect(rows, kind).toEqual([expect.objectContaining({ kind, dedupeKey: `reconcile:${lost.outTradeNo}:${kind}`, ...values })]);
      expect(alertsAbout(errors, lost.outTradeNo), kind).toHaveLength(1);
      expect(wechat.queriesOf(), kind).toBe(1);
      expect((await paymentOf(lost.outTradeNo)).status, kind).toBe('anomaly');
      const now = await expire(lost.orderId, lost.outTradeNo);
      await unpaidOrderTimeoutJob.run(app.services, now);
      expect(await orderStatus(lost.orderId), kind).toBe('pending_payment');
      expect(await paidEvents(lost.orderId), kind).toBe(0);
      vi.restoreAllMocks();
    }
  });

  it('a genuine notification arriving late for a held payment is recorded, not applied', async () => {
    const lost = await paidButNotNotified(1);
    // WeChat's own SUCCESS for the transaction, as its delayed notification would carry it.
    const genuine = (await app.services.wechatPay.queryTransaction(lost.outTradeNo))!;
    expect(genuine).toMatchObject({ trade_state: 'SUCCESS', amount: { total: lost.amount } });
    queryAnswers(lost.outTradeNo, (t) => ({ ...t, trade_state: 'REFUND' }));
    await app.services.payments.reconcile(new Date(), 0);
    expect((await paymentOf(lost.outTradeNo)).status).toBe('anomaly');
    await expect(app.services.payments.applyPaidTransaction(genuine, 'notify')).rejects.toMatchObject({ name: 'PaymentAnomaly', facts: { kind: 'unexpected_state', outTradeNo: lost.outTradeNo } });
    expect(await orderStatus(lost.orderId)).toBe('pending_payment');
    expect(await paidEvents(lost.orderId)).toBe(0);
  });

  it('a lost notification with a correct answer still reconciles to paid', async () => {
    const lost = await paidButNotNotified(1);
    const wechat = queryAnswers(lost.outTradeNo, (t) => t);
    expect(await app.services.payments.reconcile(new Date(), 0)).toBeGreaterThanOrEqual(1);
    expect(wechat.queriesOf()).toBe(1);
    expect((await paymentOf(lost.outTradeNo)).status).toBe('paid');
    expect(await orderStatus(lost.orderId)).toBe('awaiting_shipment');
    expect(await paidEvents(lost.orderId)).toBe(1);
    expect(await app.services.dataSource.manager.countBy(PaymentAnomalyEntity, { outTradeNo: lost.outTradeNo })).toBe(0);
    // A paid payment is not queried again either.
    await app.services.payments.reconcile(new Date(), 0);
    expect(wechat.queriesOf()).toBe(1);
  });
});
