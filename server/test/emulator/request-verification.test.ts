import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAuthorization, parseAuthorization, signRequest } from '../../src/wechat/pay-protocol.js';
import type { WechatEmulator } from '../../emulator/emulator.js';
import { dev, jsapiOrder, newNo, platformSigned, rawRequest, sdkFor, withEmulator, type RawOutput } from './harness.js';

const JSAPI = '/v3/pay/transactions/jsapi';

describe('WeChat emulator: request authentication', () => {
  let emulator: WechatEmulator;
  beforeAll(async () => {
    emulator = await withEmulator();
  });
  afterAll(() => emulator.close());

  const newOrder = () => {
    const outTradeNo = newNo();
    return { outTradeNo, body: JSON.stringify({ appid: dev.appid, mchid: dev.mchid, ...jsapiOrder(outTradeNo, 'https://shop.example.com/notify') }) };
  };

  /** A forged order request: refused with a signed 401 SIGN_ERROR, and no order created. */
  const expectRefused = (response: Awaited<ReturnType<typeof rawRequest>>, outTradeNo?: string) => {
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('SIGN_ERROR');
    expect(platformSigned(response.headers, response.rawBody)).toBe(true);
    if (outTradeNo) expect(emulator.transaction(outTradeNo)).toBeNull();
  };

  it('accepts requests signed by the wechatpay-node-v3 SDK', async () => {
    const outTradeNo = newNo();
    const result = (await sdkFor(emulator).transactions_jsapi(jsapiOrder(outTradeNo, 'https://shop.example.com/notify'))) as RawOutput;
    expect(result.status).toBe(200);
    expect(result.data.package).toMatch(/^prepay_id=wx\d{14}[0-9a-f]{22}$/);
    expect(emulator.transaction(outTradeNo)?.tradeState).toBe('NOTPAY');
    const query = (await sdkFor(emulator).query({ out_trade_no: outTradeNo })) as RawOutput;
    expect(query.status).toBe(200);
  });

  it('accepts a hand-signed request (the baseline each forgery below changes in one way)', async () => {
    const { outTradeNo, body } = newOrder();
    expect((await rawRequest(emulator, { method: 'POST', path: JSAPI, body })).status).toBe(200);
    expect(emulator.transaction(outTradeNo)).not.toBeNull();
  });

  it('rejects a bad signature', async () => {
    const { outTradeNo, body } = newOrder();
    const genuine = parseAuthorization(signRequest({ method: 'POST', pathWithQuery: JSAPI, body, mchid: dev.mchid, serialNo: dev.merchantSerial, privateKey: dev.merchantKey }))!;
    const altered = (genuine.signature[0] === 'A' ? 'B' : 'A') + genuine.signature.slice(1);
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body, authorization: formatAuthorization({ ...genuine, signature: altered }) }), outTradeNo);
  });

  it('rejects a serial that is not the merchant certificate', async () => {
    const { outTradeNo, body } = newOrder();
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body, serialNo: dev.platformSerial }), outTradeNo);
  });

  it('rejects a timestamp more than 5 minutes off, and accepts one 4 minutes old', async () => {
    const stale = newOrder();
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body: stale.body, now: Date.now() - 6 * 60_000 }), stale.outTradeNo);
    const future = newOrder();
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body: future.body, now: Date.now() + 6 * 60_000 }), future.outTradeNo);
    const recent = newOrder();
    expect((await rawRequest(emulator, { method: 'POST', path: JSAPI, body: recent.body, now: Date.now() - 4 * 60_000 })).status).toBe(200);
  });

  it('rejects a body tampered with after signing', async () => {
    const { outTradeNo, body } = newOrder();
    const tampered = body.replace('"total":1230', '"total":1');
    expect(tampered).not.toBe(body);
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body: tampered, signedBody: body }), outTradeNo);
  });

  it('rejects a request signed with a key other than the merchant certificate’s', async () => {
    const { outTradeNo, body } = newOrder();
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body, key: dev.platformKey }), outTradeNo);
  });

  it('verifies the path and query string exactly as sent', async () => {
    const path = `/v3/pay/transactions/out-trade-no/ORDER_B?mchid=${dev.mchid}`;
    expectRefused(await rawRequest(emulator, { method: 'GET', path, signedPath: `/v3/pay/transactions/out-trade-no/ORDER_A?mchid=${dev.mchid}` }));
    expectRefused(await rawRequest(emulator, { method: 'GET', path, signedPath: '/v3/pay/transactions/out-trade-no/ORDER_B' }));
    expect((await rawRequest(emulator, { method: 'GET', path })).body.code).toBe('ORDER_NOT_EXIST');
  });

  it('rejects a missing or foreign Authorization header and an unknown merchant', async () => {
    for (const authorization of ['', 'Bearer abc']) {
      const { outTradeNo, body } = newOrder();
      expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body, authorization }), outTradeNo);
    }
    const { outTradeNo, body } = newOrder();
    expectRefused(await rawRequest(emulator, { method: 'POST', path: JSAPI, body, mchid: '1900000099' }), outTradeNo);
  });
});
