import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';

/**
 * The control API (/_emulator/...) and the cashier page (/cashier) pay, fail and expire
 * prepays and show what was sent to a phone. The emulator may listen on the shop's Wi-Fi, so
 * they answer only to a request that carries this emulator's token: the `X-Emulator-Token`
 * header (tests, scripts) or `?token=` (the links the shop hands out).
 * The APIv3, login and SMS endpoints keep their own credentials, as at WeChat.
 */
export const CONTROL_TOKEN_HEADER = 'X-Emulator-Token';
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{16,128}$/;

/** A fresh token for one emulator start. */
export function generateControlToken(): string {
  return randomBytes(24).toString('base64url');
}

export function assertControlToken(token: string): string {
  if (!TOKEN_FORMAT.test(token)) throw new Error('controlToken must be 16-128 characters of A-Z a-z 0-9 _ -');
  return token;
}

/** Paths that need the token. */
export function isGuardedPath(path: string): boolean {
  return path === '/_emulator' || path.startsWith('/_emulator/') || path === '/cashier';
}

export function requireControlToken(token: string): Middleware {
  const expected = digest(token);
  return async (ctx, next) => {
    if (!isGuardedPath(ctx.path)) return next();
    const query = ctx.query.token;
    const presented = ctx.get(CONTROL_TOKEN_HEADER) || (typeof query === 'string' ? query : '');
    // Digests first: equal lengths for timingSafeEqual, and no timing hint of the token's length.
    if (presented && timingSafeEqual(digest(presented), expected)) return next();
    const refusal = presented
      ? { code: 'EMULATOR_TOKEN_INVALID', message: 'Wrong emulator token: use the token this emulator printed when it started (or a cashier link the shop handed out).' }
      : { code: 'EMULATOR_TOKEN_REQUIRED', message: `The emulator's control API and cashier need its token: send the ${CONTROL_TOKEN_HEADER} header or ?token=, as printed when the emulator started.` };
    ctx.status = 401;
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path === '/cashier') {
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>链接无效</title></head><body><p>这个收银台链接缺少或带错了模拟器令牌，请使用商户页面给出的支付链接。</p><p>${refusal.message}</p></body></html>`;
    } else {
      ctx.body = refusal;
    }
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
