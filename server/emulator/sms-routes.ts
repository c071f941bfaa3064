import type Router from '@koa/router';
import { DEV_SMS_API_KEY } from '../src/sms/dev-sms.js';
import { parseJsonBody, readRawBody } from './read-body.js';

export interface SmsRecord {
  phone: string;
  text: string;
  sentAt: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The SMS provider, emulated: `POST /sms/send {phone, text}` with the account's API key as a
 * bearer token, as the shop's HttpSmsGateway sends it; and the phone's inbox, for a person
 * (`GET /_emulator/sms/inbox?phone=`, a page like a phone's messages) and tests
 * (`GET /_emulator/sms?phone=`). Texts live as long as the emulator process.
 */
export function smsRoutes(router: Router, apiKey: string = DEV_SMS_API_KEY): { texts(phone?: string): SmsRecord[] } {
  const sent: SmsRecord[] = [];
  const textsTo = (phone?: string) => sent.filter((t) => phone === undefined || t.phone === phone);

  router.post('/sms/send', async (ctx) => {
    if (ctx.get('authorization') !== `Bearer ${apiKey}`) {
      ctx.status = 401;
      ctx.body = { code: 'UNAUTHORIZED', message: 'invalid API key' };
      return;
    }
    let body: { phone?: unknown; text?: unknown } | null;
    try {
      body = parseJsonBody(await readRawBody(ctx.req)) as typeof body;
    } catch {
      body = null;
    }
    if (typeof body?.phone !== 'string' || !/^1\d{10}$/.test(body.phone) || typeof body.text !== 'string' || body.text.length === 0 || body.text.length > 500) {
      ctx.status = 400;
      ctx.body = { code: 'INVALID_PARAMETER', message: 'phone must be a mainland mobile number and text 1-500 characters' };
      return;
    }
    sent.push({ phone: body.phone, text: body.text, sentAt: new Date().toISOString() });
    ctx.body = { code: 'OK', message: 'accepted' };
  });

  router.get('/_emulator/sms', (ctx) => {
    ctx.body = { items: textsTo(typeof ctx.query.phone === 'string' ? ctx.query.phone : undefined) };
  });

  router.get('/_emulator/sms/inbox', (ctx) => {
    const phone = typeof ctx.query.phone === 'string' ? ctx.query.phone : '';
    const items = textsTo(phone).reverse();
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>短信 ${escapeHtml(phone)}</title>
<style>body{font-family:sans-serif;margin:0;background:#f2f2f7}h1{font-size:17px;text-align:center;padding:12px;margin:0;background:#fff}.sms{background:#fff;margin:10px;padding:12px;border-radius:12px}.at{color:#888;font-size:12px}</style></head>
<body><h1>短信 · ${escapeHtml(phone)}</h1>${items.length === 0 ? '<p class="sms">暂无短信</p>' : items.map((t) => `<div class="sms" data-testid="sms"><div class="at">${escapeHtml(t.sentAt)}</div><div class="text">${escapeHtml(t.text)}</div></div>`).join('')}</body></html>`;
  });

  return { texts: (phone) => textsTo(phone) };
}
