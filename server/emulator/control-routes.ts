import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { EmulatorError } from './errors.js';
import type { Payments } from './payments.js';
import { parseJsonBody, readRawBody } from './read-body.js';
import type { Refunds } from './refunds.js';
import type { EmulatorStore } from './store.js';
import { parseWith } from './validation.js';

const payBody = z
  .object({
    openid: z.string().min(1).max(128).optional(),
    delivery: z.enum(['normal', 'twice', 'late', 'never']).optional(),
    lateMs: z.number().int().min(0).max(24 * 3600_000).optional(),
  })
  .optional();

/** Control API errors are plain JSON `{code, message}`; nothing here is signed. */
const controlErrors: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof EmulatorError)) throw error;
    ctx.status = error.status;
    ctx.body = error.toJSON();
  }
};

/**
 * The emulator's control API under /_emulator, for people (the cashier page) and tests: what
 * the payer does in WeChat (pay, fail, let expire) and what WeChat Pay holds.
 */
export function controlRoutes(router: Router, deps: { store: EmulatorStore; payments: Payments; refunds: Refunds }): void {
  const { store, payments, refunds } = deps;
  router.use('/_emulator', controlErrors);

  router.get('/_emulator/prepays', (ctx) => {
    ctx.body = { data: payments.pending() };
  });

  router.get('/_emulator/transactions/:outTradeNo', (ctx) => {
    ctx.body = payments.byOutTradeNo(ctx.params.outTradeNo!);
  });

  router.post('/_emulator/transactions/:outTradeNo/pay', async (ctx) => {
    const options = parseWith(payBody, parseJsonBody(await readRawBody(ctx.req)), 'body') ?? {};
    ctx.body = payments.pay(ctx.params.outTradeNo!, options);
  });

  router.post('/_emulator/transactions/:outTradeNo/fail', (ctx) => {
    ctx.body = payments.fail(ctx.params.outTradeNo!);
  });

  router.post('/_emulator/transactions/:outTradeNo/expire', (ctx) => {
    ctx.body = payments.expire(ctx.params.outTradeNo!);
  });

  router.get('/_emulator/notifications', (ctx) => {
    ctx.body = { data: store.notifications() };
  });

  router.get('/_emulator/refunds/:outRefundNo', (ctx) => {
    ctx.body = refunds.find(ctx.params.outRefundNo!).refund;
  });
}
