import { AppError, displaySampleQuerySchema, type DisplaySampleView } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';
import { currentStoreStaff } from '../stores/store-staff.js';

/** What the store tablet reads about its own store's stock beyond the catalog: the display samples customers can try. */
export const staffStockRoutes: RouteModule = (router, { inventory, dataSource }) => {
  router.get('/staff/display-samples', requireRoles('staff', 'store_manager'), async (ctx) => {
    const principal = requirePrincipal(ctx.state.principal);
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN', '没有权限执行此操作');
    const { store } = await currentStoreStaff(dataSource.manager, principal.staffId);
    const { skuIds } = validate(displaySampleQuerySchema, ctx.query);
    const units = await inventory.displayUnitsAt(store.id, skuIds);
    ctx.body = skuIds.map((skuId): DisplaySampleView => ({ skuId, units: units.get(skuId) ?? 0 }));
  });
};
