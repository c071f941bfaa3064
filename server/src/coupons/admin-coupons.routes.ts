import {
  couponCodeBatchSchema,
  couponPushCreateSchema,
  couponSharedCodeSchema,
  couponTemplateCreateSchema,
  couponTemplateListQuerySchema,
  couponTemplatePatchSchema,
  couponTemplateStatusSchema,
  cursorQuerySchema,
  idParamsSchema,
} from '@shop/shared';
import { z } from 'zod';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import { validate } from '../http/validate.js';

const instanceParamsSchema = z.object({ instanceId: idParamsSchema.shape.id });

/** Marketers' and admins' coupon back office. */
export const adminCouponRoutes: RouteModule = (router, { coupons }) => {
  const guard = requireRoles('marketer', 'admin');
  const base = '/admin/coupon-templates';

  router.post(base, guard, async (ctx) => {
    const input = validate(couponTemplateCreateSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await coupons.templates.create(input, actorOf(requirePrincipal(ctx.state.principal)));
  });

  router.get(base, guard, async (ctx) => {
    ctx.body = await coupons.templates.list(validate(couponTemplateListQuerySchema, ctx.query));
  });

  router.get(`${base}/:id`, guard, async (ctx) => {
    ctx.body = await coupons.templates.get(validate(idParamsSchema, ctx.params).id);
  });

  router.patch(`${base}/:id`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await coupons.templates.patch(id, validate(couponTemplatePatchSchema, ctx.state.body));
  });

  router.post(`${base}/:id/status`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await coupons.templates.setStatus(id, validate(couponTemplateStatusSchema, ctx.state.body).status);
  });

  router.get(`${base}/:id/stats`, guard, async (ctx) => {
    ctx.body = await coupons.templates.stats(validate(idParamsSchema, ctx.params).id);
  });

  router.post(`${base}/:id/codes`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.status = 201;
    ctx.body = await coupons.templates.generateCodes(id, validate(couponCodeBatchSchema, ctx.state.body).count);
  });

  router.put(`${base}/:id/shared-code`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await coupons.templates.setSharedCode(id, validate(couponSharedCodeSchema, ctx.state.body).code);
  });

  router.post(`${base}/:id/pushes`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { segment } = validate(couponPushCreateSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await coupons.pushes.create(id, segment, actorOf(requirePrincipal(ctx.state.principal)));
  });

  router.get(`${base}/:id/pushes`, guard, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await coupons.pushes.listForTemplate(id, validate(cursorQuerySchema, ctx.query));
  });

  router.get('/admin/coupon-pushes/:id', guard, async (ctx) => {
    ctx.body = await coupons.pushes.get(validate(idParamsSchema, ctx.params).id);
  });

  router.post('/admin/coupons/:instanceId/revoke', guard, async (ctx) => {
    const { instanceId } = validate(instanceParamsSchema, ctx.params);
    ctx.body = await coupons.revoke(instanceId, actorOf(requirePrincipal(ctx.state.principal)));
  });
};
