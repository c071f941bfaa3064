import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Middleware } from 'koa';

/**
 * The control API (/_emulator/...) and the cashier page (/cashier) pay, fail and expire
 * prepays and show what was sent to a phone. The emulator may listen on the shop's Wi-Fi, so
 * they answer only to a request that carries a token: the `X-Emulator-Token` header (tests,
 * scripts) or `?token=` (links).
 * - The control token (per start, printed) opens everything.
 * - A cashier link's token, cashierLinkToken(controlToken, outTradeNo), opens only that
 *   transaction's `GET /cashier` and its `POST /_emulator/transactions/<outTradeNo>/pay|fail`:
 *   whoever scans a tablet's QR can pay that order, but not other prepays nor read the texts.
 * The APIv3, login and SMS endpoints keep their own credentials, as at WeChat.
 */
const CONTROL_TOKEN_HEADER = 'X-Emulator-Token';
export const CONTROL_TOKEN_FORMAT = /^[A-Za-z0-9_-]{16,128}$/;

/** A fresh token for one emulator start. */
export function generateControlToken(): string {
  return randomBytes(24).toString('base64url');
}

export function assertControlToken(token: string): string {
  if (!CONTROL_TOKEN_FORMAT.test(token)) throw new Error('controlToken must be 16-128 characters of A-Z a-z 0-9 _ -');
  return token;
}

/** The token a cashier link for one transaction carries: HMAC-SHA256(controlToken, outTradeNo), base64url. */
export function cashierLinkToken(controlToken: string, outTradeNo: string): string {
  return createHmac('sha256', controlToken).update(outTradeNo).digest('base64url');
}

/** Paths that need a token, as the router matches them: in any case, with or without a trailing slash. */
function isGuardedPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/_emulator' || lower.startsWith('/_emulator/') || isCashierPath(path);
}

function isCashierPath(path: string): boolean {
  return /^\/cashier\/?$/i.test(path);
}

const PAYER_ACTION = /^\/_emulator\/transactions\/([^/]+)\/(?:pay|fail)\/?$/i;

/**
 * @param cashierTransaction the outTradeNo the cashier page would show for this request's
 *   query (the cashier page's own lookup), or null.
 */
export function requireControlToken(token: string, cashierTransaction: (query: Context['query']) => string | null): Middleware {
  const expected = digest(token);
  const matches = (presented: string, wanted: Buffer) => timingSafeEqual(digest(presented), wanted);
  return async (ctx, next) => {
    if (!isGuardedPath(ctx.path)) return next();
    const query = ctx.query.token;
    const presented = ctx.get(CONTROL_TOKEN_HEADER) || (typeof query === 'string' ? query : '');
    // Digests first: equal lengths for timingSafeEqual, and no timing hint of the token's length.
    if (presented && matches(presented, expected)) return next();
    const outTradeNo = presented ? linkScope(ctx, cashierTransaction) : null;
    if (outTradeNo !== null && matches(presented, digest(cashierLinkToken(token, outTradeNo)))) return next();
    const refusal = presented
      ? {
          code: 'EMULATOR_TOKEN_INVALID',
          message: "Wrong emulator token: use the token this emulator printed when it started. A cashier link's token opens only its own transaction's cashier page and pay/fail.",
        }
      : { code: 'EMULATOR_TOKEN_REQUIRED', message: `The emulator's control API and cashier need its token: send the ${CONTROL_TOKEN_HEADER} header or ?token=, as printed when the emulator started.` };
    ctx.status = 401;
    ctx.set('Cache-Control', 'no-store');
    if (isCashierPath(ctx.path)) {
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>链接无效</title></head><body><p>这个收银台链接缺少或带错了模拟器令牌，请使用商户页面给出的支付链接。</p><p>${refusal.message}</p></body></html>`;
    } else {
      ctx.body = refusal;
    }
  };
}

/** The one transaction a link token could open for this request, or null. */
function linkScope(ctx: Context, cashierTransaction: (query: Context['query']) => string | null): string | null {
  if (isCashierPath(ctx.path)) return ctx.method === 'GET' || ctx.method === 'HEAD' ? cashierTransaction(ctx.query) : null;
  const action = ctx.method === 'POST' ? PAYER_ACTION.exec(ctx.path) : null;
  if (!action) return null;
  try {
    // As the router decodes :outTradeNo.
    return decodeURIComponent(action[1]!);
  } catch {
    return null;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
