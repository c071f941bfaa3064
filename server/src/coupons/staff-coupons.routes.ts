import { staffCouponGrantSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import { validate } from '../http/validate.js';

/** Store staff hand a coupon to a member in store. */
export const staffCouponRoutes: RouteModule = (router, { coupons }) => {
  router.post('/staff/coupons/grant', requireRoles('staff', 'store_manager'), async (ctx) => {
    const { memberId, templateId } = validate(staffCouponGrantSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await coupons.grantByStaff(actorOf(requirePrincipal(ctx.state.principal)), memberId, templateId);
  });
};
