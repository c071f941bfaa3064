import type Router from '@koa/router';
import { z } from 'zod';
import type { Refunds } from './refunds.js';
import { parseWith, bytes, fen, notifyUrl, outTradeNo } from './validation.js';
import type { V3State } from './verify-request.js';
import { refundJson } from './wechat-format.js';

const refundBody = z
  .object({
    transaction_id: z.string().min(1).max(32).optional(),
    out_trade_no: outTradeNo.optional(),
    out_refund_no: z.string().regex(/^[0-9A-Za-z_\-|*@]{1,64}$/, '商户退款单号须为 1-64 位数字、大小写字母或 _-|*@'),
    reason: bytes(1, 80).optional(),
    notify_url: notifyUrl.optional(),
    funds_account: z.string().optional(),
    amount: z.object({ refund: fen, total: fen, currency: z.literal('CNY', '目前只支持 CNY') }),
  })
  .refine((body) => body.transaction_id !== undefined || body.out_trade_no !== undefined, { message: 'transaction_id 与 out_trade_no 必须二选一', path: ['out_trade_no'] });

/** Domestic refunds: apply and query. */
export function refundRoutes(router: Router<V3State>, refunds: Refunds): void {
  router.post('/v3/refund/domestic/refunds', (ctx) => {
    const body = parseWith(refundBody, ctx.state.json, 'body');
    const { refund, transaction } = refunds.create({
      outTradeNo: body.out_trade_no ?? null,
      transactionId: body.transaction_id ?? null,
      outRefundNo: body.out_refund_no,
      reason: body.reason ?? null,
      notifyUrl: body.notify_url ?? null,
      refund: body.amount.refund,
      total: body.amount.total,
      currency: body.amount.currency,
    });
    ctx.body = refundJson(refund, transaction);
  });

  router.get('/v3/refund/domestic/refunds/:outRefundNo', (ctx) => {
    const { refund, transaction } = refunds.find(ctx.params.outRefundNo!);
    ctx.body = refundJson(refund, transaction);
  });
}
