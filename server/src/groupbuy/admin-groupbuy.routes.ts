import { groupbuyCampaignCreateSchema, groupbuyCampaignListQuerySchema, groupbuyCampaignStatusSchema, idParamsSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { actorOf } from '../http/context.js';
import { validate } from '../http/validate.js';

/** Marketers run group-buy campaigns: create, start/pause/end, read their numbers. */
export const adminGroupbuyRoutes: RouteModule = (router, { groupbuy }) => {
  const marketer = requireRoles('marketer', 'admin');
  const base = '/admin/groupbuy-campaigns';

  router.post(base, marketer, async (ctx) => {
    ctx.body = await groupbuy.campaigns.create(validate(groupbuyCampaignCreateSchema, ctx.state.body), actorOf(requirePrincipal(ctx.state.principal)));
    ctx.status = 201;
  });

  router.get(base, marketer, async (ctx) => {
    ctx.body = await groupbuy.campaigns.list(validate(groupbuyCampaignListQuerySchema, ctx.query));
  });

  router.get(`${base}/:id`, marketer, async (ctx) => {
    ctx.body = await groupbuy.campaigns.get(validate(idParamsSchema, ctx.params).id);
  });

  router.post(`${base}/:id/status`, marketer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await groupbuy.campaigns.setStatus(id, validate(groupbuyCampaignStatusSchema, ctx.state.body).status);
  });

  router.get(`${base}/:id/stats`, marketer, async (ctx) => {
    ctx.body = await groupbuy.campaigns.stats(validate(idParamsSchema, ctx.params).id);
  });
};
