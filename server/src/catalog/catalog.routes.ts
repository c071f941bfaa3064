import { idParamsSchema, productListQuerySchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** What anyone may browse, signed in or not: active categories and on-shelf products. */
export const catalogRoutes: RouteModule = (router, services) => {
  router.get('/categories', async (ctx) => {
    ctx.body = await services.catalog.listCategories();
  });

  router.get('/products', async (ctx) => {
    ctx.body = await services.catalog.listProducts(validate(productListQuerySchema, ctx.query));
  });

  router.get('/search/hot-words', async (ctx) => {
    ctx.body = await services.catalog.hotWords.shown();
  });

  router.get('/products/:id', async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await services.catalog.getProduct(id);
  });
};
