import { idParamsSchema, staffCreateSchema, staffTeamQuerySchema, staffUpdateSchema } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../../http/auth.js';
import { actorOf } from '../../http/context.js';
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
    const principal = requirePrincipal(ctx.state.principal);
    const created = await team.create(principal, validate(staffCreateSchema, ctx.state.body));
    services.logger.info({ requestId: ctx.state.requestId, actor: actorOf(principal), staffId: created.id, storeId: created.storeId, role: created.role }, 'staff account created');
    ctx.body = created;
    ctx.status = 201;
  });

  router.patch('/staff/team/:id', managers, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const principal = requirePrincipal(ctx.state.principal);
    const change = validate(staffUpdateSchema, ctx.state.body);
    ctx.body = await team.update(principal, id, change);
    // Who changed which account how (never the password itself).
    const changed = { displayName: change.displayName !== undefined, isActive: change.isActive, passwordReset: change.password !== undefined };
    services.logger.info({ requestId: ctx.state.requestId, actor: actorOf(principal), staffId: id, ...changed }, 'staff account changed');
  });
};
