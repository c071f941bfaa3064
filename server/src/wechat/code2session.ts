import { createHash } from 'node:crypto';
import { AppError } from '@shop/shared';

export interface WechatSession {
  openid: string;
  unionid: string | null;
  /** Local mode only: the name typed at the H5 login, the new member's nickname; null: the default one. */
  displayName?: string | null;
}

/** The longest name the local login makes a nickname of (in characters); longer ones get the default. */
export const LOCAL_DISPLAY_NAME_MAX = 20;

/** `name` as a nickname when it is a plausible display name (trimmed, 1-20 characters, no control characters), else null. */
export function localDisplayName(name: string): string | null {
  const trimmed = name.trim();
  const length = [...trimmed].length;
  if (length < 1 || length > LOCAL_DISPLAY_NAME_MAX || /[\p{Cc}\p{Zl}\p{Zp}]/u.test(trimmed)) return null;
  return trimmed;
}

/** Exchanges a `wx.login` code for the user's openid (WeChat's jscode2session). */
export interface Code2Session {
  exchange(code: string): Promise<WechatSession>;
}

/**
 * Development and tests: a code `test:<name>` always maps to the same openid, so a test can
 * make as many distinct consumers as it likes without WeChat. The name, when it reads as one,
 * is the nickname of the member the first login creates (the H5 login's 林小雨 stays 林小雨).
 */
export class LocalCode2Session implements Code2Session {
  async exchange(code: string): Promise<WechatSession> {
    const match = /^test:(.{1,64})$/.exec(code);
    if (!match?.[1]) throw new AppError('INVALID_CREDENTIALS', '登录码无效或已过期，请重试');
    const digest = createHash('sha256').update(`local-openid:${match[1]}`).digest('base64url');
    return { openid: `o_local_${digest.slice(0, 24)}`, unionid: null, displayName: localDisplayName(match[1]) };
  }
}

/** Production: GET https://api.weixin.qq.com/sns/jscode2session with the app's id and secret. */
export class WechatCode2Session implements Code2Session {
  constructor(
    private readonly appId: string,
    private readonly appSecret: string,
    private readonly baseUrl = 'https://api.weixin.qq.com',
  ) {}

  async exchange(code: string): Promise<WechatSession> {
    const url = new URL('/sns/jscode2session', this.baseUrl);
    url.search = new URLSearchParams({ appid: this.appId, secret: this.appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
    let body: { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      body = (await response.json()) as typeof body;
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '微信登录暂不可用，请稍后重试');
    }
    if (!body.openid || body.errcode) throw new AppError('INVALID_CREDENTIALS', '登录码无效或已过期，请重试');
    return { openid: body.openid, unionid: body.unionid ?? null };
  }
}

export function createCode2Session(config: { loginMode: 'local' | 'wechat'; appId: string; appSecret: string; apiBaseUrl: string }): Code2Session {
  return config.loginMode === 'wechat' ? new WechatCode2Session(config.appId, config.appSecret, config.apiBaseUrl) : new LocalCode2Session();
}
