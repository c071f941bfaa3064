import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import { EmulatorError } from './errors.js';

/**
 * Wraps every APIv3 route: errors become WeChat's `{"code","message"}` answers, and every
 * answer, errors and empty 204s included, carries the Wechatpay-* signature over the exact
 * body bytes sent.
 */
export function signedResponses(sign: (body: string) => Record<string, string>): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body == null) throw new EmulatorError(404, 'NOT_FOUND', `${ctx.method} ${ctx.path} 不存在`);
    } catch (error) {
      const known = error instanceof EmulatorError ? error : new EmulatorError(500, 'SYSTEM_ERROR', '系统错误');
      if (!(error instanceof EmulatorError)) console.error('[wechat-emulator]', error);
      ctx.status = known.status;
      ctx.body = known.toJSON();
    }
    const text = ctx.status === 204 || ctx.body == null ? '' : JSON.stringify(ctx.body);
    ctx.set({ ...sign(text), 'Request-ID': randomUUID() });
    if (text === '') {
      const status = ctx.status;
      ctx.body = null;
      ctx.status = status;
    } else {
      ctx.body = text;
      ctx.type = 'application/json';
    }
  };
}
