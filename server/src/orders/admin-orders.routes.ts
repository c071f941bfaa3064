import { AppError, adminOrderListQuerySchema, idParamsSchema, orderCompleteOverrideSchema, orderShipSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';
import { actorOf } from '../http/context.js';
import { backOfficeView } from './order-views.js';

/**
 * Back-office order views: marketers and admins see every order, store roles only their store's;
 * all of them with recipients' phones masked and without pickup codes (backOfficeView).
 */
export const adminOrderRoutes: RouteModule = (router, { orders, orderFulfillment, payments, pickups }) => {
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
    const page = await orders.list({ ...query, storeId: ownStore ?? query.storeId });
    ctx.body = { ...page, items: page.items.map((order) => backOfficeView(order)) };
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
    ctx.body = { ...backOfficeView(order), ...(await payments.summary(id)) };
  });

  // Warehouse dispatch ships delivery orders; store roles are not the warehouse.
  router.post('/admin/orders/:id/ship', requireRoles('admin'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const shipment = validate(orderShipSchema, ctx.state.body);
    ctx.body = backOfficeView(await orderFulfillment.ship(id, shipment, actorOf(requirePrincipal(ctx.state.principal))));
  });

  /**
   * An admin completes an order by hand, saying why (logged with the order's events). A pickup
   * is normally handed over only against its code at the store (POST /staff/pickups/verify);
   * this override is refused while its goods are still on their way there.
   */
  router.post('/admin/orders/:id/complete', requireRoles('admin'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { reason } = validate(orderCompleteOverrideSchema, ctx.state.body);
    const actor = actorOf(requirePrincipal(ctx.state.principal));
    const order = await orders.detail(id);
    const completed = order.fulfillment.type === 'pickup' ? await pickups.overrideHandover(id, actor, reason) : await orderFulfillment.complete(id, actor, `人工完成：${reason}`);
    ctx.body = backOfficeView(completed);
  });
};
