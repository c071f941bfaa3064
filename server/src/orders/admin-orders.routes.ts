import { AppError, adminOrderListQuerySchema, idParamsSchema, orderShipSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';
import { actorOf } from '../http/context.js';

/** Back-office order views: marketers and admins see every order; store roles only their store's. */
export const adminOrderRoutes: RouteModule = (router, { orders, orderFulfilment, payments }) => {
  const guard = requireRoles('admin', 'marketer', 'store_manager', 'staff');

  const storeScope = (principal: ReturnType<typeof requirePrincipal>): number | undefined => {
    if (principal.kind !== 'staff' || principal.roles.some((r) => r === 'admin' || r === 'marketer')) return undefined;
    if (principal.storeId === null) throw new AppError('FORBIDDEN', '你的账号未绑定门店');
    return principal.storeId;
  };

  router.get('/admin/orders', guard, async (ctx) => {
    const query = validate(adminOrderListQuerySchema, ctx.query);
    const ownStore = storeScope(requirePrincipal(ctx.state.principal));
    if (ownStore !== undefined && query.storeId !== undefined && query.storeId !== ownStore) {
      throw new AppError('FORBIDDEN', '只能查看本门店的订单');
    }
    ctx.body = await orders.list({ ...query, storeId: ownStore ?? query.storeId });
  });

  /** The order as this principal may see it: store roles only their own store's orders. */
  const visibleOrder = async (principal: ReturnType<typeof requirePrincipal>, id: number) => {
    const ownStore = storeScope(principal);
    const order = await orders.detail(id);
    if (ownStore !== undefined && order.fulfillment.store?.id !== ownStore) throw new AppError('NOT_FOUND', '订单不存在');
    return order;
  };

  router.get('/admin/orders/:id', guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const order = await visibleOrder(requirePrincipal(ctx.state.principal), id);
    ctx.body = { ...order, ...(await payments.summary(id)) };
  });

  // Warehouse dispatch ships delivery orders; store roles are not the warehouse.
  router.post('/admin/orders/:id/ship', requireRoles('admin'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const shipment = validate(orderShipSchema, ctx.state.body);
    ctx.body = await orderFulfilment.ship(id, shipment, actorOf(requirePrincipal(ctx.state.principal)));
  });

  /** Hands a paid or pickup order over in person (pickup-code verification comes with the store flow). */
  router.post('/admin/orders/:id/complete', requireRoles('admin', 'store_manager', 'staff'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const principal = requirePrincipal(ctx.state.principal);
    await visibleOrder(principal, id);
    ctx.body = await orderFulfilment.complete(id, actorOf(principal), 'handed over in store');
  });
};
