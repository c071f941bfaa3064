import {
  adminProductListQuerySchema,
  categoryCreateSchema,
  categoryUpdateSchema,
  hotWordCreateSchema,
  hotWordUpdateSchema,
  idParamsSchema,
  productCreateSchema,
  productStatusSchema,
  productUpdateSchema,
  skuInputSchema,
  skuUpdateSchema,
} from '@shop/shared';
import { requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/**
 * Catalog maintenance for marketers and admins. Product writes answer with the product as it now
 * is; 热搜词 writes with the whole list in order.
 */
export const adminCatalogRoutes: RouteModule = (router, services) => {
  const staff = requireRoles('marketer', 'admin');
  const catalog = services.catalog;

  router.get('/admin/categories', staff, async (ctx) => {
    ctx.body = await catalog.adminListCategories();
  });

  router.post('/admin/categories', staff, async (ctx) => {
    ctx.body = await catalog.createCategory(validate(categoryCreateSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.patch('/admin/categories/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.updateCategory(id, validate(categoryUpdateSchema, ctx.state.body));
  });

  router.get('/admin/products', staff, async (ctx) => {
    ctx.body = await catalog.adminListProducts(validate(adminProductListQuerySchema, ctx.query));
  });

  router.get('/admin/products/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.adminGetProduct(id);
  });

  router.post('/admin/products', staff, async (ctx) => {
    ctx.body = await catalog.createProduct(validate(productCreateSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.patch('/admin/products/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.updateProduct(id, validate(productUpdateSchema, ctx.state.body));
  });

  router.post('/admin/products/:id/skus', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.addSku(id, validate(skuInputSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.post('/admin/products/:id/status', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { status } = validate(productStatusSchema, ctx.state.body);
    ctx.body = await catalog.setStatus(id, status);
  });

  router.patch('/admin/skus/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.updateSku(id, validate(skuUpdateSchema, ctx.state.body));
  });

  router.get('/admin/hot-words', staff, async (ctx) => {
    ctx.body = await catalog.hotWords.list();
  });

  router.post('/admin/hot-words', staff, async (ctx) => {
    ctx.body = await catalog.hotWords.create(validate(hotWordCreateSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.patch('/admin/hot-words/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.hotWords.update(id, validate(hotWordUpdateSchema, ctx.state.body));
  });

  router.delete('/admin/hot-words/:id', staff, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await catalog.hotWords.remove(id);
  });
};
