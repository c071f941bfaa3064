import { AppError, adminOrderListQuerySchema, idParamsSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';

/** Back-office order views: marketers and admins see every order; store roles only their store's. */
export const adminOrderRoutes: RouteModule = (router, { orders, payments }) => {
  const guard = requireRoles('admin', 'marketer', 'store_manager', 'staff');

  const storeScope = (principal: ReturnType<typeof requirePrincipal>): number | undefined => {
    if (principal.kind !== 'staff' || principal.roles.some((r) => r === 'admin' || r === 'marketer')) return undefined;
    if (principal.storeId === null) throw new AppError('FORBIDDEN', 'Your account is not attached to a store');
    return principal.storeId;
  };

  router.get('/admin/orders', guard, async (ctx) => {
    const query = validate(adminOrderListQuerySchema, ctx.query);
    const ownStore = storeScope(requirePrincipal(ctx.state.principal));
    if (ownStore !== undefined && query.storeId !== undefined && query.storeId !== ownStore) {
      throw new AppError('FORBIDDEN', "You can only see your own store's orders");
    }
    ctx.body = await orders.list({ ...query, storeId: ownStore ?? query.storeId });
  });

  router.get('/admin/orders/:id', guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const ownStore = storeScope(requirePrincipal(ctx.state.principal));
    const order = await orders.detail(id);
    if (ownStore !== undefined && order.fulfillment.store?.id !== ownStore) throw new AppError('NOT_FOUND', 'Order not found');
    ctx.body = { ...order, ...(await payments.summary(id)) };
  });
};
