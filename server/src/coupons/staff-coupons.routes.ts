import { COUNTER_TOKEN_HEADER, staffCouponGrantSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireRoles } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import type { GrantingStaff } from './staff-coupon-grants.service.js';
import { validate } from '../http/validate.js';
import { storeStaffOf } from '../stores/store-staff.js';

/**
 * Store staff hand a coupon to the member at their counter (门店发放). The member is the one the
 * counter session (X-Counter-Token) proved present; a member id in the body grants nothing.
 */
export const staffCouponRoutes: RouteModule = (router, { staffCoupons, counterSessions, dataSource }) => {
  const selling = requireRoles('staff', 'store_manager');
  const staffOf = (ctx: AppContext) => storeStaffOf(ctx.state.principal, dataSource.manager);
  const granting = ({ account, store }: Awaited<ReturnType<typeof staffOf>>): GrantingStaff => ({ staffId: account.id, storeId: store.id });

  /** The templates this staff member may hand out now, with what is left of today's quota. */
  router.get('/staff/coupons', selling, async (ctx) => {
    ctx.body = await staffCoupons.handouts(granting(await staffOf(ctx)));
  });

  router.post('/staff/coupons/grant', selling, async (ctx) => {
    const { templateId } = validate(staffCouponGrantSchema, ctx.state.body);
    const staff = await staffOf(ctx);
    const memberId = await counterSessions.memberOf(ctx.get(COUNTER_TOKEN_HEADER) || undefined, staff);
    ctx.status = 201;
    ctx.body = await staffCoupons.grant(granting(staff), memberId, templateId);
  });
};
