import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { RefundEntity } from '../../src/payments/refund.entity.js';

describe('refunds settling at the same moment', () => {
  let app: TestApp;
  let token: string;
  let admin: string;
  let addressId: number;
  let skuIds: number[];

  beforeAll(async () => {
    // WeChat settles refunds only when the test says so: the test plays both notifications at once.
    app = await startTestApp({ emulator: { notifyRetryDelaysMs: [50], refundSettleDelayMs: 3_600_000 } });
    token = await app.loginMember('refund-race');
    addressId = await addAddress(app, token);
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    skuIds = (await skusWithStock(app, (await warehouseOf(app)).id, 20)).filter((s) => s.price >= 9900).map((s) => s.id);
  });
  afterAll(async () => app?.close());

  it('books the order refunded once the last of two concurrent refund successes lands, every time', async () => {
    for (let round = 0; round < 5; round++) {
      // Over the free-shipping threshold, so the two line refunds give back every fen paid.
      const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: skuIds[round % skuIds.length]!, qty: 2 }], fulfillment: { type: 'delivery', addressId } } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.shippingFee).toBe(0);
      const order = created.body as { id: number; payableTotal: number; lines: { itemId: number }[] };
      const pay = await app.request('POST', `/api/v1/orders/${order.id}/pay`, { token, body: { method: 'native' } });
      await app.emulator!.pay(pay.body.outTradeNo);
      await eventually(() => app.request('GET', `/api/v1/orders/${order.id}`, { token }).then((r) => r.body), (o) => o.status === 'awaiting_shipment');

      const refundPath = `/api/v1/admin/orders/${order.id}/refunds`;
      const line = order.lines[0]!.itemId;
      const a = await app.request('POST', refundPath, { token: admin, body: { reason: '退货', refundKey: `a${round}`, lines: [{ orderItemId: line, quantity: 1 }] } });
      const b = await app.request('POST', refundPath, { token: admin, body: { reason: '退货', refundKey: `b${round}`, lines: [{ orderItemId: line, quantity: 1 }] } });
      expect(a.body.amount + b.body.amount).toBe(order.payableTotal);

      await Promise.all([a, b].map((r) => app.services.refunds.applyRefundResult({ out_refund_no: r.body.outRefundNo, refund_status: 'SUCCESS' }, 'notify')));
      const refunds = await app.services.dataSource.manager.findBy(RefundEntity, { orderId: order.id });
      expect(refunds.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
      const after = (await app.request('GET', `/api/v1/orders/${order.id}`, { token })).body;
      expect(after.status).toBe('refunded');
    }
  });
});
