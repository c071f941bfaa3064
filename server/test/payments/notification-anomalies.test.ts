import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { devFixturePaths, DEV_PLATFORM_PUBLIC_KEY_ID } from '../../src/wechat/dev-credentials.js';
import { encryptResource, signResponseHeaders } from '../../src/wechat/pay-protocol.js';
import { PaymentAnomalyEntity } from '../../src/payments/payment-anomaly.entity.js';
import { PaymentEventEntity } from '../../src/payments/payment-event.entity.js';
import { PaymentEntity } from '../../src/payments/payment.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { unpaidOrderTimeoutJob } from '../../src/orders/unpaid-timeout.job.js';

const platformKey = readFileSync(devFixturePaths.platformPrivateKey, 'utf8');
const TRANSACTION_NOTIFY = '/api/v1/payments/wechat/notify';
const REFUND_NOTIFY = '/api/v1/payments/wechat/refund-notify';

describe('WeChat Pay notifications that are genuine but cannot be applied', () => {
  let app: TestApp;
  let member: string;
  let admin: string;
  let adminId: number;
  let addressId: number;
  let skuIds: number[];
  let next = 0;
  let sequence = 0;

  beforeAll(async () => {
    // The emulator takes the prepays; the notifications are forged here, signed with the platform key.
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50] } });
    member = await app.loginMember('anomaly-payer');
    const login = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'admin', password: DEMO_PASSWORDS.admin } });
    admin = login.body.token;
    adminId = login.body.staff.id;
    addressId = await addAddress(app, member);
    skuIds = (await skusWithStock(app, (await warehouseOf(app)).id, 5)).map((s) => s.id);
  });
  afterAll(async () => app?.close());
  afterEach(() => vi.restoreAllMocks());

  /** An order with a Native payment waiting at WeChat: its out_trade_no and the amount it is for. */
  async function pendingPayment(): Promise<{ orderId: number; outTradeNo: string; amount: number }> {
    const order = await app.request('POST', '/api/v1/orders', { token: member, body: { lines: [{ skuId: skuIds[next++ % skuIds.length], qty: 1 }], fulfillment: { type: 'delivery', addressId } } });
    expect(order.status).toBe(201);
    const pay = await app.request('POST', `/api/v1/orders/${order.body.id}/pay`, { token: member, body: { method: 'native' } });
    expect(pay.status).toBe(200);
    return { orderId: order.body.id, outTradeNo: pay.body.outTradeNo, amount: order.body.payableTotal };
  }

  /** A notification as WeChat sends it: the resource JSON encrypted under our APIv3 key, the body signed with the platform key. */
  function signedNotification(resourceJson: string, associatedData: 'transaction' | 'refund' = 'transaction', id = `evt-anomaly-${++sequence}`) {
    const { apiV3Key } = app.services.config.wechatPay;
    const body = JSON.stringify({
      id,
      create_time: new Date().toISOString(),
      resource_type: 'encrypt-resource',
      event_type: associatedData === 'transaction' ? 'TRANSACTION.SUCCESS' : 'REFUND.SUCCESS',
      summary: '支付成功',
      resource: encryptResource(resourceJson, apiV3Key, associatedData, associatedData),
    });
    return { id, body };
  }

  async function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    const response = await fetch(app.baseUrl + path, { method: 'POST', headers: { ...signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey), ...headers }, body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
  }

  function transaction(outTradeNo: string, total: number, overrides: Record<string, unknown> = {}) {
    const { appid, mchid } = app.services.config.wechatPay;
    return {
      appid,
      mchid,
      out_trade_no: outTradeNo,
      transaction_id: `4200${Date.now()}${++sequence}`,
      trade_type: 'NATIVE',
      trade_state: 'SUCCESS',
      success_time: new Date().toISOString(),
      payer: { openid: 'o_personal_openid_never_stored' },
      amount: { total, payer_total: total, currency: 'CNY' },
      ...overrides,
    };
  }

  const anomaliesOf = (where: Record<string, unknown>) => app.services.dataSource.manager.findBy(PaymentAnomalyEntity, where);
  const orderStatus = async (orderId: number) => (await app.request('GET', `/api/v1/orders/${orderId}`, { token: member })).body.status;
  const paymentStatus = async (outTradeNo: string) => (await app.services.dataSource.manager.findOneByOrFail(PaymentEntity, { outTradeNo })).status;
  const alertsAbout = (spy: { mock: { calls: unknown[][] } }, outTradeNo: string) =>
    spy.mock.calls.filter(([fields]) => (fields as { alert?: string }).alert === 'payment_anomaly' && (fields as { outTradeNo?: string }).outTradeNo === outTradeNo);

  it('a wrong amount is acknowledged, never applied, recorded once however often WeChat retries it, and alerted', async () => {
    const payment = await pendingPayment();
    const alerts = vi.spyOn(app.services.logger, 'error');
    const notice = signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount - 1)));
    for (let attempt = 0; attempt < 3; attempt++) expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);

    expect(await orderStatus(payment.orderId)).toBe('pending_payment');
    expect(await app.services.dataSource.manager.countBy(PaymentEventEntity, { orderId: payment.orderId, kind: 'paid' })).toBe(0);
    const rows = await anomaliesOf({ outTradeNo: payment.outTradeNo });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'amount_mismatch', notificationId: notice.id, expected: String(payment.amount), received: String(payment.amount - 1), acknowledgedAt: null, acknowledgedBy: null });
    // What is kept explains the money, and holds nothing about the payer.
    expect(JSON.parse(rows[0]!.summary)).toMatchObject({ out_trade_no: payment.outTradeNo, trade_state: 'SUCCESS', amount: { total: payment.amount - 1 } });
    expect(rows[0]!.summary).not.toContain('o_personal_openid_never_stored');
    const alerted = alerts.mock.calls.filter(([fields]) => (fields as { alert?: string }).alert === 'payment_anomaly');
    expect(alerted).toHaveLength(1);
    expect(alerted[0]![0]).toMatchObject({ kind: 'amount_mismatch', outTradeNo: payment.outTradeNo });
  });

  it('records another merchant, another app and an order we never created, each as its own kind', async () => {
    const payment = await pendingPayment();
    const cases = [
      { kind: 'mchid_mismatch', resource: transaction(payment.outTradeNo, payment.amount, { mchid: '1900000999' }), received: '1900000999' },
      { kind: 'appid_mismatch', resource: transaction(payment.outTradeNo, payment.amount, { appid: 'wx0000000000000000' }), received: 'wx0000000000000000' },
      { kind: 'unknown_order', resource: transaction('NOSUCHORDER0001', 100), received: 'NOSUCHORDER0001' },
      { kind: 'unexpected_state', resource: transaction(payment.outTradeNo, payment.amount, { trade_state: 'PAYERROR' }), received: 'PAYERROR' },
    ];
    for (const { kind, resource, received } of cases) {
      const notice = signedNotification(JSON.stringify(resource));
      expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);
      expect(await anomaliesOf({ notificationId: notice.id })).toEqual([expect.objectContaining({ kind, received })]);
    }
    expect(await orderStatus(payment.orderId)).toBe('pending_payment');
    // None of these says our merchant took this payment's money: reconciliation still asks WeChat about it.
    expect(await paymentStatus(payment.outTradeNo)).toBe('pending');
  });

  it('a wrong amount holds the payment: reconciliation queries it no more, a later SUCCESS is recorded not applied, and the order waits for an admin', async () => {
    const payment = await pendingPayment();
    const notice = signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount - 1)));
    expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);
    expect(await paymentStatus(payment.outTradeNo)).toBe('anomaly');

    const queries = vi.spyOn(app.services.wechatPay, 'queryTransaction');
    const past = new Date(Date.now() - 1000);
    await app.services.dataSource.manager.update(OrderEntity, { id: payment.orderId }, { payDeadline: past });
    await app.services.dataSource.manager.update(PaymentEntity, { outTradeNo: payment.outTradeNo }, { expiresAt: past });
    for (let run = 0; run < 3; run++) await app.services.payments.reconcile(new Date(), 0);
    await unpaidOrderTimeoutJob.run(app.services, new Date());
    expect(queries.mock.calls.filter(([asked]) => asked === payment.outTradeNo)).toHaveLength(0);
    expect(await anomaliesOf({ outTradeNo: payment.outTradeNo })).toHaveLength(1);
    expect(await orderStatus(payment.orderId)).toBe('pending_payment');

    // A matching SUCCESS for a held payment never pays it: it is one more anomaly for the admin.
    const matching = signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount)));
    expect((await post(TRANSACTION_NOTIFY, matching.body)).status).toBe(204);
    expect(await anomaliesOf({ notificationId: matching.id })).toEqual([expect.objectContaining({ kind: 'unexpected_state', outTradeNo: payment.outTradeNo, received: 'SUCCESS' })]);
    expect(await app.services.dataSource.manager.countBy(PaymentEventEntity, { orderId: payment.orderId, kind: 'paid' })).toBe(0);
    expect(await orderStatus(payment.orderId)).toBe('pending_payment');

    // Once every anomaly of the payment is marked handled, the unpaid order times out as usual.
    const rows = await anomaliesOf({ outTradeNo: payment.outTradeNo });
    expect((await app.request('POST', `/api/v1/admin/payments/anomalies/${rows[0]!.id}/acknowledge`, { token: admin })).status).toBe(200);
    await unpaidOrderTimeoutJob.run(app.services, new Date());
    expect(await orderStatus(payment.orderId)).toBe('pending_payment');
    expect((await app.request('POST', `/api/v1/admin/payments/anomalies/${rows[1]!.id}/acknowledge`, { token: admin })).status).toBe(200);
    await unpaidOrderTimeoutJob.run(app.services, new Date());
    expect(await orderStatus(payment.orderId)).toBe('cancelled');
    expect(await paymentStatus(payment.outTradeNo)).toBe('anomaly');
  });

  it('asks WeChat to retry when the payment cannot be held yet; the retry holds it, with still one row and one alert', async () => {
    const payment = await pendingPayment();
    const alerts = vi.spyOn(app.services.logger, 'error');
    vi.spyOn(app.services.payments, 'holdAfterNotifiedAnomaly').mockRejectedValueOnce(new Error('database unavailable'));
    const notice = signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount + 3)));
    const first = await post(TRANSACTION_NOTIFY, notice.body);
    expect(first.status).toBe(500);
    expect(first.body).toMatchObject({ code: 'FAIL' });
    expect(await paymentStatus(payment.outTradeNo)).toBe('pending');
    expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);
    expect(await paymentStatus(payment.outTradeNo)).toBe('anomaly');
    expect(await anomaliesOf({ outTradeNo: payment.outTradeNo })).toHaveLength(1);
    expect(alertsAbout(alerts, payment.outTradeNo)).toHaveLength(1);
  });

  it('a signed resource that is null, a list or not an object is a recorded anomaly answered 204, not a 500', async () => {
    for (const [path, associatedData] of [
      [TRANSACTION_NOTIFY, 'transaction'],
      [REFUND_NOTIFY, 'refund'],
    ] as const) {
      for (const [plaintext, received] of [
        ['null', 'null'],
        ['[]', 'an array'],
        ['"paid"', 'string'],
        ['42', 'number'],
        ['{not json', 'not JSON'],
      ]) {
        const notice = signedNotification(plaintext!, associatedData);
        const res = await post(path, notice.body);
        expect(res.status, `${path} ${plaintext}`).toBe(204);
        expect(await anomaliesOf({ notificationId: notice.id })).toEqual([expect.objectContaining({ kind: 'malformed_resource', received, outTradeNo: null })]);
      }
    }
    // An object without the fields we match on is never matched to some payment by accident.
    const empty = signedNotification('{}');
    expect((await post(TRANSACTION_NOTIFY, empty.body)).status).toBe(204);
    expect(await anomaliesOf({ notificationId: empty.id })).toHaveLength(1);
  });

  it('a refund notification for another merchant, an unknown refund or a different amount is recorded, not applied', async () => {
    const { mchid } = app.services.config.wechatPay;
    const refund = (fields: Record<string, unknown>) => ({ mchid, out_trade_no: 'T1', transaction_id: '4200x', out_refund_no: 'NOSUCHREFUND01', refund_id: '5030x', refund_status: 'SUCCESS', amount: { total: 100, refund: 100 }, user_received_account: '招商银行信用卡0403', ...fields });
    const other = signedNotification(JSON.stringify(refund({ mchid: '1900000999' })), 'refund');
    expect((await post(REFUND_NOTIFY, other.body)).status).toBe(204);
    const unknown = signedNotification(JSON.stringify(refund({})), 'refund');
    expect((await post(REFUND_NOTIFY, unknown.body)).status).toBe(204);
    expect(await anomaliesOf({ notificationId: other.id })).toEqual([expect.objectContaining({ kind: 'mchid_mismatch', outRefundNo: 'NOSUCHREFUND01', received: '1900000999' })]);
    const [unknownRow] = await anomaliesOf({ notificationId: unknown.id });
    expect(unknownRow).toMatchObject({ kind: 'unknown_refund', outRefundNo: 'NOSUCHREFUND01' });
    expect(unknownRow!.summary).not.toContain('招商银行');
  });

  it('asks WeChat to retry when the anomaly cannot be recorded, so none is lost', async () => {
    const payment = await pendingPayment();
    vi.spyOn(app.services.paymentAnomalies, 'record').mockRejectedValueOnce(new Error('database unavailable'));
    const notice = signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount + 5)));
    const first = await post(TRANSACTION_NOTIFY, notice.body);
    expect(first.status).toBe(500);
    expect(first.body).toMatchObject({ code: 'FAIL' });
    expect(await anomaliesOf({ notificationId: notice.id })).toHaveLength(0);
    expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);
    expect(await anomaliesOf({ notificationId: notice.id })).toHaveLength(1);
  });

  it("answers a body that is not JSON, of another content type or too large in WeChat's FAIL shape", async () => {
    for (const path of [TRANSACTION_NOTIFY, REFUND_NOTIFY]) {
      const notJson = await post(path, '{"id": "evt", resource', { 'content-type': 'application/json' });
      expect(notJson.status).toBe(400);
      expect(notJson.body).toEqual({ code: 'FAIL', message: expect.any(String) });
      const form = await post(path, 'id=evt&resource=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      expect(form.body).toEqual({ code: 'FAIL', message: expect.any(String) });
      const large = await post(path, JSON.stringify({ id: 'evt-large', padding: 'x'.repeat(1_100_000) }));
      expect(large.status).toBe(413);
      expect(large.body).toEqual({ code: 'FAIL', message: expect.any(String) });
      const badAuthorization = await post(path, '{}', { 'content-type': 'application/json', authorization: 'Basic abc' });
      expect(badAuthorization.body).toMatchObject({ code: 'FAIL' });
    }
    // Every other route keeps the API's own error shape.
    const ordinary = await app.request('POST', '/api/v1/auth/wechat', { rawBody: '{not json' });
    expect(ordinary.body).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
  });

  describe('the admin list', () => {
    const list = (token: string | undefined, query = '') => app.request('GET', `/api/v1/admin/payments/anomalies${query}`, { token });

    it('is for admins only', async () => {
      expect((await list(undefined)).status).toBe(401);
      expect((await list(member)).status).toBe(403);
      expect((await list(await app.loginStaff('marketer', DEMO_PASSWORDS.marketer))).status).toBe(403);
      expect((await list(await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff))).status).toBe(403);
      const manager = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
      expect((await app.request('POST', '/api/v1/admin/payments/anomalies/1/acknowledge', { token: manager })).status).toBe(403);
    });

    it('pages newest first by cursor, and an admin marks one handled (once; the first name stays)', async () => {
      const payment = await pendingPayment();
      const notices = [signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount + 1))), signedNotification(JSON.stringify(transaction(payment.outTradeNo, payment.amount + 2)))];
      for (const notice of notices) expect((await post(TRANSACTION_NOTIFY, notice.body)).status).toBe(204);

      const first = await list(admin, '?limit=1');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.items[0]).toMatchObject({ kind: 'amount_mismatch', outTradeNo: payment.outTradeNo, expected: String(payment.amount), received: String(payment.amount + 2), acknowledgedAt: null });
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await list(admin, `?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items[0]).toMatchObject({ received: String(payment.amount + 1) });
      expect(second.body.items[0].id).toBeLessThan(first.body.items[0].id);

      const id: number = first.body.items[0].id;
      const marked = await app.request('POST', `/api/v1/admin/payments/anomalies/${id}/acknowledge`, { token: admin });
      expect(marked.status).toBe(200);
      expect(marked.body).toMatchObject({ id, acknowledgedBy: `staff:${adminId}`, acknowledgedAt: expect.any(String) });
      const again = await app.request('POST', `/api/v1/admin/payments/anomalies/${id}/acknowledge`, { token: admin });
      expect(again.body.acknowledgedAt).toBe(marked.body.acknowledgedAt);

      const open = await list(admin, '?status=open&limit=100');
      expect(open.body.items.map((a: { id: number }) => a.id)).not.toContain(id);
      expect(open.body.items.map((a: { id: number }) => a.id)).toContain(second.body.items[0].id);
      const handled = await list(admin, '?status=acknowledged');
      expect(handled.body.items.map((a: { id: number }) => a.id)).toContain(id);
      expect((await app.request('POST', '/api/v1/admin/payments/anomalies/999999/acknowledge', { token: admin })).status).toBe(404);
      expect((await list(admin, '?status=everything')).status).toBe(400);
    });
  });
});
