import { randomBytes } from 'node:crypto';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { LocalCode2Session } from '../src/wechat/code2session.js';
import { LocalPhoneNumberProvider } from '../src/membership/profile/phone-number.js';
import type { EmulatorConfig } from './config.js';
import { readRawBody } from './read-body.js';

const localLogins = new LocalCode2Session();
const localPhones = new LocalPhoneNumberProvider();
const TOKEN_SECONDS = 7200;

/**
 * The mini-program server APIs the shop calls, answered as WeChat does (always HTTP 200, errors
 * as errcode/errmsg): jscode2session, stable_token and getuserphonenumber. `test:<name>` login
 * codes and `test:<phone>` phone codes mean what they mean to the local adapters, so local and
 * emulated modes reach the same members and numbers.
 */
export interface SubscribeMessageRecord {
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  sentAt: string;
}

export function loginRoutes(router: Router, config: EmulatorConfig): { subscribeMessages(): SubscribeMessageRecord[] } {
  let current: { token: string; expiresAt: number } | null = null;
  const sent: SubscribeMessageRecord[] = [];
  const tokenValid = (token: unknown) => current !== null && token === current.token && current.expiresAt > Date.now();
  const credentialsProblem = (appid: unknown, secret: unknown) => {
    if (appid !== config.merchant.appid) return { errcode: 40013, errmsg: 'invalid appid' };
    if (secret !== config.merchant.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    return null;
  };

  router.get('/sns/jscode2session', async (ctx) => {
    const { appid, secret, js_code: code, grant_type: grantType } = ctx.query;
    const problem = credentialsProblem(appid, secret) ?? (grantType !== 'authorization_code' ? { errcode: 40002, errmsg: 'invalid grant_type' } : null);
    if (problem) {
      ctx.body = problem;
      return;
    }
    const session = typeof code === 'string' ? await localLogins.exchange(code).catch(() => null) : null;
    ctx.body = session ? { openid: session.openid, session_key: randomBytes(16).toString('base64') } : { errcode: 40029, errmsg: 'invalid code' };
  });

  // stable_token: every caller gets the same token until it expires (or force_refresh), so
  // several server instances never invalidate each other's token.
  router.post('/cgi-bin/stable_token', async (ctx) => {
    const body = await jsonOf(ctx);
    const problem = credentialsProblem(body.appid, body.secret) ?? (body.grant_type !== 'client_credential' ? { errcode: 40002, errmsg: 'invalid grant_type' } : null);
    if (problem) {
      ctx.body = problem;
      return;
    }
    if (!current || current.expiresAt <= Date.now() || body.force_refresh === true) {
      current = { token: `emu_${randomBytes(24).toString('hex')}`, expiresAt: Date.now() + TOKEN_SECONDS * 1000 };
    }
    ctx.body = { access_token: current.token, expires_in: Math.floor((current.expiresAt - Date.now()) / 1000) };
  });

  // Subscribe messages (订阅消息) are recorded, for people on the control API and for tests.
  router.post('/cgi-bin/message/subscribe/send', async (ctx) => {
    if (!tokenValid(ctx.query.access_token)) {
      ctx.body = { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
      return;
    }
    const body = await jsonOf(ctx);
    if (typeof body.touser !== 'string' || typeof body.template_id !== 'string' || !body.data || typeof body.data !== 'object') {
      ctx.body = { errcode: 47003, errmsg: 'argument invalid! data.thing1.value is empty' };
      return;
    }
    sent.push({ touser: body.touser, templateId: body.template_id, page: typeof body.page === 'string' ? body.page : null, data: body.data as SubscribeMessageRecord['data'], sentAt: new Date().toISOString() });
    ctx.body = { errcode: 0, errmsg: 'ok', msgid: sent.length };
  });

  router.get('/_emulator/subscribe-messages', (ctx) => {
    ctx.body = { data: sent };
  });

  router.post('/wxa/business/getuserphonenumber', async (ctx) => {
    if (!tokenValid(ctx.query.access_token)) {
      ctx.body = { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
      return;
    }
    const { code } = await jsonOf(ctx);
    const phone = typeof code === 'string' ? await localPhones.phoneFor(code).catch(() => null) : null;
    ctx.body = phone
      ? { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark: { timestamp: Math.floor(Date.now() / 1000), appid: config.merchant.appid } } }
      : { errcode: 40029, errmsg: 'invalid code' };
  });
  return { subscribeMessages: () => [...sent] };
}

async function jsonOf(ctx: Context): Promise<Record<string, unknown>> {
  try {
    const parsed = JSON.parse(await readRawBody(ctx.req)) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
