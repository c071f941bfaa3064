import { idParamsSchema, memberTierCreateSchema, memberTierListQuerySchema, memberTierPatchSchema, pointsAdjustSchema } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** Admins: manual points corrections and tier configuration. */
export const adminMemberRoutes: RouteModule = (router, services) => {
  const admin = requireRoles('admin');
  const tiers = '/admin/member-tiers';

  router.post('/admin/members/:id/points/adjust', admin, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { delta, reason } = validate(pointsAdjustSchema, ctx.state.body);
    ctx.body = await services.points.adjust(id, delta, reason, actorOf(requirePrincipal(ctx.state.principal)));
    ctx.status = 201;
  });

  router.get(tiers, admin, async (ctx) => {
    ctx.body = await services.memberTiers.list(validate(memberTierListQuerySchema, ctx.query));
  });

  router.post(tiers, admin, async (ctx) => {
    ctx.body = await services.memberTiers.create(validate(memberTierCreateSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.get(`${tiers}/:id`, admin, async (ctx) => {
    ctx.body = await services.memberTiers.get(validate(idParamsSchema, ctx.params).id);
  });

  router.patch(`${tiers}/:id`, admin, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await services.memberTiers.patch(id, validate(memberTierPatchSchema, ctx.state.body));
  });

  router.delete(`${tiers}/:id`, admin, async (ctx) => {
    await services.memberTiers.remove(validate(idParamsSchema, ctx.params).id);
    ctx.status = 204;
  });
};
