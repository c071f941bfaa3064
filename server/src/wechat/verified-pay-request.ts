import type { IPayRequest } from 'wechatpay-node-v3/dist/lib/pay-request.interface.js';
import type { Output } from 'wechatpay-node-v3/dist/lib/interface-v2.js';
import { signedHeadersOf, type PlatformKeys } from './platform-keys.js';

const WECHAT_PAY_HOST = 'https://api.mch.weixin.qq.com';
const TIMEOUT_MS = 10_000;

/**
 * The HTTP layer under wechatpay-node-v3: sends the SDK's signed requests to `baseUrl` (WeChat,
 * or the local emulator; the SDK's host is fixed) and verifies every response's signature,
 * which the SDK does not. An unsigned or badly signed answer is treated as a failed call.
 */
export class VerifiedPayRequest implements IPayRequest {
  constructor(
    private readonly baseUrl: string,
    private readonly platformKeys: PlatformKeys,
  ) {}

  post(url: string, params: Record<string, unknown>, headers: Record<string, string>): Promise<Output> {
    return this.send('POST', url, JSON.stringify(params), headers);
  }

  get(url: string, headers: Record<string, string>): Promise<Output> {
    return this.send('GET', url, undefined, headers);
  }

  async upload(): Promise<Output> {
    throw new Error('uploads are not used by this shop');
  }

  private async send(method: string, url: string, body: string | undefined, headers: Record<string, string>): Promise<Output> {
    const target = url.startsWith(WECHAT_PAY_HOST) ? this.baseUrl + url.slice(WECHAT_PAY_HOST.length) : url;
    let response: Response;
    let text: string;
    try {
      response = await fetch(target, { method, headers: { Accept: 'application/json', ...headers }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      text = await response.text();
    } catch (error) {
      return { status: 0, error: `WeChat Pay unreachable: ${(error as Error).message}` };
    }
    const problem = this.platformKeys.problemWith(signedHeadersOf((name) => response.headers.get(name)), text);
    if (problem) return { status: 0, error: `WeChat Pay response rejected: ${problem}` };
    const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    return response.ok ? { status: response.status, data } : { status: response.status, error: text, data };
  }
}
