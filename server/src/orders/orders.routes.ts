import { idParamsSchema, orderListQuerySchema, orderRequestSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import { validate } from '../http/validate.js';
import { consumerBuyer, idempotencyKeyOf } from './buyer.js';

export const orderRoutes: RouteModule = (router, { orders, orderFulfillment, payments, groupbuy }) => {
  const consumer = requireRoles('consumer');

  router.post('/orders/preview', consumer, async (ctx) => {
    ctx.body = await orders.preview(consumerBuyer(ctx), validate(orderRequestSchema, ctx.state.body));
  });

  router.post('/orders', consumer, async (ctx) => {
    const buyer = consumerBuyer(ctx);
    const request = validate(orderRequestSchema, ctx.state.body);
    const { order, replayed } = await orders.create(buyer, request, idempotencyKeyOf(ctx));
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
    const group = order.source === 'groupbuy' ? await groupbuy.groups.groupOfOrder(id) : null;
    ctx.body = { ...order, ...(await payments.summary(id)), group };
  });

  router.post('/orders/:id/cancel', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const memberId = requireMember(ctx.state.principal);
    ctx.body = await orders.cancel(memberId, id, actorOf(ctx.state.principal!));
  });

  /** What the mini-program prices a cart with locally: the same inputs the server charges with. */
  router.get('/pricing/context', consumer, async (ctx) => {
    ctx.body = await orders.pricingContext(requireMember(ctx.state.principal));
  });

  router.post('/orders/:id/confirm-receipt', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await orderFulfillment.complete(id, actorOf(ctx.state.principal!), 'receipt confirmed by buyer', requireMember(ctx.state.principal));
  });
};
