import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { addAddress, skusWithStock, stockOf, warehouseOf } from '../support/fixtures.js';
import { devFixturePaths, DEV_PLATFORM_PUBLIC_KEY_ID } from '../../src/wechat/dev-credentials.js';
import { encryptResource, signResponseHeaders, verifySha256Rsa } from '../../src/wechat/pay-protocol.js';
import { PaymentEntity } from '../../src/payments/payment.entity.js';
import { PaymentEventEntity } from '../../src/payments/payment-event.entity.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { cashierLinkToken } from '../../emulator/control-token.js';

const platformKey = readFileSync(devFixturePaths.platformPrivateKey, 'utf8');
const merchantCert = readFileSync(devFixturePaths.merchantCertificate, 'utf8');

describe('WeChat Pay end to end (local emulator)', () => {
  let app: TestApp;
  let token: string;
  let addressId: number;
  let warehouseId: number;
  let skus: Sku[];
  let next = 0;

  beforeAll(async () => {
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50, 50, 100], refundSettleDelayMs: 30 } });
    token = await app.loginMember('payer');
    addressId = await addAddress(app, token);
    warehouseId = (await warehouseOf(app)).id;
    skus = await skusWithStock(app, warehouseId, 10);
  });
  afterAll(async () => app?.close());

  async function placeOrder(qty = 2): Promise<{ id: number; payableTotal: number; skuId: number }> {
    const sku = skus[next++ % skus.length]!;
    const res = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty }], fulfillment: { type: 'delivery', addressId } } });
    expect(res.status).toBe(201);
    return { id: res.body.id, payableTotal: res.body.payableTotal, skuId: sku.id };
  }

  const orderOf = (id: number): Promise<any> => app.request('GET', `/api/v1/orders/${id}`, { token }).then((r) => r.body);
  const paid = (order: { status: string }): boolean => order.status !== 'pending_payment';

  it('JSAPI: signed wx.requestPayment parameters; paying in WeChat makes the order paid and commits stock', async () => {
    const order = await placeOrder(2);
    const before = await stockOf(app, order.skuId, warehouseId);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'jsapi' } });
    expect(pay.status).toBe(200);
    const { appId, timeStamp, nonceStr, package: pkg, signType, paySign } = pay.body.params;
    expect(signType).toBe('RSA');
    expect(pkg).toMatch(/^prepay_id=/);
    expect(verifySha256Rsa(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`, paySign, merchantCert)).toBe(true);

    const again = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'jsapi' } });
    expect(again.body.params.package).toBe(pkg);
    expect(app.emulator!.transaction(pay.body.outTradeNo)).toMatchObject({ total: order.payableTotal });

    await app.emulator!.pay(pay.body.outTradeNo);
    const detail = await eventually(() => orderOf(order.id), paid);
    expect(detail.status).toBe('awaiting_shipment');
    expect((detail as any).payments).toMatchObject([{ method: 'jsapi', status: 'paid', amount: order.payableTotal }]);
    const after = await stockOf(app, order.skuId, warehouseId);
    expect(after).toMatchObject({ onHand: before.onHand - 2, reserved: before.reserved - 2 });
  });

  it('Native: a code_url for the tablet, paid by scanning', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    expect(pay.body.codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    // In emulator mode a browser opens the emulator's cashier page in place of scanning the QR.
    // The link carries this transaction's link token, not the emulator's control token.
    const linkToken = cashierLinkToken(app.emulator!.controlToken, pay.body.outTradeNo);
    expect(pay.body.cashierUrl).toBe(`${app.emulator!.url}/cashier?code_url=${encodeURIComponent(pay.body.codeUrl)}&token=${linkToken}`);
    expect(pay.body.cashierUrl).not.toContain(app.emulator!.controlToken);
    expect((await fetch(pay.body.cashierUrl)).status).toBe(200);
    expect((await fetch(`${app.emulator!.url}/_emulator/prepays?token=${linkToken}`)).status).toBe(401);
    await app.emulator!.pay(pay.body.outTradeNo);
    expect((await eventually(() => orderOf(order.id), paid)).status).toBe('awaiting_shipment');
  });

  it("puts the cashier's LAN address in the tablet's link when WECHAT_EMULATOR_PUBLIC_URL says where phones reach it", async () => {
    const { wechatPay } = app.services.config;
    wechatPay.cashierBaseUrl = 'http://192.168.1.20:3100';
    try {
      const order = await placeOrder(1);
      const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
      expect(pay.body.cashierUrl).toBe(`http://192.168.1.20:3100/cashier?code_url=${encodeURIComponent(pay.body.codeUrl)}&token=${cashierLinkToken(app.emulator!.controlToken, pay.body.outTradeNo)}`);
    } finally {
      wechatPay.cashierBaseUrl = null;
    }
  });

  it('applies the same notification sent ten times at once exactly once', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    const outTradeNo: string = pay.body.outTradeNo;
    const { wechatPay } = app.services.config;
    const transaction = { appid: wechatPay.appid, mchid: wechatPay.mchid, out_trade_no: outTradeNo, transaction_id: `4200${Date.now()}`, trade_type: 'NATIVE', trade_state: 'SUCCESS', success_time: new Date().toISOString(), payer: { openid: 'o_x' }, amount: { total: order.payableTotal, payer_total: order.payableTotal, currency: 'CNY' } };
    const body = JSON.stringify({ id: 'evt-1', create_time: new Date().toISOString(), resource_type: 'encrypt-resource', event_type: 'TRANSACTION.SUCCESS', summary: '支付成功', resource: encryptResource(JSON.stringify(transaction), wechatPay.apiV3Key, 'transaction', 'transaction') });
    const headers = { ...signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey), 'content-type': 'application/json' };
    const replies = await Promise.all(Array.from({ length: 10 }, () => fetch(`${app.baseUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers, body })));
    expect(replies.map((r) => r.status)).toEqual(new Array(10).fill(204));
    const { manager } = app.services.dataSource;
    expect(await manager.countBy(PaymentEventEntity, { orderId: order.id, kind: 'paid' })).toBe(1);
    const events = (await orderOf(order.id)).events.map((e: { toStatus: string }) => e.toStatus);
    expect(events).toEqual(['pending_payment', 'paid', 'awaiting_shipment']);
  });

  it('refuses forged notifications and changes nothing', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    const { wechatPay } = app.services.config;
    const transaction = { appid: wechatPay.appid, mchid: wechatPay.mchid, out_trade_no: pay.body.outTradeNo, transaction_id: 'forged', trade_state: 'SUCCESS', amount: { total: order.payableTotal } };
    const resource = encryptResource(JSON.stringify(transaction), wechatPay.apiV3Key, 'transaction', 'transaction');
    const body = JSON.stringify({ id: 'evt-forged', event_type: 'TRANSACTION.SUCCESS', resource });
    const signed = signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey);
    const attempts: Record<string, string>[] = [
      { ...signed, 'Wechatpay-Signature': signResponseHeaders('other body', DEV_PLATFORM_PUBLIC_KEY_ID, platformKey)['Wechatpay-Signature']! },
      { ...signed, 'Wechatpay-Serial': 'PUB_KEY_ID_UNKNOWN' },
      { ...signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey, Date.now() - 10 * 60_000) },
      { ...signed, 'Wechatpay-Signature': 'WECHATPAY/SIGNTEST/abc' },
      signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, readFileSync(devFixturePaths.merchantPrivateKey, 'utf8')),
    ];
    for (const headers of attempts) {
      const res = await fetch(`${app.baseUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await res.json()).toMatchObject({ code: 'FAIL' });
    }
    const tamperedResource = { ...resource, ciphertext: Buffer.from(Buffer.from(resource.ciphertext, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') };
    const tamperedBody = JSON.stringify({ id: 'evt-tampered', event_type: 'TRANSACTION.SUCCESS', resource: tamperedResource });
    const tampered = await fetch(`${app.baseUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers: { ...signResponseHeaders(tamperedBody, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey), 'content-type': 'application/json' }, body: tamperedBody });
    expect(tampered.status).toBeGreaterThanOrEqual(400);
    expect((await orderOf(order.id)).status).toBe('pending_payment');
  });

  it('settles a payment whose notification never came, through reconciliation', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'jsapi' } });
    await app.emulator!.pay(pay.body.outTradeNo, { delivery: 'never' });
    expect((await orderOf(order.id)).status).toBe('pending_payment');
    expect(await app.services.payments.reconcile(new Date(), 0)).toBeGreaterThanOrEqual(1);
    expect((await orderOf(order.id)).status).toBe('awaiting_shipment');
  });

  it('reconciliation running in two server processes at once applies a lost payment once', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    await app.emulator!.pay(pay.body.outTradeNo, { delivery: 'never' });
    const other = await app.otherProcess();
    const now = new Date();
    await Promise.all([app.services.payments.reconcile(now, 0), other.payments.reconcile(now, 0)]);
    expect(await app.services.dataSource.manager.countBy(PaymentEventEntity, { orderId: order.id, kind: 'paid' })).toBe(1);
    expect((await orderOf(order.id)).events.filter((e: { toStatus: string }) => e.toStatus === 'paid')).toHaveLength(1);
  });

  it('closes an expired unpaid payment at WeChat and cancels the order, releasing stock once', async () => {
    const order = await placeOrder(3);
    const before = await stockOf(app, order.skuId, warehouseId);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    const past = new Date(Date.now() - 1000);
    await app.services.dataSource.manager.update(OrderEntity, { id: order.id }, { payDeadline: past });
    await app.services.dataSource.manager.update(PaymentEntity, { outTradeNo: pay.body.outTradeNo }, { expiresAt: past });
    // The plain timeout leaves it to reconciliation while a payment is open.
    expect(await app.services.orders.cancelExpiredUnpaid(new Date(), 200, async (id) => !(await app.services.payments.hasOpenPayment(id)))).toBe(0);
    await app.services.payments.reconcile(new Date(), 0);
    expect(app.emulator!.transaction(pay.body.outTradeNo)?.tradeState).toBe('CLOSED');
    expect((await orderOf(order.id)).status).toBe('cancelled');
    const after = await stockOf(app, order.skuId, warehouseId);
    expect(after.reserved).toBe(before.reserved - 3);
  });

  it('refunds automatically when a payment arrives for an order that was already cancelled', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    // The cancel could not close the WeChat transaction (WeChat briefly unreachable), and the buyer paid it.
    const closeDown = vi.spyOn(app.services.wechatPay, 'close').mockRejectedValue(new Error('WeChat unreachable'));
    await app.request('POST', `/api/v1/orders/${order.id}/cancel`, { token });
    closeDown.mockRestore();
    await app.emulator!.pay(pay.body.outTradeNo);
    const detail = await eventually(() => orderOf(order.id), (o) => o.refunds?.[0]?.status === 'succeeded');
    expect(detail.status).toBe('cancelled');
    expect(detail.refunds).toMatchObject([{ amount: order.payableTotal, status: 'succeeded' }]);
    expect(app.emulator!.refund(detail.refunds[0].outRefundNo)).toMatchObject({ refund: order.payableTotal, total: order.payableTotal });
  });

  it('refunds units of a line by their share of the line, never more than was paid', async () => {
    const order = await placeOrder(3);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    await app.emulator!.pay(pay.body.outTradeNo);
    const detail: any = await eventually(() => orderOf(order.id), paid);
    const line = detail.lines[0];
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const refundPath = `/api/v1/admin/orders/${order.id}/refunds`;
    const first = await app.request('POST', refundPath, { token: admin, body: { reason: '尺码不合适', refundKey: 'line1', lines: [{ orderItemId: line.itemId, quantity: 1 }] } });
    expect(first.status).toBe(201);
    const repeated = await app.request('POST', refundPath, { token: admin, body: { reason: '尺码不合适', refundKey: 'line1', lines: [{ orderItemId: line.itemId, quantity: 1 }] } });
    expect(repeated.body.outRefundNo).toBe(first.body.outRefundNo);
    const rest = await app.request('POST', refundPath, { token: admin, body: { reason: '尺码不合适', refundKey: 'line2', lines: [{ orderItemId: line.itemId, quantity: 2 }] } });
    expect(rest.status).toBe(201);
    expect(first.body.amount + rest.body.amount).toBe(line.payable);
    const restOf = order.payableTotal - line.payable;
    const tooMuch = await app.request('POST', refundPath, { token: admin, body: { reason: 'x', refundKey: 'line3', lines: [{ orderItemId: line.itemId, quantity: 1 }] } });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('REFUND_NOT_ALLOWED');
    await eventually(() => orderOf(order.id), (o) => o.refunds.every((r: { status: string }) => r.status === 'succeeded'));
    // Read again: the order detail reads the order row before its refunds, so the read that first
    // saw the last refund succeeded may hold the order row from just before that refund settled.
    const settled = await orderOf(order.id);
    expect(settled.refunds.map((r: { amount: number }) => r.amount).reduce((a: number, b: number) => a + b, 0)).toBe(line.payable);
    // Until the shipping fee (if any) is refunded too, the order is not refunded.
    expect(settled.status).toBe(restOf > 0 ? 'awaiting_shipment' : 'refunded');
    const remainder = await app.request('POST', refundPath, { token: admin, body: { reason: '取消订单', refundKey: 'rest' } });
    if (restOf > 0) expect(remainder.body.amount).toBe(restOf);
    else expect(remainder.status).toBe(409);
    const done = await eventually(() => orderOf(order.id), (o) => o.status === 'refunded');
    expect(done.status).toBe('refunded');
    expect(done.payments[0].refundedAmount).toBe(order.payableTotal);
  });

  it('a buyer who pays twice (JSAPI and QR) gets the second payment back and keeps the order', async () => {
    const order = await placeOrder(1);
    const jsapi = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'jsapi' } });
    const native = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    await app.emulator!.pay(jsapi.body.outTradeNo);
    await eventually(() => orderOf(order.id), paid);
    await app.emulator!.pay(native.body.outTradeNo);
    const detail = await eventually(() => orderOf(order.id), (o) => o.refunds?.[0]?.status === 'succeeded');
    expect(detail.status).toBe('awaiting_shipment');
    const byMethod = Object.fromEntries(detail.payments.map((p: { method: string }) => [p.method, p]));
    expect(byMethod.jsapi).toMatchObject({ status: 'paid', refundedAmount: 0 });
    expect(byMethod.native).toMatchObject({ status: 'paid', refundedAmount: order.payableTotal });
    // An admin refund of the order refunds the payment that paid it, not the returned one.
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const refund = await app.request('POST', `/api/v1/admin/orders/${order.id}/refunds`, { token: admin, body: { reason: '取消', refundKey: 'full' } });
    expect(refund.status).toBe(201);
    expect(refund.body.amount).toBe(order.payableTotal);
    expect((await eventually(() => orderOf(order.id), (o) => o.status === 'refunded')).status).toBe('refunded');
  });

  it('marks an order refunded only when its refunds have succeeded, and not after one fails', async () => {
    const order = await placeOrder(2);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    await app.emulator!.pay(pay.body.outTradeNo);
    const detail: any = await eventually(() => orderOf(order.id), paid);
    const admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const unreachable = vi.spyOn(app.services.wechatPay, 'refund').mockRejectedValue(new Error('WeChat unreachable'));
    const part = await app.request('POST', `/api/v1/admin/orders/${order.id}/refunds`, { token: admin, body: { reason: 'a', refundKey: 'p1', lines: [{ orderItemId: detail.lines[0].itemId, quantity: 1 }] } });
    const rest = await app.request('POST', `/api/v1/admin/orders/${order.id}/refunds`, { token: admin, body: { reason: 'b', refundKey: 'p2' } });
    unreachable.mockRestore();
    expect([part.body.status, rest.body.status]).toEqual(['processing', 'processing']);
    await app.services.refunds.applyRefundResult({ out_refund_no: rest.body.outRefundNo, status: 'SUCCESS' }, 'test');
    expect((await orderOf(order.id)).status).toBe('awaiting_shipment');
    await app.services.refunds.applyRefundResult({ out_refund_no: part.body.outRefundNo, status: 'CLOSED' }, 'test');
    const after = await orderOf(order.id);
    expect(after.status).toBe('awaiting_shipment');
    expect(after.payments[0].refundedAmount).toBe(rest.body.amount);
  });

  it('keeps giving back a payment for a cancelled order until the refund goes through', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    const unreachable = vi.spyOn(app.services.wechatPay, 'close').mockRejectedValue(new Error('WeChat unreachable'));
    await app.request('POST', `/api/v1/orders/${order.id}/cancel`, { token });
    unreachable.mockRestore();
    const refundDown = vi.spyOn(app.services.wechatPay, 'refund').mockRejectedValue(new Error('WeChat unreachable'));
    await app.emulator!.pay(pay.body.outTradeNo);
    const first = await eventually(() => orderOf(order.id), (o) => o.refunds?.length === 1);
    refundDown.mockRestore();
    await app.services.refunds.applyRefundResult({ out_refund_no: first.refunds[0].outRefundNo, status: 'CLOSED' }, 'test');
    await app.services.refunds.reconcile(new Date(), 0);
    const detail = await eventually(() => orderOf(order.id), (o) => o.refunds.some((r: { status: string }) => r.status === 'succeeded'));
    expect(detail.status).toBe('cancelled');
    expect(detail.refunds.map((r: { status: string }) => r.status)).toEqual(['failed', 'succeeded']);
    expect(detail.payments[0].refundedAmount).toBe(order.payableTotal);
  });

  it('closes the WeChat transaction when the buyer cancels, so a dead order cannot be paid', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    await app.request('POST', `/api/v1/orders/${order.id}/cancel`, { token });
    expect(app.emulator!.transaction(pay.body.outTradeNo)?.tradeState).toBe('CLOSED');
    await expect(app.emulator!.pay(pay.body.outTradeNo)).rejects.toThrow();
    expect((await orderOf(order.id)).payments[0].status).toBe('closed');
  });

  it('closes the WeChat transaction whoever cancels: a cancellation inside the orders service (staff, a group ending) closes it once that commits', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    // The staff route's call: no member, the service's own transaction, no route closing anything by hand.
    await app.services.orders.cancel(undefined, order.id, 'staff:test', '门店取消');
    expect(app.emulator!.transaction(pay.body.outTradeNo)?.tradeState).toBe('CLOSED');
    expect((await orderOf(order.id)).payments[0].status).toBe('closed');
  });

  it('acknowledges but never applies a genuine notification it cannot match', async () => {
    const order = await placeOrder(1);
    const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
    const { wechatPay } = app.services.config;
    const send = async (transaction: object) => {
      const body = JSON.stringify({ id: 'evt-x', event_type: 'TRANSACTION.SUCCESS', resource: encryptResource(JSON.stringify(transaction), wechatPay.apiV3Key, 'transaction', 'transaction') });
      return fetch(`${app.baseUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers: { ...signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, platformKey), 'content-type': 'application/json' }, body });
    };
    const base = { appid: wechatPay.appid, mchid: wechatPay.mchid, transaction_id: 'x', trade_state: 'SUCCESS' };
    expect((await send({ ...base, out_trade_no: 'UNKNOWN0001', amount: { total: 1 } })).status).toBe(204);
    expect((await send({ ...base, out_trade_no: pay.body.outTradeNo, amount: { total: order.payableTotal - 1 } })).status).toBe(204);
    expect((await send({ ...base, mchid: '1900000999', out_trade_no: pay.body.outTradeNo, amount: { total: order.payableTotal } })).status).toBe(204);
    expect((await orderOf(order.id)).status).toBe('pending_payment');
  });

  it('only the buyer can pay, only unpaid orders can be paid', async () => {
    const order = await placeOrder(1);
    const other = await app.loginMember('not-the-payer');
    expect((await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token: other, body: { method: 'jsapi' } })).status).toBe(404);
    expect((await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'alipay' } })).status).toBe(400);
    await app.request('POST', `/api/v1/orders/${order.id}/cancel`, { token });
    const res = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'jsapi' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORDER_STATE_CONFLICT');
  });
});
