import { idParamsSchema, idempotencyKeySchema, orderListQuerySchema, orderRequestSchema } from '@shop/shared';
import { z } from 'zod';
import type { RouteModule } from '../http/router.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { actorOf, type AppContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import type { Buyer } from './orders.service.js';

const idempotencyHeaderSchema = z.object({ 'Idempotency-Key': idempotencyKeySchema });

function consumerBuyer(ctx: AppContext): Buyer {
  const memberId = requireMember(ctx.state.principal);
  return { memberId, channel: 'miniapp', staffId: null, actor: `member:${memberId}` };
}

export const orderRoutes: RouteModule = (router, { orders, orderFulfilment, payments }) => {
  const consumer = requireRoles('consumer');

  router.post('/orders/preview', consumer, async (ctx) => {
    ctx.body = await orders.preview(consumerBuyer(ctx), validate(orderRequestSchema, ctx.state.body));
  });

  router.post('/orders', consumer, async (ctx) => {
    const buyer = consumerBuyer(ctx);
    const request = validate(orderRequestSchema, ctx.state.body);
    const rawKey = ctx.get('idempotency-key');
    const key = rawKey ? validate(idempotencyHeaderSchema, { 'Idempotency-Key': rawKey })['Idempotency-Key'] : null;
    const { order, replayed } = await orders.create(buyer, request, key);
    ctx.status = replayed ? 200 : 201;
    if (replayed) ctx.set('Idempotent-Replayed', 'true');
    ctx.body = order;
  });

  router.get('/orders', consumer, async (ctx) => {
    const query = validate(orderListQuerySchema, ctx.query);
    ctx.body = await orders.list({ ...query, memberId: requireMember(ctx.state.principal) });
  });

  router.get('/orders/:id', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const order = await orders.detail(id, requireMember(ctx.state.principal));
    ctx.body = { ...order, ...(await payments.summary(id)) };
  });

  router.post('/orders/:id/cancel', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const memberId = requireMember(ctx.state.principal);
    const cancelled = await orders.cancel(memberId, id, actorOf(ctx.state.principal!));
    await payments.closeOpenPayments(id);
    ctx.body = cancelled;
  });

  /** What the mini-program prices a cart with locally: the same inputs the server charges with. */
  router.get('/pricing/context', consumer, async (ctx) => {
    ctx.body = await orders.pricingContext(requireMember(ctx.state.principal));
  });

  router.post('/orders/:id/confirm-receipt', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await orderFulfilment.complete(id, actorOf(ctx.state.principal!), 'receipt confirmed by buyer', requireMember(ctx.state.principal));
  });
};
