import { tierView } from './tiers/tier-views.js';
import { memberConsentSchema, memberPhoneBindSchema, type MemberPhoneBindAnswer, memberProfilePatchSchema, pointsLedgerQuerySchema } from '@shop/shared';
import { requireMember, requireRoles } from '../http/auth.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

/** The signed-in member's centre: profile, tier, points, member code, consents, phone. */
export const memberRoutes: RouteModule = (router, services) => {
  const consumer = requireRoles('consumer');

  /** The tier ladder with each tier's benefits, for the member centre. */
  router.get('/members/tiers', async (ctx) => {
    ctx.body = { items: (await services.memberTiers.all()).map(tierView) };
  });

  router.get('/members/me/consents', consumer, async (ctx) => {
    ctx.body = { items: await services.profiles.consentsOf(requireMember(ctx.state.principal)) };
  });

  router.get('/members/me', consumer, async (ctx) => {
    ctx.body = await services.memberOverview.overview(requireMember(ctx.state.principal));
  });

  router.patch('/members/me', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    await services.profiles.update(memberId, validate(memberProfilePatchSchema, ctx.state.body));
    ctx.body = await services.memberOverview.overview(memberId);
  });

  router.get('/members/me/points', consumer, async (ctx) => {
    ctx.body = await services.points.ledger(requireMember(ctx.state.principal), validate(pointsLedgerQuerySchema, ctx.query));
  });

  router.get('/members/me/code', consumer, async (ctx) => {
    ctx.set('cache-control', 'no-store');
    const memberId = requireMember(ctx.state.principal);
    ctx.body = await services.memberCodeDigits.issue(memberId);
  });

  router.post('/members/me/consents', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    ctx.body = await services.profiles.recordConsent(memberId, validate(memberConsentSchema, ctx.state.body));
    ctx.status = 201;
  });

  router.post('/members/me/phone', consumer, async (ctx) => {
    const memberId = requireMember(ctx.state.principal);
    const { phone, claimedMemberId } = await services.profiles.bindPhone(memberId, validate(memberPhoneBindSchema, ctx.state.body).code);
    const answer: MemberPhoneBindAnswer = { phone, session: claimedMemberId === null ? null : await services.memberAuth.sessionOf(claimedMemberId) };
    ctx.body = answer;
  });
};
