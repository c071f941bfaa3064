import { addressInputSchema, addressUpdateSchema, idParamsSchema } from '@shop/shared';
import { requireMember, requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** The signed-in consumer's delivery addresses (at most ADDRESS_MAX_PER_MEMBER, so no cursor). */
export const addressRoutes: RouteModule = (router, services) => {
  const consumer = requireRoles('consumer');

  router.get('/addresses', consumer, async (ctx) => {
    ctx.body = { items: await services.addresses.list(requireMember(ctx.state.principal)) };
  });

  router.post('/addresses', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    ctx.body = await services.addresses.create(memberId, validate(addressInputSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.get('/addresses/:id', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await services.addresses.get(requireMember(ctx.state.principal), id);
  });

  router.patch('/addresses/:id', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await services.addresses.update(memberId, id, validate(addressUpdateSchema, ctx.state.body));
  });

  router.delete('/addresses/:id', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { id } = validate(idParamsSchema, ctx.params);
    await services.addresses.remove(memberId, id);
    ctx.status = 204;
  });
};
