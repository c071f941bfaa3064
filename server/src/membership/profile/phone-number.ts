import { AppError } from '@shop/shared';
import { StableAccessToken, type AccessTokenSource } from '../../wechat/access-token.js';

/** Turns the code from the mini-program's getPhoneNumber button into the member's phone number. */
export interface PhoneNumberProvider {
  phoneFor(code: string): Promise<string>;
}

/** Development and tests: the code `test:13800138000` stands for that phone number. */
export class LocalPhoneNumberProvider implements PhoneNumberProvider {
  async phoneFor(code: string): Promise<string> {
    const match = /^test:(1\d{10})$/.exec(code);
    if (!match?.[1]) throw new AppError('PHONE_CODE_INVALID', '手机号授权码无效或已过期，请重试');
    return match[1];
  }
}

/** Production: POST /wxa/business/getuserphonenumber?access_token=... with {code}. */
export class WechatPhoneNumberProvider implements PhoneNumberProvider {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly baseUrl = 'https://api.weixin.qq.com',
  ) {}

  async phoneFor(code: string): Promise<string> {
    const url = new URL('/wxa/business/getuserphonenumber', this.baseUrl);
    url.searchParams.set('access_token', await this.tokens.accessToken());
    let body: { errcode?: number; errmsg?: string; phone_info?: { purePhoneNumber?: string; countryCode?: string } };
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }), signal: AbortSignal.timeout(5000) });
      body = (await response.json()) as typeof body;
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '微信手机号服务暂不可用，请稍后重试');
    }
    const phone = body.phone_info?.purePhoneNumber;
    if (body.errcode || !phone) throw new AppError('PHONE_CODE_INVALID', '手机号授权码无效或已过期，请重试');
    return phone;
  }
}

export function createPhoneNumberProvider(config: { loginMode: 'local' | 'wechat'; appId: string; appSecret: string; apiBaseUrl: string }): PhoneNumberProvider {
  if (config.loginMode === 'local') return new LocalPhoneNumberProvider();
  return new WechatPhoneNumberProvider(new StableAccessToken(config.appId, config.appSecret, config.apiBaseUrl), config.apiBaseUrl);
}
