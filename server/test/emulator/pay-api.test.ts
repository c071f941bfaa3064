import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptResource } from '../../src/wechat/pay-protocol.js';
import type { WechatEmulator } from '../../emulator/emulator.js';
import { chinaTimeIn, dev, jsapiOrder, newNo, platformSigned, rawRequest, sdkFor, withEmulator, type RawOutput } from './harness.js';

const NOTIFY = 'https://shop.example.com/api/v1/payments/wechat/notify';
const RFC3339_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('WeChat emulator: JSAPI and Native payments', () => {
  let emulator: WechatEmulator;
  beforeAll(async () => {
    emulator = await withEmulator();
  });
  afterAll(() => emulator.close());

  const sdk = () => sdkFor(emulator);
  const order = (outTradeNo: string, overrides: Record<string, unknown> = {}) => jsapiOrder(outTradeNo, NOTIFY, overrides);
  const nativeOrder = (outTradeNo: string) => {
    const { payer: _payer, ...rest } = order(outTradeNo);
    return rest;
  };

  it('creates a JSAPI prepay with a response signed by the platform key (public-key mode)', async () => {
    const outTradeNo = newNo();
    const result = (await sdk().transactions_jsapi(order(outTradeNo))) as RawOutput;
    expect(result.status).toBe(200);
    const prepayId = JSON.parse(result.rawBody).prepay_id;
    expect(prepayId).toMatch(/^wx\d{14}[0-9a-f]{22}$/);
    expect(result.headers.get('wechatpay-serial')).toBe(dev.publicKeyId);
    expect(platformSigned(result.headers, result.rawBody)).toBe(true);
    expect(platformSigned(result.headers, result.rawBody.replace(prepayId, `${prepayId}0`))).toBe(false);
    expect(emulator.transaction(outTradeNo)).toMatchObject({ tradeType: 'JSAPI', prepayId, total: 1230, payerOpenid: 'o_test_payer', tradeState: 'NOTPAY' });
  });

  it('creates a Native prepay with a code_url', async () => {
    const result = (await sdk().transactions_native(nativeOrder(newNo()))) as RawOutput;
    expect(result.status).toBe(200);
    expect(result.data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=[0-9A-Za-z]+$/);
    expect(platformSigned(result.headers, result.rawBody)).toBe(true);
  });

  it('answers the same prepay for the same out_trade_no and content; different content is a duplicate order number', async () => {
    const outTradeNo = newNo();
    // One body sent twice: its time_expire is to the second, so building it again could differ.
    const body = order(outTradeNo);
    const first = (await sdk().transactions_jsapi(body)) as RawOutput;
    const again = (await sdk().transactions_jsapi(body)) as RawOutput;
    expect(JSON.parse(again.rawBody).prepay_id, again.rawBody).toBe(JSON.parse(first.rawBody).prepay_id);

    const changed = (await sdk().transactions_jsapi({ ...body, amount: { total: 1231, currency: 'CNY' } })) as RawOutput;
    expect(changed.status).toBe(400);
    expect(changed.data).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('商户订单号重复') });
    expect(platformSigned(changed.headers, changed.rawBody)).toBe(true);
    const otherType = (await sdk().transactions_native(nativeOrder(outTradeNo))) as RawOutput;
    expect(otherType.data.code).toBe('INVALID_REQUEST');
    expect(emulator.transaction(outTradeNo)?.total).toBe(1230);
  });

  it('reports NOTPAY, then SUCCESS with the payment facts once the payer pays; also by transaction_id', async () => {
    const outTradeNo = newNo();
    await sdk().transactions_jsapi(order(outTradeNo, { attach: 'order:42' }));
    const unpaid = (await sdk().query({ out_trade_no: outTradeNo })) as RawOutput;
    expect(unpaid.data).toMatchObject({ appid: dev.appid, mchid: dev.mchid, out_trade_no: outTradeNo, trade_state: 'NOTPAY', amount: { total: 1230, currency: 'CNY' } });
    expect(unpaid.data.transaction_id).toBeUndefined();
    expect(platformSigned(unpaid.headers, unpaid.rawBody)).toBe(true);

    await emulator.pay(outTradeNo, { delivery: 'never' });
    const paid = (await sdk().query({ out_trade_no: outTradeNo })) as RawOutput;
    expect(paid.data).toMatchObject({
      out_trade_no: outTradeNo,
      trade_type: 'JSAPI',
      trade_state: 'SUCCESS',
      trade_state_desc: '支付成功',
      attach: 'order:42',
      payer: { openid: 'o_test_payer' },
      amount: { total: 1230, payer_total: 1230, currency: 'CNY', payer_currency: 'CNY' },
    });
    expect(paid.data.transaction_id).toMatch(/^\d{28}$/);
    expect(paid.data.success_time).toMatch(RFC3339_CHINA);

    const byId = (await sdk().query({ transaction_id: paid.data.transaction_id })) as RawOutput;
    expect(byId.data).toEqual(paid.data);
  });

  it('closes an unpaid order (204, signed over the empty body) and refuses to close a paid one', async () => {
    const unpaid = newNo();
    await sdk().transactions_jsapi(order(unpaid));
    const closed = (await sdk().close(unpaid)) as RawOutput;
    expect(closed.status).toBe(204);
    expect(closed.rawBody).toBe('');
    expect(platformSigned(closed.headers, '')).toBe(true);
    expect(((await sdk().query({ out_trade_no: unpaid })) as RawOutput).data.trade_state).toBe('CLOSED');
    expect(((await sdk().close(unpaid)) as RawOutput).status).toBe(204);
    await expect(emulator.pay(unpaid)).rejects.toMatchObject({ code: 'NOT_PAYABLE' });
    expect(((await sdk().transactions_jsapi(order(unpaid))) as RawOutput).data.code).toBe('ORDER_CLOSED');

    const paid = newNo();
    await sdk().transactions_jsapi(order(paid));
    await emulator.pay(paid, { delivery: 'never' });
    const refused = (await sdk().close(paid)) as RawOutput;
    expect(refused.status).toBe(400);
    expect(refused.data.code).toBe('ORDERPAID');
    expect(((await sdk().transactions_jsapi(order(paid))) as RawOutput).data.code).toBe('ORDERPAID');
    expect(emulator.transaction(paid)?.tradeState).toBe('SUCCESS');
  });

  it('answers 404 ORDER_NOT_EXIST for unknown orders', async () => {
    const unknown = (await sdk().query({ out_trade_no: 'UNKNOWN_1' })) as RawOutput;
    expect(unknown.status).toBe(404);
    expect(unknown.data.code).toBe('ORDER_NOT_EXIST');
    expect(platformSigned(unknown.headers, unknown.rawBody)).toBe(true);
    expect(((await sdk().query({ transaction_id: '4200000000000000000000000000' })) as RawOutput).status).toBe(404);
    expect(((await sdk().close('UNKNOWN_2')) as RawOutput).status).toBe(404);
  });

  it.each([
    ['out_trade_no too short', { out_trade_no: 'A1234' }, '/out_trade_no'],
    ['out_trade_no with other characters', { out_trade_no: 'ORDER#12345' }, '/out_trade_no'],
    ['out_trade_no too long', { out_trade_no: 'X'.repeat(33) }, '/out_trade_no'],
    ['amount in yuan', { amount: { total: 12.3, currency: 'CNY' } }, '/amount/total'],
    ['amount as a string', { amount: { total: '1230', currency: 'CNY' } }, '/amount/total'],
    ['zero amount', { amount: { total: 0, currency: 'CNY' } }, '/amount/total'],
    ['another currency', { amount: { total: 1230, currency: 'USD' } }, '/amount/currency'],
    ['no payer', { payer: undefined }, '/payer'],
    ['a notify_url that is not http(s)', { notify_url: 'ftp://shop.example.com/notify' }, '/notify_url'],
    ['a notify_url with parameters', { notify_url: `${NOTIFY}?order=1` }, '/notify_url'],
    ['time_expire without offset', { time_expire: '2026-11-23T20:30:00' }, '/time_expire'],
    ['time_expire with milliseconds', { time_expire: '2026-11-23T20:30:00.000+08:00' }, '/time_expire'],
    ['a description over 127 bytes', { description: '体验店'.repeat(15) }, '/description'],
  ])('refuses %s with 400 PARAM_ERROR', async (_name, overrides, field) => {
    const outTradeNo = newNo();
    const body = JSON.parse(JSON.stringify(order(outTradeNo, overrides)));
    const result = (await sdk().transactions_jsapi(body)) as RawOutput;
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ code: 'PARAM_ERROR', detail: { field, location: 'body' } });
    expect(platformSigned(result.headers, result.rawBody)).toBe(true);
  });

  it('accepts a description of exactly 127 bytes', async () => {
    const description = `${'体验店'.repeat(14)}A`; // 42 × 3 + 1 = 127 bytes
    expect(((await sdk().transactions_jsapi(order(newNo(), { description }))) as RawOutput).status).toBe(200);
  });

  it('refuses a foreign appid or mchid', async () => {
    const appid = (await sdk().transactions_jsapi(order(newNo(), { appid: 'wx0000000000000000' }))) as RawOutput;
    expect(appid.status).toBe(400);
    expect(appid.data.code).toBe('APPID_MCHID_NOT_MATCH');
    const mchid = (await sdk().transactions_jsapi(order(newNo(), { mchid: '1900000099' }))) as RawOutput;
    expect(mchid.status).toBe(400);
    expect(mchid.data.code).toBe('PARAM_ERROR');
    const query = await rawRequest(emulator, { method: 'GET', path: '/v3/pay/transactions/out-trade-no/ANY_ORDER?mchid=1900000099' });
    expect(query.body.code).toBe('PARAM_ERROR');
  });

  it('lets a failed payment be paid again, and an expired prepay not at all', async () => {
    const failing = newNo();
    await sdk().transactions_jsapi(order(failing));
    await emulator.fail(failing);
    expect(((await sdk().query({ out_trade_no: failing })) as RawOutput).data.trade_state).toBe('PAYERROR');
    await emulator.pay(failing, { delivery: 'never' });
    expect(emulator.transaction(failing)?.tradeState).toBe('SUCCESS');

    const expiring = newNo();
    await sdk().transactions_jsapi(order(expiring));
    expect(emulator.pendingPrepays().map((tx) => tx.outTradeNo)).toContain(expiring);
    await emulator.expire(expiring);
    expect(emulator.pendingPrepays().map((tx) => tx.outTradeNo)).not.toContain(expiring);
    await expect(emulator.pay(expiring)).rejects.toMatchObject({ code: 'NOT_PAYABLE' });
    expect(((await sdk().query({ out_trade_no: expiring })) as RawOutput).data.trade_state).toBe('NOTPAY');
    expect(((await sdk().close(expiring)) as RawOutput).status).toBe(204);

    const pastDeadline = newNo();
    await sdk().transactions_jsapi(order(pastDeadline, { time_expire: chinaTimeIn(-1000) }));
    await expect(emulator.pay(pastDeadline)).rejects.toMatchObject({ code: 'NOT_PAYABLE' });
  });

  it('lets only the prepay’s own openid pay a JSAPI order; anyone pays a Native QR code', async () => {
    const jsapi = newNo();
    await sdk().transactions_jsapi(order(jsapi));
    await expect(emulator.pay(jsapi, { openid: 'o_someone_else', delivery: 'never' })).rejects.toMatchObject({ code: 'OPENID_MISMATCH' });
    const native = newNo();
    await sdk().transactions_native(nativeOrder(native));
    await emulator.pay(native, { openid: 'o_store_customer', delivery: 'never' });
    const paid = (await sdk().query({ out_trade_no: native })) as RawOutput;
    expect(paid.data).toMatchObject({ trade_type: 'NATIVE', trade_state: 'SUCCESS', payer: { openid: 'o_store_customer' } });
  });
});

