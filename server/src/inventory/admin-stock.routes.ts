import { cursorQuerySchema, displayMoveSchema, stockAdjustSchema, stockMovementQuerySchema, stockQuerySchema, stockReceiveSchema } from '@shop/shared';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';
import { StockAdmin } from './stock-admin.js';
import { auditStockLedger } from './stock-audit.js';
import { StockQueries } from './stock-queries.js';

/** Stock figures, the ledger and manual stock changes for back-office staff. */
export const adminStockRoutes: RouteModule = (router, services) => {
  const queries = new StockQueries(services.dataSource, services.skus);
  const admin = new StockAdmin(services.inventory, queries, services.skus);
  const readers = requireRoles('admin', 'store_manager', 'marketer');
  // Which location a store manager may change is checked per request in StockAdmin.
  const writers = requireRoles('admin', 'store_manager');

  router.get('/admin/stock', readers, async (ctx) => {
    ctx.body = await queries.listStock(validate(stockQuerySchema, ctx.query));
  });

  router.get('/admin/stock-locations', readers, async (ctx) => {
    ctx.body = await queries.listLocations(validate(cursorQuerySchema, ctx.query));
  });

  router.get('/admin/stock/movements', readers, async (ctx) => {
    ctx.body = await queries.listMovements(validate(stockMovementQuerySchema, ctx.query));
  });

  router.post('/admin/stock/receive', writers, async (ctx) => {
    ctx.body = await admin.receive(requirePrincipal(ctx.state.principal), validate(stockReceiveSchema, ctx.state.body));
  });

  router.post('/admin/stock/adjust', writers, async (ctx) => {
    ctx.body = await admin.adjust(requirePrincipal(ctx.state.principal), validate(stockAdjustSchema, ctx.state.body));
  });

  /** Sellable stock to display samples and back (a manager: their own store only). */
  router.post('/admin/stock/display', writers, async (ctx) => {
    ctx.body = await admin.moveDisplay(requirePrincipal(ctx.state.principal), validate(displayMoveSchema, ctx.state.body));
  });

  router.get('/admin/stock/audit', requireRoles('admin'), async (ctx) => {
    ctx.body = await auditStockLedger(services.dataSource);
  });
};
