import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierLinkToken } from '../../emulator/control-token.js';
import type { WechatEmulator } from '../../emulator/emulator.js';
import { DEV_SMS_API_KEY } from '../../src/sms/dev-sms.js';
import { cashierLink, controlFetch, dev, jsapiOrder, localOpenid, newNo, sdkFor, withEmulator, type RawOutput } from './harness.js';

const NOTIFY = 'https://shop.example.com/notify';

describe('WeChat emulator: control API and cashier page', () => {
  let emulator: WechatEmulator;
  beforeAll(async () => {
    emulator = await withEmulator({ merchantName: '体验店' });
  });
  afterAll(() => emulator.close());

  const control = async (method: string, path: string, body?: unknown) => {
    const response = await controlFetch(emulator, path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  it('lists pending prepays and pays, fails and expires them over HTTP', async () => {
    const [toPay, toFail, toExpire] = [newNo(), newNo(), newNo()];
    for (const no of [toPay, toFail, toExpire]) await sdkFor(emulator).transactions_jsapi(jsapiOrder(no, NOTIFY));
    const pending = (await control('GET', '/prepays')).body.data.map((tx: { outTradeNo: string }) => tx.outTradeNo);
    expect(pending).toEqual(expect.arrayContaining([toPay, toFail, toExpire]));

    const paid = await control('POST', `/transactions/${toPay}/pay`, { delivery: 'never' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ outTradeNo: toPay, tradeState: 'SUCCESS', payerOpenid: 'o_test_payer' });
    expect((await control('POST', `/transactions/${toPay}/pay`, {})).status).toBe(409);
    expect((await control('POST', `/transactions/${toFail}/fail`)).body.tradeState).toBe('PAYERROR');
    expect((await control('POST', `/transactions/${toExpire}/expire`)).body.expiredAt).toEqual(expect.any(String));

    const after = (await control('GET', '/prepays')).body.data.map((tx: { outTradeNo: string }) => tx.outTradeNo);
    expect(after).toContain(toFail);
    expect(after).not.toContain(toPay);
    expect(after).not.toContain(toExpire);
    expect((await control('GET', `/transactions/${toPay}`)).body.transactionId).toMatch(/^\d{28}$/);
    expect((await control('GET', '/transactions/NO_SUCH_ORDER')).status).toBe(404);
    expect((await control('POST', `/transactions/${toFail}/pay`, { delivery: 'sometimes' })).status).toBe(400);
  });

  it('shows a JSAPI prepay on the cashier page, in Chinese, with no external resources', async () => {
    const outTradeNo = newNo();
    const result = (await sdkFor(emulator).transactions_jsapi(jsapiOrder(outTradeNo, NOTIFY, { description: '手冲咖啡壶 <限定>' }))) as RawOutput;
    const prepayId = JSON.parse(result.rawBody).prepay_id;
    const response = await fetch(cashierLink(emulator, { prepay_id: prepayId, return_url: 'http://127.0.0.1:5173/orders/1?paid=1' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('¥</span>12.30');
    expect(html).toContain('手冲咖啡壶 &lt;限定&gt;');
    expect(html).toContain('体验店');
    expect(html).toContain('确认支付');
    expect(html).toContain('模拟支付失败');
    expect(html).toContain('http://127.0.0.1:5173/orders/1?paid=1');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  });

  it('finds a Native prepay by code_url, and says when an order is paid or unknown', async () => {
    const outTradeNo = newNo();
    const { payer: _payer, ...native } = jsapiOrder(outTradeNo, NOTIFY);
    const codeUrl = ((await sdkFor(emulator).transactions_native(native)) as RawOutput).data.code_url;
    const page = await fetch(cashierLink(emulator, { code_url: codeUrl }));
    expect(await page.text()).toContain('确认支付');
    await emulator.pay(outTradeNo, { delivery: 'never' });
    const paid = await (await fetch(cashierLink(emulator, { code_url: codeUrl }))).text();
    expect(paid).toContain('该订单已支付');
    expect(paid).not.toContain('确认支付');
    expect((await fetch(cashierLink(emulator, { prepay_id: 'wx_unknown' }))).status).toBe(404);
  });

  it('does not turn a javascript: return_url into a link', async () => {
    const result = (await sdkFor(emulator).transactions_jsapi(jsapiOrder(newNo(), NOTIFY))) as RawOutput;
    const html = await (await fetch(cashierLink(emulator, { prepay_id: JSON.parse(result.rawBody).prepay_id, return_url: 'javascript:alert(1)' }))).text();
    expect(html).not.toContain('javascript:alert');
  });
});

describe('WeChat emulator: the control token', () => {
  let emulator: WechatEmulator;
  let outTradeNo: string;
  let codeUrl: string;
  beforeAll(async () => {
    emulator = await withEmulator();
    outTradeNo = newNo();
    const { payer: _payer, ...native } = jsapiOrder(outTradeNo, NOTIFY);
    codeUrl = ((await sdkFor(emulator).transactions_native(native)) as RawOutput).data.code_url;
  });
  afterAll(() => emulator.close());

  const post = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${emulator.url}/_emulator${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

  it('is random per start unless given', async () => {
    expect(emulator.controlToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const other = await withEmulator();
    try {
      expect(other.controlToken).not.toBe(emulator.controlToken);
    } finally {
      await other.close();
    }
    const given = await withEmulator({ controlToken: 'a-token-the-shop-knows' });
    try {
      expect(given.controlToken).toBe('a-token-the-shop-knows');
    } finally {
      await given.close();
    }
    await expect(withEmulator({ controlToken: 'short' })).rejects.toThrow(/controlToken must be 16-128 characters/);
  });

  it('refuses a control request without the token, with a JSON error that says what to send', async () => {
    const refused = await post(`/transactions/${outTradeNo}/pay`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ code: 'EMULATOR_TOKEN_REQUIRED', message: expect.stringContaining('X-Emulator-Token') });
    for (const path of ['/prepays', `/transactions/${outTradeNo}`, '/notifications', '/subscribe-messages']) {
      expect((await fetch(`${emulator.url}/_emulator${path}`)).status, path).toBe(401);
    }
    expect(emulator.transaction(outTradeNo)?.tradeState).toBe('NOTPAY');
  });

  it('refuses a wrong token, in the header or the query', async () => {
    const wrong = await post(`/transactions/${outTradeNo}/pay`, { 'X-Emulator-Token': `${emulator.controlToken}x` });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'EMULATOR_TOKEN_INVALID' });
    expect((await post(`/transactions/${outTradeNo}/pay?token=not-the-token-at-all`)).status).toBe(401);
    expect(emulator.transaction(outTradeNo)?.tradeState).toBe('NOTPAY');
  });

  it('answers the right token, in the header or the query', async () => {
    expect((await fetch(`${emulator.url}/_emulator/prepays?token=${emulator.controlToken}`)).status).toBe(200);
    const failed = await post(`/transactions/${outTradeNo}/fail`, { 'X-Emulator-Token': emulator.controlToken });
    expect(failed.status).toBe(200);
    expect(await failed.json()).toMatchObject({ outTradeNo, tradeState: 'PAYERROR' });
  });

  it('shows the cashier only through a link with a token, and the page pays with its link token, never the control token', async () => {
    const bare = await fetch(`${emulator.url}/cashier?code_url=${encodeURIComponent(codeUrl)}`);
    expect(bare.status).toBe(401);
    expect(await bare.text()).toContain('请使用商户页面给出的支付链接');
    expect((await fetch(`${emulator.url}/cashier?code_url=${encodeURIComponent(codeUrl)}&token=wrong-token-0123456789`)).status).toBe(401);

    const page = await fetch(cashierLink(emulator, { code_url: codeUrl }));
    expect(page.status).toBe(200);
    // The token is in the page's URL: it must not travel on to return_url in a Referer.
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('确认支付');
    // What the page's script does on 确认支付: POST with the token it was given, this transaction's link token.
    const data = JSON.parse(/const cashier = (\{.*\});/.exec(html)![1]!) as { outTradeNo: string; token: string };
    expect(data).toMatchObject({ outTradeNo, token: cashierLinkToken(emulator.controlToken, outTradeNo) });
    expect(html).not.toContain(emulator.controlToken);
    expect(html).toContain("'X-Emulator-Token': cashier.token");
    const paid = await post(`/transactions/${encodeURIComponent(data.outTradeNo)}/pay`, { 'X-Emulator-Token': data.token });
    expect(paid.status).toBe(200);
    expect(emulator.transaction(outTradeNo)?.tradeState).toBe('SUCCESS');
  });

  it('guards the control API and cashier however the router would match the path (case, trailing slash)', async () => {
    for (const path of ['/_EMULATOR/prepays', '/_emulator/prepays/', '/_Emulator/sms', `/_emulator/transactions/${outTradeNo}/PAY`]) {
      expect((await fetch(`${emulator.url}${path}`, { method: path.endsWith('PAY') ? 'POST' : 'GET' })).status, path).toBe(401);
    }
    for (const path of ['/cashier/', '/CASHIER']) {
      expect((await fetch(`${emulator.url}${path}?code_url=${encodeURIComponent(codeUrl)}`)).status, path).toBe(401);
    }
  });

  it('leaves the APIv3 and login endpoints to their own credentials', async () => {
    const unsigned = await fetch(`${emulator.url}/v3/certificates`);
    expect(unsigned.status).toBe(401);
    expect((await unsigned.json()).code).toBe('SIGN_ERROR');
    const login = await fetch(`${emulator.url}/sns/jscode2session?${new URLSearchParams({ appid: dev.appid, secret: 'dev-only-app-secret', js_code: 'test:alice', grant_type: 'authorization_code' })}`);
    expect((await login.json()).openid).toBe(await localOpenid('alice'));
  });
});

describe("WeChat emulator: a cashier link's token", () => {
  let emulator: WechatEmulator;
  let mine: { outTradeNo: string; codeUrl: string };
  let other: { outTradeNo: string; codeUrl: string };
  let linkToken: string;
  beforeAll(async () => {
    emulator = await withEmulator();
    const native = async () => {
      const outTradeNo = newNo();
      const { payer: _payer, ...order } = jsapiOrder(outTradeNo, NOTIFY);
      return { outTradeNo, codeUrl: ((await sdkFor(emulator).transactions_native(order)) as RawOutput).data.code_url };
    };
    mine = await native();
    other = await native();
    linkToken = cashierLinkToken(emulator.controlToken, mine.outTradeNo);
  });
  afterAll(() => emulator.close());

  const withToken = (path: string, token: string, method = 'GET') =>
    fetch(`${emulator.url}${path}`, { method, headers: { 'X-Emulator-Token': token, ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}) }, body: method === 'POST' ? '{}' : undefined });
  const cashier = (query: Record<string, string>) => fetch(`${emulator.url}/cashier?${new URLSearchParams(query)}`);

  it('is an HMAC of the transaction under the control token, not the control token', () => {
    expect(linkToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkToken).not.toBe(emulator.controlToken);
    expect(cashierLinkToken(emulator.controlToken, other.outTradeNo)).not.toBe(linkToken);
    expect(cashierLinkToken('another-emulator-token', mine.outTradeNo)).not.toBe(linkToken);
  });

  it("opens its own transaction's cashier page, by code_url or prepay_id, and no other", async () => {
    expect((await cashier({ code_url: mine.codeUrl, token: linkToken })).status).toBe(200);
    const refused = await cashier({ code_url: other.codeUrl, token: linkToken });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('请使用商户页面给出的支付链接');
    // prepay_id wins over code_url on the page, so it does in the token check too.
    const jsapiNo = newNo();
    const prepayId = JSON.parse(((await sdkFor(emulator).transactions_jsapi(jsapiOrder(jsapiNo, NOTIFY))) as RawOutput).rawBody).prepay_id;
    expect((await cashier({ prepay_id: prepayId, token: cashierLinkToken(emulator.controlToken, jsapiNo) })).status).toBe(200);
    expect((await cashier({ prepay_id: prepayId, code_url: mine.codeUrl, token: linkToken })).status).toBe(401);
    expect((await cashier({ prepay_id: 'wx_unknown', token: linkToken })).status).toBe(401);
  });

  it('fails and pays its own transaction, and cannot pay, fail or expire another', async () => {
    expect((await withToken(`/_emulator/transactions/${other.outTradeNo}/pay`, linkToken, 'POST')).status).toBe(401);
    expect((await withToken(`/_emulator/transactions/${other.outTradeNo}/fail`, linkToken, 'POST')).status).toBe(401);
    expect((await withToken(`/_emulator/transactions/${mine.outTradeNo}/expire`, linkToken, 'POST')).status).toBe(401);
    expect(emulator.transaction(other.outTradeNo)?.tradeState).toBe('NOTPAY');
    expect(emulator.transaction(mine.outTradeNo)?.expiredAt).toBeFalsy();

    const failed = await withToken(`/_emulator/transactions/${encodeURIComponent(mine.outTradeNo)}/fail`, linkToken, 'POST');
    expect(failed.status).toBe(200);
    expect(await failed.json()).toMatchObject({ outTradeNo: mine.outTradeNo, tradeState: 'PAYERROR' });
    const paid = await fetch(`${emulator.url}/_emulator/transactions/${mine.outTradeNo}/pay?token=${linkToken}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"delivery":"never"}' });
    expect(paid.status).toBe(200);
    expect(emulator.transaction(mine.outTradeNo)?.tradeState).toBe('SUCCESS');
    expect(emulator.transaction(other.outTradeNo)?.tradeState).toBe('NOTPAY');
  });

  it("cannot read the texts, the prepays, notifications or even its own transaction's record", async () => {
    const sent = await fetch(`${emulator.url}/sms/send`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_SMS_API_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: '13900002222', text: '【门店】您的会员验证码 123456' }),
    });
    expect(sent.status).toBe(200);
    for (const path of ['/_emulator/sms', '/_emulator/sms?phone=13900002222', '/_emulator/sms/inbox?phone=13900002222', '/_emulator/prepays', '/_emulator/notifications', `/_emulator/transactions/${mine.outTradeNo}`]) {
      const refused = await withToken(path, linkToken);
      expect(refused.status, path).toBe(401);
      expect(await refused.json(), path).toMatchObject({ code: 'EMULATOR_TOKEN_INVALID' });
      expect((await fetch(`${emulator.url}${path}${path.includes('?') ? '&' : '?'}token=${linkToken}`)).status, path).toBe(401);
    }
    // The control token still reads them (E2E reads the inbox this way).
    const inbox = await fetch(`${emulator.url}/_emulator/sms?phone=13900002222&token=${emulator.controlToken}`);
    expect(inbox.status).toBe(200);
    expect((await inbox.json()).items).toEqual([expect.objectContaining({ phone: '13900002222', text: expect.stringContaining('123456') })]);
  });
});

describe('WeChat emulator: jscode2session', () => {
  let emulator: WechatEmulator;
  beforeAll(async () => {
    emulator = await withEmulator();
  });
  afterAll(() => emulator.close());

  const login = async (query: Record<string, string>) => {
    const params = new URLSearchParams({ appid: dev.appid, secret: 'dev-only-app-secret', js_code: 'test:alice', grant_type: 'authorization_code', ...query });
    const response = await fetch(`${emulator.url}/sns/jscode2session?${params}`);
    expect(response.status).toBe(200);
    return response.json();
  };

  it('maps test:<name> to the same openid as local login, stable across calls', async () => {
    const alice = await login({ js_code: 'test:alice' });
    expect(alice.openid).toBe(await localOpenid('alice'));
    expect(alice.session_key).toEqual(expect.any(String));
    expect((await login({ js_code: 'test:alice' })).openid).toBe(alice.openid);
    expect((await login({ js_code: 'test:bob' })).openid).toBe(await localOpenid('bob'));
    expect((await login({ js_code: 'test:bob' })).openid).not.toBe(alice.openid);
  });

  it('answers WeChat error codes for a wrong appid, secret or code', async () => {
    expect(await login({ appid: 'wx0000000000000000' })).toMatchObject({ errcode: 40013 });
    expect(await login({ secret: 'wrong' })).toMatchObject({ errcode: 40125 });
    expect(await login({ js_code: '0a1b2c3d' })).toMatchObject({ errcode: 40029, errmsg: 'invalid code' });
  });
});

describe('WeChat emulator: state in SQLite', () => {
  it('keeps transactions and settles processing refunds across a restart on the same data file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wechat-emulator-test-'));
    const dataFile = join(dir, 'state.sqlite');
    try {
      const first = await withEmulator({ dataFile, refundSettleDelayMs: 60_000 });
      const outTradeNo = newNo();
      await sdkFor(first).transactions_jsapi(jsapiOrder(outTradeNo, NOTIFY));
      await first.pay(outTradeNo, { delivery: 'never' });
      const outRefundNo = newNo('R');
      await sdkFor(first).refunds({ out_trade_no: outTradeNo, out_refund_no: outRefundNo, amount: { refund: 100, total: 1230, currency: 'CNY' } });
      await first.close();

      const second = await withEmulator({ dataFile, refundSettleDelayMs: 20 });
      try {
        expect(second.transaction(outTradeNo)).toMatchObject({ tradeState: 'REFUND', total: 1230 });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(second.refund(outRefundNo)?.status).toBe('SUCCESS');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
