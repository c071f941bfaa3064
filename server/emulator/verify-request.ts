import type { Middleware } from 'koa';
import { isFresh, parseAuthorization, requestMessage, verifySha256Rsa } from '../src/wechat/pay-protocol.js';
import type { EmulatorConfig } from './config.js';
import { EmulatorError } from './errors.js';
import { parseJsonBody, readRawBody } from './read-body.js';

export interface V3State {
  /** The parsed JSON body of a verified request (undefined for an empty body). */
  json: unknown;
}

const signError = (message: string) => new EmulatorError(401, 'SIGN_ERROR', message);

/**
 * Authenticates an APIv3 request as WeChat Pay does: the `WECHATPAY2-SHA256-RSA2048`
 * Authorization header names the configured merchant and its certificate serial, the timestamp
 * is within 5 minutes, and the SHA256withRSA signature over
 * `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n` (path and body exactly as sent) verifies
 * against the merchant certificate.
 */
export function verifyMerchantRequest(config: EmulatorConfig): Middleware<V3State> {
  return async (ctx, next) => {
    const raw = await readRawBody(ctx.req);
    const auth = parseAuthorization(ctx.get('Authorization') || undefined);
    if (!auth) throw signError('Authorization 头缺失或格式错误，应为 WECHATPAY2-SHA256-RSA2048 mchid="",nonce_str="",signature="",timestamp="",serial_no=""');
    if (auth.mchid !== config.merchant.mchid) throw signError(`商户号 ${auth.mchid} 不存在`);
    // Serial numbers are hex; WeChat accepts them in either case (the SDK sends lower case).
    if (auth.serial_no.toUpperCase() !== config.merchant.serial) throw signError(`商户证书序列号 ${auth.serial_no} 不正确或已过期`);
    if (!isFresh(auth.timestamp)) throw signError('请求时间戳与当前时间相差超过 5 分钟');
    const message = requestMessage(ctx.method, ctx.originalUrl, auth.timestamp, auth.nonce_str, raw);
    if (!verifySha256Rsa(message, auth.signature, config.merchant.publicKey)) throw signError('签名错误，验签失败');
    ctx.state.json = parseJsonBody(raw);
    await next();
  };
}
