import { groupbuyOrderSchema, groupbuyStartSchema, idParamsSchema, myGroupsQuerySchema, productGroupsQuerySchema, runningCampaignsQuerySchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';
import { consumerBuyer, idempotencyKeyOf } from '../orders/buyer.js';
import type { GroupOrderAnswer } from './groups.service.js';
import type { AppContext } from '../http/context.js';

/** Consumers: a product's offers and open groups, starting and joining groups, their own groups. */
export const groupbuyRoutes: RouteModule = (router, { groupbuy }) => {
  const consumer = requireRoles('consumer');
  const answer = (ctx: AppContext, result: GroupOrderAnswer) => {
    ctx.status = result.replayed ? 200 : 201;
    if (result.replayed) ctx.set('Idempotent-Replayed', 'true');
    ctx.body = { order: result.order, group: result.group };
  };

  router.get('/products/:id/groupbuy', async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { limit } = validate(productGroupsQuerySchema, ctx.query);
    const [offers, openGroups] = await Promise.all([groupbuy.campaigns.offersFor(id), groupbuy.groups.openGroupsOf(id, limit)]);
    ctx.body = { offers, openGroups };
  });

  router.get('/groupbuy/campaigns', async (ctx) => {
    ctx.body = { items: await groupbuy.campaigns.running(validate(runningCampaignsQuerySchema, ctx.query).limit) };
  });

  /** Public (the share target); a signed-in member also sees their own seat in it. */
  router.get('/groupbuy/groups/:id', async (ctx) => {
    const viewer = ctx.state.principal?.kind === 'member' ? ctx.state.principal.memberId : null;
    ctx.body = await groupbuy.groups.groupFor(validate(idParamsSchema, ctx.params).id, viewer);
  });

  router.post('/groupbuy/groups', consumer, async (ctx) => {
    answer(ctx, await groupbuy.groups.start(consumerBuyer(ctx), validate(groupbuyStartSchema, ctx.state.body), idempotencyKeyOf(ctx)));
  });

  router.post('/groupbuy/groups/:id/join', consumer, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    answer(ctx, await groupbuy.groups.join(consumerBuyer(ctx), id, validate(groupbuyOrderSchema, ctx.state.body), idempotencyKeyOf(ctx)));
  });

  router.get('/groupbuy/mine', consumer, async (ctx) => {
    ctx.body = await groupbuy.groups.mine(requireMember(ctx.state.principal), validate(myGroupsQuerySchema, ctx.query));
  });
};
