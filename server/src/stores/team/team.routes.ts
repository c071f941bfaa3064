import { idParamsSchema, staffCreateSchema, staffTeamQuerySchema, staffUpdateSchema } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../../http/auth.js';
import type { RouteModule } from '../../http/router.js';
import { validate } from '../../http/validate.js';
import { StaffTeamService } from './staff-team.service.js';

/** 门店管理: a store manager's team (their own store only), or any store's for an admin. */
export const teamRoutes: RouteModule = (router, services) => {
  const team = new StaffTeamService(services.dataSource);
  const managers = requireRoles('store_manager', 'admin');

  router.get('/staff/team', managers, async (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.body = await team.list(requirePrincipal(ctx.state.principal), validate(staffTeamQuerySchema, ctx.query));
  });

  router.post('/staff/team', managers, async (ctx) => {
    ctx.body = await team.create(requirePrincipal(ctx.state.principal), validate(staffCreateSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.patch('/staff/team/:id', managers, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await team.update(requirePrincipal(ctx.state.principal), id, validate(staffUpdateSchema, ctx.state.body));
  });
};
