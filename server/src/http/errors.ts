import type { Middleware } from 'koa';
import { AppError, type ApiErrorBody } from '@shop/shared';
import type { AppState } from './context.js';
import type { Logger } from '../platform/logger.js';
import { requestIdFor } from './request-id.js';

/**
 * Outermost but for the security headers: assigns a request id (a client's own only when it
 * looks like one), logs each request as one JSON line, and turns every thrown error into
 * `{error:{code,message,details?}}`. Unknown errors become a 500 with
 * a generic message; the stack goes to the log, never to the client.
 */
export function errorsAndLogging(logger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const { requestId, replacedClientValue } = requestIdFor(ctx.get('x-request-id'));
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', ctx.state.requestId);
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError('ROUTE_NOT_FOUND', `No route for ${ctx.method} ${ctx.path}`);
      }
    } catch (error) {
      const appError = toAppError(error);
      if (appError.status >= 500) logger.error({ err: error, requestId: ctx.state.requestId }, 'request failed');
      ctx.status = appError.status;
      const body: ApiErrorBody = { error: { code: appError.code, message: appError.message } };
      if (appError.details?.length) body.error.details = appError.details;
      ctx.body = body;
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // A refused client id is only flagged: its content is whatever the client chose to put in our logs.
      const flag = replacedClientValue ? { clientRequestIdReplaced: true } : {};
      logger.info({ requestId: ctx.state.requestId, ...flag, method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10 }, 'request');
    }
  };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = (error as { status?: number }).status;
  if (status === 405 || status === 501) return new AppError('METHOD_NOT_ALLOWED', '不支持的请求方法');
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', '请求内容过大');
  return new AppError('INTERNAL', '服务器开小差了，请稍后重试');
}
