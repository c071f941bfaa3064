import { z } from 'zod';
import { AppError, MAX_INT, idParamsSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';

const refundRequestSchema = z.object({
  reason: z.string().trim().min(1).max(80),
  /** Lines and units to refund; omit to refund everything that is left. */
  lines: z.array(z.object({ orderItemId: z.number().int().positive().max(MAX_INT), quantity: z.number().int().min(1).max(999) })).min(1).max(50).optional(),
  /** Caller's idempotency key for this refund; the same key never refunds twice. */
  refundKey: z.string().regex(/^[A-Za-z0-9_-]{1,24}$/),
});

export const adminRefundRoutes: RouteModule = (router, { refunds, orders }) => {
  router.post('/admin/orders/:id/refunds', requireRoles('admin'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const request = validate(refundRequestSchema, ctx.state.body);
    const order = await orders.detail(id);
    const outRefundNo = `${order.orderNo}-${request.refundKey}`;
    const refund = request.lines
      ? await refunds.refundLines(id, request.lines, request.reason, outRefundNo)
      : await refunds.refundPaidOrder(id, request.reason, outRefundNo);
    if (!refund) throw new AppError('REFUND_NOT_ALLOWED', '该订单已没有可退金额');
    ctx.status = 201;
    ctx.body = refund;
  });
};
