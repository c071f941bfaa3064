import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Pay from 'wechatpay-node-v3';
import type { IPayRequest } from 'wechatpay-node-v3/dist/lib/pay-request.interface.js';
import type { Output } from 'wechatpay-node-v3/dist/lib/interface-v2.js';
import { DEV_APIV3_KEY, DEV_APPID, DEV_MCHID, DEV_PLATFORM_PUBLIC_KEY_ID, devFixturePaths } from '../../src/wechat/dev-credentials.js';
import { certificateSerial, isFresh, responseMessage, signRequest, verifySha256Rsa } from '../../src/wechat/pay-protocol.js';
import { LocalCode2Session } from '../../src/wechat/code2session.js';
import { startWechatEmulator, type EmulatorOptions, type WechatEmulator } from '../../emulator/emulator.js';

export const WECHAT_PAY_HOST = 'https://api.mch.weixin.qq.com';

export const dev = {
  mchid: DEV_MCHID,
  appid: DEV_APPID,
  apiV3Key: DEV_APIV3_KEY,
  publicKeyId: DEV_PLATFORM_PUBLIC_KEY_ID,
  merchantKey: readFileSync(devFixturePaths.merchantPrivateKey, 'utf8'),
  merchantCert: readFileSync(devFixturePaths.merchantCertificate, 'utf8'),
  merchantSerial: certificateSerial(readFileSync(devFixturePaths.merchantCertificate)),
  platformKey: readFileSync(devFixturePaths.platformPrivateKey, 'utf8'),
  platformCert: readFileSync(devFixturePaths.platformCertificate, 'utf8'),
  platformPublicKey: readFileSync(devFixturePaths.platformPublicKey, 'utf8'),
  platformSerial: certificateSerial(readFileSync(devFixturePaths.platformCertificate)),
};

/** What the SDK gets back, plus the raw answer so tests can check its signature. */
export interface RawOutput extends Output {
  headers: Headers;
  rawBody: string;
}

/** The SDK's HTTP layer pointed at the emulator (the SDK's host is fixed), over fetch. */
export class EmulatorHttp implements IPayRequest {
  constructor(private readonly baseUrl: string) {}

  post(url: string, params: Record<string, unknown>, headers: Record<string, string>): Promise<RawOutput> {
    return this.send('POST', url, headers, JSON.stringify(params));
  }

  get(url: string, headers: Record<string, string>): Promise<RawOutput> {
    return this.send('GET', url, headers);
  }

  async upload(): Promise<Output> {
    throw new Error('not used');
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<RawOutput> {
    const response = await fetch(url.replace(WECHAT_PAY_HOST, this.baseUrl), { method, headers, body });
    const rawBody = await response.text();
    const data = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : undefined;
    return response.ok ? { status: response.status, data, headers: response.headers, rawBody } : { status: response.status, error: rawBody, data, headers: response.headers, rawBody };
  }
}

/** The real SDK as our server builds it, talking to the emulator. */
export function sdkFor(emulator: WechatEmulator): Pay {
  const pay = new Pay({
    appid: dev.appid,
    mchid: dev.mchid,
    publicKey: Buffer.from(dev.merchantCert),
    privateKey: Buffer.from(dev.merchantKey),
    serial_no: dev.merchantSerial,
    key: dev.apiV3Key,
  });
  pay.createHttp(new EmulatorHttp(emulator.url));
  return pay;
}

export async function withEmulator(options: EmulatorOptions = {}): Promise<WechatEmulator> {
  return startWechatEmulator({ notifyRetryDelaysMs: [50, 50, 100], notifyTimeoutMs: 1000, refundSettleDelayMs: 100, ...options });
}

/** A request to the emulator's control API (`path` after /_emulator) with its token, as a test or script sends it. */
export function controlFetch(emulator: WechatEmulator, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('X-Emulator-Token', emulator.controlToken);
  return fetch(`${emulator.url}/_emulator${path}`, { ...init, headers });
}

/** The cashier page's address for a prepay_id or code_url with the control token (the shop's links carry the transaction's link token instead). */
export function cashierLink(emulator: WechatEmulator, query: Record<string, string>): string {
  return `${emulator.url}/cashier?${new URLSearchParams({ ...query, token: emulator.controlToken })}`;
}

/** Whether a body + Wechatpay-* headers were signed by the platform key under `serial`. */
export function platformSigned(headers: { get(name: string): string | null }, body: string, serial = dev.publicKeyId, key = dev.platformPublicKey): boolean {
  const timestamp = headers.get('wechatpay-timestamp');
  const nonce = headers.get('wechatpay-nonce');
  const signature = headers.get('wechatpay-signature');
  if (!timestamp || !nonce || !signature || headers.get('wechatpay-serial') !== serial || !isFresh(timestamp)) return false;
  return verifySha256Rsa(responseMessage(timestamp, nonce, body), signature, key);
}

/** A hand-made APIv3 request, for the forgeries the SDK would never send. */
export async function rawRequest(
  emulator: WechatEmulator,
  request: { method: string; path: string; body?: string; authorization?: string; signedBody?: string; signedPath?: string; key?: string; serialNo?: string; now?: number; mchid?: string },
): Promise<{ status: number; body: any; rawBody: string; headers: Headers }> {
  const body = request.body ?? '';
  const authorization =
    request.authorization ??
    signRequest({
      method: request.method,
      pathWithQuery: request.signedPath ?? request.path,
      body: request.signedBody ?? body,
      mchid: request.mchid ?? dev.mchid,
      serialNo: request.serialNo ?? dev.merchantSerial,
      privateKey: request.key ?? dev.merchantKey,
      now: request.now,
    });
  const response = await fetch(emulator.url + request.path, {
    method: request.method,
    headers: { Authorization: authorization, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body || undefined,
  });
  const rawBody = await response.text();
  return { status: response.status, body: rawBody ? JSON.parse(rawBody) : null, rawBody, headers: response.headers };
}

export interface ReceivedNotification {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export type ReceiverReply = 'ok' | 'fail' | 'hang';

/** A merchant notify endpoint: records every POST and answers as `reply(n)` says (n from 0). */
export async function startReceiver(reply: (n: number, body: string) => ReceiverReply | Promise<ReceiverReply> = () => 'ok') {
  const received: ReceivedNotification[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const n = received.length;
      received.push({ headers: req.headers, body, at: Date.now() });
      const answer = await reply(n, body);
      if (answer === 'hang') return;
      if (answer === 'fail') res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"code":"FAIL","message":"失败"}');
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const jsapiOrder = (outTradeNo: string, notifyUrl: string, overrides: Record<string, unknown> = {}) => ({
  description: '体验店-测试商品',
  out_trade_no: outTradeNo,
  time_expire: chinaTimeIn(30 * 60_000),
  notify_url: notifyUrl,
  amount: { total: 1230, currency: 'CNY' },
  payer: { openid: 'o_test_payer' },
  ...overrides,
});

/** RFC 3339 in China time, `ms` from now. */
export function chinaTimeIn(ms: number): string {
  return `${new Date(Date.now() + ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

export function localOpenid(name: string): Promise<string> {
  return new LocalCode2Session().exchange(`test:${name}`).then((s) => s.openid);
}

let sequence = 0;
/** A fresh valid out_trade_no / out_refund_no. */
export function newNo(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}${Date.now()}${sequence}`.slice(0, 32);
}
