import { memberIdentifySchema, memberPhoneLookupSchema } from '@shop/shared';
import { requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';
import { MemberCodeDigitsService } from './member-code/member-code-digits.service.js';

/** The store tablet finds out who the customer is: their member code (scanned or typed) or their phone. */
export const staffMemberRoutes: RouteModule = (router, services) => {
  const selling = requireRoles('staff', 'store_manager');

  router.get('/staff/members/lookup', selling, async (ctx) => {
    const { phone } = validate(memberPhoneLookupSchema, ctx.query);
    ctx.body = await services.memberOverview.forStaff((await services.members.byPhone(phone)).id);
  });

  router.post('/staff/members/identify', selling, async (ctx) => {
    const { code } = validate(memberIdentifySchema, ctx.state.body);
    const memberId = MemberCodeDigitsService.isDigits(code) ? await services.memberCodeDigits.memberOf(code) : await services.memberCodes.verify(code);
    ctx.body = await services.memberOverview.forStaff(memberId);
  });
};
