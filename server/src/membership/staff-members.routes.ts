import { memberIdentifySchema } from '@shop/shared';
import { requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** The store tablet scans a member's code to see who they are. */
export const staffMemberRoutes: RouteModule = (router, services) => {
  router.post('/staff/members/identify', requireRoles('staff', 'store_manager'), async (ctx) => {
    const memberId = await services.memberCodes.verify(validate(memberIdentifySchema, ctx.state.body).code);
    ctx.body = await services.memberOverview.forStaff(memberId);
  });
};
