import { idParamsSchema, storeLocationQuerySchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** Public store finder: no sign-in needed. */
export const storeRoutes: RouteModule = (router, services) => {
  router.get('/stores', async (ctx) => {
    ctx.body = await services.stores.listActive(validate(storeLocationQuerySchema, ctx.query));
  });

  router.get('/stores/:id', async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await services.stores.getActive(id, validate(storeLocationQuerySchema, ctx.query));
  });
};
