import { AppError } from '@shop/shared';

/** Supplies the mini-program's access_token for server APIs (phone numbers, subscribe messages). */
export interface AccessTokenSource {
  accessToken(): Promise<string>;
}

/** Refresh this long before WeChat says the token expires. */
const REFRESH_MARGIN_MS = 5 * 60_000;

type Fetch = (url: URL, init: RequestInit) => Promise<{ json(): Promise<unknown> }>;

/**
 * The access_token from WeChat's stable_token API, cached in the process until shortly before
 * it expires. stable_token hands every caller the same token for its lifetime, so each server
 * instance may keep its own cache without invalidating the others' (the classic /cgi-bin/token
 * would need one shared cache). Concurrent callers share one refresh.
 */
export class StableAccessToken implements AccessTokenSource {
  private cached: { token: string; refreshAt: number } | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(
    private readonly appId: string,
    private readonly appSecret: string,
    private readonly baseUrl: string,
    private readonly fetchJson: Fetch = fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async accessToken(): Promise<string> {
    if (this.cached && this.cached.refreshAt > this.now()) return this.cached.token;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<string> {
    let body: { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
    try {
      const response = await this.fetchJson(new URL('/cgi-bin/stable_token', this.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credential', appid: this.appId, secret: this.appSecret }),
        signal: AbortSignal.timeout(5000),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '微信服务暂不可用，请稍后重试');
    }
    if (!body.access_token || body.errcode) throw new AppError('SERVICE_UNAVAILABLE', '微信服务暂不可用，请稍后重试');
    const lifetimeMs = (body.expires_in ?? 7200) * 1000;
    this.cached = { token: body.access_token, refreshAt: this.now() + Math.max(0, lifetimeMs - REFRESH_MARGIN_MS) };
    return body.access_token;
  }
}
