import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError, leaderUnitPrice, type GroupbuyGroupDetailView, type GroupbuyGroupView, type GroupbuyOrderRequest, type GroupbuyStartRequest, type MyGroupbuyView, type MyGroupFilter, type MyGroupsQuery, type OrderView, type Page } from '@shop/shared';
import type { MemberBuyer, OrderOffer, OrdersService } from '../orders/orders.service.js';
import { OrderEntity } from '../orders/order.entity.js';
import { OrderItemEntity } from '../orders/order-item.entity.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity, type GroupbuyCampaign } from './campaign.entity.js';
import { GroupbuyGroupEntity, GroupbuyMemberEntity } from './group.entity.js';
import { takeCampaignStock, takeParticipation, takeSeat } from './seats.js';
import { campaignRunning } from './group-rules.js';
import { groupViews, mySeatIn } from './group-views.js';

export interface GroupOrderAnswer {
  order: OrderView;
  group: GroupbuyGroupView;
  replayed: boolean;
}

/**
 * What consumers do with group-buys: start a group (its leader's order), join one from a share
 * link, see a product's open groups and their own. A seat is taken inside the order's
 * transaction, so an order exists exactly when its seat does.
 */
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
  ) {}

  async start(buyer: MemberBuyer, request: GroupbuyStartRequest, idempotencyKey: string | null, now = new Date()): Promise<GroupOrderAnswer> {
    const campaign = await this.runningCampaign(request.campaignId, now);
    const groupPrice = await this.groupPriceOf(campaign, request.skuId);
    const offer: OrderOffer = {
      source: 'groupbuy',
      key: `groupbuy:start:${campaign.id}`,
      prices: new Map([[request.skuId, leaderUnitPrice(groupPrice, campaign.leaderDiscount)]]),
      placed: async (manager, orderId) => {
        await takeParticipation(manager, campaign, buyer.memberId);
        await takeCampaignStock(manager, campaign.id, request.skuId, request.qty);
        const inserted = await manager.insert(GroupbuyGroupEntity, { campaignId: campaign.id, leaderMemberId: buyer.memberId, size: campaign.groupSize, seatsTaken: 1, paidCount: 0, status: 'pending', openedAt: null, expiresAt: null, closedAt: null, simulated: false });
        await this.seat(manager, Number(inserted.identifiers[0]?.id), campaign.id, buyer.memberId, orderId, request, true);
      },
    };
    return this.place(buyer, request, idempotencyKey, offer);
  }

  async join(buyer: MemberBuyer, groupId: number, request: GroupbuyOrderRequest, idempotencyKey: string | null, now = new Date()): Promise<GroupOrderAnswer> {
    const group = await this.dataSource.manager.findOneBy(GroupbuyGroupEntity, { id: groupId });
    if (!group) throw new AppError('NOT_FOUND', '拼团不存在');
    if (group.status === 'pending') throw new AppError('GROUP_CLOSED', '团长还没有支付，稍后再来参团');
    const campaign = await this.runningCampaign(group.campaignId, now);
    const groupPrice = await this.groupPriceOf(campaign, request.skuId);
    if (campaign.newMembersOnly && (await this.hasPaidBefore(buyer.memberId))) throw new AppError('GROUPBUY_NEW_MEMBERS_ONLY', '本团仅限新用户参加（从未下过单的用户）');
    const offer: OrderOffer = {
      source: 'groupbuy',
      key: `groupbuy:join:${groupId}`,
      prices: new Map([[request.skuId, groupPrice]]),
      placed: async (manager, orderId) => {
        await takeSeat(manager, groupId, now);
        // After the seat's row lock: one member cannot hold two seats of a group, however fast they tap.
        const already = await manager.countBy(GroupbuyMemberEntity, { groupId, memberId: buyer.memberId, status: In(['reserved', 'paid']) });
        if (already > 0) throw new AppError('CONFLICT', '你已经在这个团里了');
        await takeParticipation(manager, campaign, buyer.memberId);
        await takeCampaignStock(manager, campaign.id, request.skuId, request.qty);
        await this.seat(manager, groupId, campaign.id, buyer.memberId, orderId, request, false);
      },
    };
    return this.place(buyer, request, idempotencyKey, offer);
  }

  async group(groupId: number): Promise<GroupbuyGroupView> {
    const group = await this.dataSource.manager.findOneBy(GroupbuyGroupEntity, { id: groupId });
    if (!group) throw new AppError('NOT_FOUND', '拼团不存在');
    return (await groupViews(this.dataSource.manager, [group]))[0]!;
  }

  /** A group as the share link shows it, with the viewer's own seat when a signed-in member holds one. */
  async groupFor(groupId: number, viewerMemberId: number | null): Promise<GroupbuyGroupDetailView> {
    const [view, mySeat] = await Promise.all([this.group(groupId), viewerMemberId === null ? Promise.resolve(null) : mySeatIn(this.dataSource.manager, groupId, viewerMemberId)]);
    return { ...view, mySeat };
  }

  /** The group an order holds a seat in; null for other orders. */
  async groupOfOrder(orderId: number): Promise<GroupbuyGroupView | null> {
    const seat = await this.dataSource.manager.findOneBy(GroupbuyMemberEntity, { orderId });
    return seat ? this.group(seat.groupId) : null;
  }

  /** Groups of a product others can join now, closest to closing first. */
  async openGroupsOf(productId: number, limit: number, now = new Date()): Promise<GroupbuyGroupView[]> {
    const groups = await this.dataSource.manager
      .createQueryBuilder(GroupbuyGroupEntity, 'g')
      .innerJoin(GroupbuyCampaignEntity.options.name, 'c', 'c.id = g.campaignId')
      .where('c.productId = :productId AND c.status = :active AND g.status = :open AND g.expiresAt > :now AND g.seatsTaken < g.size', { productId, active: 'active', open: 'open', now })
      .orderBy('g.expiresAt', 'ASC')
      .take(limit)
      .getMany();
    return groupViews(this.dataSource.manager, groups);
  }

  /** The member's seats, newest first, each with its group, order status and the line bought; `status` narrows to one tab of 我的拼团. */
  async mine(memberId: number, query: MyGroupsQuery): Promise<Page<MyGroupbuyView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.manager.createQueryBuilder(GroupbuyMemberEntity, 's').where('s.memberId = :memberId', { memberId }).orderBy('s.id', 'DESC').take(query.limit + 1);
    if (after) qb.andWhere('s.id < :afterId', { afterId: after.id });
    if (query.status) {
      const filter = MY_GROUP_FILTER_SQL[query.status];
      qb.innerJoin(GroupbuyGroupEntity.options.name, 'g', 'g.id = s.groupId').andWhere(filter.where, filter.params);
    }
    const page = pageOf(await qb.getMany(), query.limit, (s) => s.id);
    const groupIds = [...new Set(page.items.map((s) => s.groupId))];
    const orderIds = page.items.map((s) => s.orderId);
    const manager = this.dataSource.manager;
    const [groups, orders, lines] = await Promise.all([
      groupIds.length ? manager.findBy(GroupbuyGroupEntity, { id: In(groupIds) }) : Promise.resolve([]),
      orderIds.length ? manager.find(OrderEntity, { select: { id: true, status: true }, where: { id: In(orderIds) } }) : Promise.resolve([]),
      orderIds.length ? manager.find(OrderItemEntity, { select: { id: true, orderId: true, skuId: true, specText: true, quantity: true, unitPrice: true, listPrice: true }, where: { orderId: In(orderIds) }, order: { id: 'ASC' } }) : Promise.resolve([]),
    ]);
    const views = new Map((await groupViews(manager, groups)).map((v) => [v.id, v]));
    const orderStatus = new Map(orders.map((o) => [o.id, o.status]));
    const lineOf = new Map<number, (typeof lines)[number]>();
    for (const line of lines) if (!lineOf.has(line.orderId)) lineOf.set(line.orderId, line);
    return {
      items: page.items.map((seat) => {
        const line = lineOf.get(seat.orderId);
        return {
          ...views.get(seat.groupId)!,
          orderId: seat.orderId,
          orderStatus: orderStatus.get(seat.orderId) ?? 'cancelled',
          isLeader: seat.isLeader,
          line: line ? { skuId: line.skuId, specText: line.specText, quantity: line.quantity, unitPrice: line.unitPrice, listPrice: line.listPrice } : null,
        };
      }),
      nextCursor: page.nextCursor,
    };
  }

  private async place(buyer: MemberBuyer, request: GroupbuyOrderRequest, idempotencyKey: string | null, offer: OrderOffer): Promise<GroupOrderAnswer> {
    const orderRequest = { lines: [{ skuId: request.skuId, qty: request.qty }], fulfillment: request.fulfillment, buyerNote: request.buyerNote, coupons: { mode: 'none' as const }, points: 0 };
    const { order, replayed } = await this.orders.create(buyer, orderRequest, idempotencyKey, offer);
    const group = await this.groupOfOrder(order.id);
    if (!group) throw new Error(`group order ${order.id} holds no seat`);
    return { order, group, replayed };
  }

  private async seat(manager: EntityManager, groupId: number, campaignId: number, memberId: number, orderId: number, request: GroupbuyOrderRequest, isLeader: boolean): Promise<void> {
    await manager.insert(GroupbuyMemberEntity, { groupId, campaignId, memberId, orderId, skuId: request.skuId, quantity: request.qty, isLeader, status: 'reserved' });
  }

  private async runningCampaign(campaignId: number, now: Date): Promise<GroupbuyCampaign> {
    const campaign = await this.dataSource.manager.findOneBy(GroupbuyCampaignEntity, { id: campaignId });
    if (!campaign) throw new AppError('NOT_FOUND', '拼团活动不存在');
    if (!campaignRunning(campaign, now)) throw new AppError('GROUPBUY_NOT_AVAILABLE', '拼团活动未开始或已结束');
    return campaign;
  }

  private async groupPriceOf(campaign: GroupbuyCampaign, skuId: number): Promise<number> {
    const sku = await this.dataSource.manager.findOneBy(GroupbuyCampaignSkuEntity, { campaignId: campaign.id, skuId });
    if (!sku) throw new AppError('VALIDATION_FAILED', '这个规格不参加拼团', [{ path: 'skuId', message: `SKU ${skuId} is not in campaign ${campaign.id}` }]);
    return sku.groupPrice;
  }

  private async hasPaidBefore(memberId: number): Promise<boolean> {
    return (await this.dataSource.manager.createQueryBuilder(OrderEntity, 'o').where('o.memberId = :memberId AND o.paidAt IS NOT NULL', { memberId }).getCount()) > 0;
  }
}

/**
 * The tabs of 我的拼团 as conditions on the seat (s) and its group (g), from the member's side:
 * a seat given up or refunded is 未成团 for them whatever became of the group.
 */
const MY_GROUP_FILTER_SQL: Record<MyGroupFilter, { where: string; params: Record<string, string | string[]> }> = {
  open: { where: 'g.status IN (:...forming) AND s.status IN (:...live)', params: { forming: ['pending', 'open'], live: ['reserved', 'paid'] } },
  succeeded: { where: 'g.status = :succeeded AND s.status IN (:...kept)', params: { succeeded: 'succeeded', kept: ['paid'] } },
  failed: { where: '(g.status IN (:...ended) OR s.status IN (:...dropped))', params: { ended: ['failed', 'cancelled'], dropped: ['cancelled', 'refunded'] } },
};
