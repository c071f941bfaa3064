import Router from '@koa/router';
import type { AppState } from './context.js';
import type { Services } from '../services.js';
import { AppError } from '@shop/shared';

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes(services: Services): Router<AppState> {
  const router = new Router<AppState>();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    try {
      await services.dataSource.query('SELECT 1');
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '数据库暂不可用');
    }
    ctx.body = { status: 'ready', database: services.dataSource.options.type };
  });
  return router;
}
