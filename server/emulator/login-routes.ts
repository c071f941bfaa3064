import { randomBytes } from 'node:crypto';
import type Router from '@koa/router';
import { LocalCode2Session } from '../src/wechat/code2session.js';
import type { EmulatorConfig } from './config.js';

const localLogins = new LocalCode2Session();

/**
 * GET /sns/jscode2session, as the mini-program login API answers (always HTTP 200, errors as
 * errcode/errmsg). A `test:<name>` code maps to the same openid LocalCode2Session gives, so
 * local and emulated logins reach the same member.
 */
export function loginRoutes(router: Router, config: EmulatorConfig): void {
  router.get('/sns/jscode2session', async (ctx) => {
    const { appid, secret, js_code: code, grant_type: grantType } = ctx.query;
    if (appid !== config.merchant.appid) {
      ctx.body = { errcode: 40013, errmsg: 'invalid appid' };
    } else if (secret !== config.merchant.appSecret) {
      ctx.body = { errcode: 40125, errmsg: 'invalid appsecret' };
    } else if (grantType !== 'authorization_code') {
      ctx.body = { errcode: 40002, errmsg: 'invalid grant_type' };
    } else {
      const session = typeof code === 'string' ? await localLogins.exchange(code).catch(() => null) : null;
      ctx.body = session
        ? { openid: session.openid, session_key: randomBytes(16).toString('base64') }
        : { errcode: 40029, errmsg: 'invalid code' };
    }
  });
}
