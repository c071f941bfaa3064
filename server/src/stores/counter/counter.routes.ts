import { COUNTER_TOKEN_HEADER, counterPhoneChallengeSchema, counterPhoneConfirmSchema, memberIdentifySchema, staffMemberRegisterSchema } from '@shop/shared';
import { requireRoles } from '../../http/auth.js';
import type { AppContext } from '../../http/context.js';
import type { RouteModule } from '../../http/router.js';
import { validate } from '../../http/validate.js';
import { storeStaffOf } from '../store-staff.js';

/**
 * The store tablet proves who the customer is: their live member code, or their phone confirmed
 * with a texted code (a new member registers by phone and confirms the same way). Each proof
 * answers a counter session; the member's saved addresses need one.
 */
export const counterRoutes: RouteModule = (router, services) => {
  const { counterIdentification, counterSessions, addresses, dataSource } = services;
  const selling = requireRoles('staff', 'store_manager');
  const staffOf = (ctx: AppContext) => storeStaffOf(ctx.state.principal, dataSource.manager);

  router.post('/staff/members/identify', selling, async (ctx) => {
    const { code } = validate(memberIdentifySchema, ctx.state.body);
    ctx.body = await counterIdentification.byMemberCode(await staffOf(ctx), code);
  });

  router.post('/staff/members/phone-challenge', selling, async (ctx) => {
    const { phone } = validate(counterPhoneChallengeSchema, ctx.state.body);
    ctx.status = 201;
    ctx.body = await counterIdentification.challengePhone(await staffOf(ctx), phone);
  });

  router.post('/staff/members/phone-confirm', selling, async (ctx) => {
    const { challengeId, code } = validate(counterPhoneConfirmSchema, ctx.state.body);
    ctx.body = await counterIdentification.confirmPhone(await staffOf(ctx), challengeId, code);
  });

  /** 新会员注册: a new member by phone (201), or the member who already has the number (200, existed); a code goes to the number either way. */
  router.post('/staff/members/register', selling, async (ctx) => {
    const answer = await counterIdentification.register(await staffOf(ctx), validate(staffMemberRegisterSchema, ctx.state.body));
    ctx.status = answer.existed ? 200 : 201;
    ctx.body = answer;
  });

  /** The counter member's saved addresses (phones masked), to deliver a counter order to one of them. */
  router.get('/staff/counter/addresses', selling, async (ctx) => {
    const memberId = await counterSessions.memberOf(ctx.get(COUNTER_TOKEN_HEADER) || undefined, await staffOf(ctx));
    ctx.body = { items: await addresses.listForStaff(memberId) };
  });
};
