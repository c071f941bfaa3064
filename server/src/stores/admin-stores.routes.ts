import { adminStoreCreateSchema, adminStoreUpdateSchema, cursorQuerySchema, idParamsSchema } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';
import { StoreAdminService } from './store-admin.service.js';

/** Store administration: every store, active or not; opening one creates its stock location. Admins only. */
export const adminStoreRoutes: RouteModule = (router, services) => {
  const stores = new StoreAdminService(services.dataSource, services.inventory);
  const admins = requireRoles('admin');

  router.get('/admin/stores', admins, async (ctx) => {
    ctx.body = await stores.list(validate(cursorQuerySchema, ctx.query));
  });

  router.get('/admin/stores/:id', admins, async (ctx) => {
    ctx.body = await stores.get(validate(idParamsSchema, ctx.params).id);
  });

  router.post('/admin/stores', admins, async (ctx) => {
    const created = await stores.create(validate(adminStoreCreateSchema, ctx.state.body));
    services.logger.info({ requestId: ctx.state.requestId, actor: actorOf(requirePrincipal(ctx.state.principal)), storeId: created.id, code: created.code }, 'store created');
    ctx.body = created;
    ctx.status = 201;
  });

  router.patch('/admin/stores/:id', admins, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const change = validate(adminStoreUpdateSchema, ctx.state.body);
    ctx.body = await stores.update(id, change);
    services.logger.info({ requestId: ctx.state.requestId, actor: actorOf(requirePrincipal(ctx.state.principal)), storeId: id, change }, 'store changed');
  });
};
