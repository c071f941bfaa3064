import type { Middleware } from 'koa';
import { AppError } from '@shop/shared';
import type { AppState } from './context.js';

const MAX_BODY_BYTES = 1024 * 1024;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads a JSON request body into ctx.state.body; malformed JSON is a 400, never a 500. */
export function jsonBody(): Middleware<AppState> {
  return async (ctx, next) => {
    if (!METHODS_WITH_BODY.has(ctx.method)) return next();
    const raw = await readBody(ctx.req);
    if (raw.length === 0) {
      ctx.state.body = undefined;
      return next();
    }
    ctx.state.rawBody = raw.toString('utf8');
    if (!ctx.is('application/json')) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 application/json 格式发送请求内容');
    }
    try {
      ctx.state.body = JSON.parse(ctx.state.rawBody) as unknown;
    } catch {
      throw new AppError('MALFORMED_JSON', '请求内容不是合法的 JSON');
    }
    return next();
  };
}

async function readBody(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '请求内容超过 1 MB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
