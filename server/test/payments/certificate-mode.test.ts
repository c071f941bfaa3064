import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { devPlatformSerial } from '../../src/wechat/dev-credentials.js';

/** WeChat signing with its platform certificate (the older mode) instead of the public key. */
describe('WeChat Pay in platform-certificate mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ emulator: { signWith: 'certificate', notifyRetryDelaysMs: [50] } });
  });
  afterAll(async () => app?.close());

  it('verifies certificate-signed answers and notifications and pays the order', async () => {
    const token = await app.loginMember('cert-mode');
    const addressId = await addAddress(app, token);
    const [sku] = await skusWithStock(app, (await warehouseOf(app)).id, 1);
    const order = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku!.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });
    const pay = await app.request('POST', `/api/v1/orders/${order.body.id}/pay`, { token, body: { method: 'native' } });
    expect(pay.status).toBe(200);
    await app.emulator!.pay(pay.body.outTradeNo);
    const deadline = Date.now() + 5000;
    let status = 'pending_payment';
    while (status === 'pending_payment' && Date.now() < deadline) {
      status = (await app.request('GET', `/api/v1/orders/${order.body.id}`, { token })).body.status;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(status).toBe('awaiting_shipment');
    const delivered = app.emulator!.notifications().find((n) => n.outTradeNo === pay.body.outTradeNo && n.delivered);
    expect(delivered?.headers['Wechatpay-Serial']).toBe(devPlatformSerial());
  });
});
