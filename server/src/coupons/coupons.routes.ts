import { couponClaimSchema, couponRedeemSchema, cursorQuerySchema, myCouponsQuerySchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';

/** The member's side: claim centre, redeem codes, my coupons. */
export const couponRoutes: RouteModule = (router, { coupons }) => {
  const consumer = requireRoles('consumer');

  router.get('/coupons/claimable', consumer, async (ctx) => {
    ctx.body = await coupons.claimable(requireMember(ctx.state.principal), validate(cursorQuerySchema, ctx.query));
  });

  router.post('/coupons/claim', consumer, async (ctx) => {
    const { templateId } = validate(couponClaimSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await coupons.claim(requireMember(ctx.state.principal), templateId);
  });

  router.post('/coupons/redeem', consumer, async (ctx) => {
    const { code } = validate(couponRedeemSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await coupons.redeem(requireMember(ctx.state.principal), code, ctx.ip);
  });

  router.get('/coupons/mine', consumer, async (ctx) => {
    ctx.body = await coupons.mine(requireMember(ctx.state.principal), validate(myCouponsQuerySchema, ctx.query));
  });
};