describe('WeChat emulator: platform-certificate mode', () => {
  let emulator: WechatEmulator;
  beforeAll(async () => {
    emulator = await withEmulator({ signWith: 'certificate' });
  });
  afterAll(() => emulator.close());

  it('signs answers under the platform certificate serial', async () => {
    const result = (await sdkFor(emulator).transactions_jsapi(jsapiOrder(newNo(), NOTIFY))) as RawOutput;
    expect(result.headers.get('wechatpay-serial')).toBe(dev.platformSerial);
    expect(platformSigned(result.headers, result.rawBody, dev.platformSerial, dev.platformCert)).toBe(true);
  });

  it('serves the platform certificate encrypted under the APIv3 key', async () => {
    const result = (await sdkFor(emulator).get_certificates(dev.apiV3Key)) as unknown as Array<{ serial_no: string; publicKey: string }>;
    expect(result[0]!.serial_no).toBe(dev.platformSerial);
    const raw = await rawRequest(emulator, { method: 'GET', path: '/v3/certificates' });
    expect(platformSigned(raw.headers, raw.rawBody, dev.platformSerial, dev.platformCert)).toBe(true);
    const [entry] = raw.body.data;
    expect(entry.effective_time).toMatch(RFC3339_CHINA);
    expect(entry.encrypt_certificate).toMatchObject({ algorithm: 'AEAD_AES_256_GCM', associated_data: 'certificate' });
    expect(decryptResource(entry.encrypt_certificate, dev.apiV3Key)).toBe(dev.platformCert);
  });
});
