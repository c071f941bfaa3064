import { cartAddSchema, cartSelectAllSchema, cartUpdateSchema, idParamsSchema } from '@shop/shared';
import { requireMember, requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** The signed-in consumer's cart. Every write answers with the whole, re-priced cart. */
export const cartRoutes: RouteModule = (router, services) => {
  const consumer = requireRoles('consumer');

  router.get('/cart', consumer, async (ctx) => {
    ctx.body = await services.cart.view(requireMember(ctx.state.principal));
  });

  router.post('/cart/items', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { skuId, qty } = validate(cartAddSchema, ctx.state.body);
    const { created } = await services.cart.add(memberId, skuId, qty);
    ctx.body = await services.cart.view(memberId);
    ctx.status = created ? 201 : 200;
  });

  router.patch('/cart/items', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    await services.cart.selectAll(memberId, validate(cartSelectAllSchema, ctx.state.body).selected);
    ctx.body = await services.cart.view(memberId);
  });

  router.patch('/cart/items/:id', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { id } = validate(idParamsSchema, ctx.params);
    await services.cart.update(memberId, id, validate(cartUpdateSchema, ctx.state.body));
    ctx.body = await services.cart.view(memberId);
  });

  router.delete('/cart/items/:id', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { id } = validate(idParamsSchema, ctx.params);
    await services.cart.remove(memberId, id);
    ctx.body = await services.cart.view(memberId);
  });
};
