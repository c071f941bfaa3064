import { In, type DataSource, type EntityManager } from 'typeorm';
import { affectedRows, inTransaction } from '../platform/transaction.js';
import type { Logger } from '../platform/logger.js';
import type { Order } from '../orders/order.entity.js';
import type { OrdersService } from '../orders/orders.service.js';
import type { OrderLifecycleHooks } from '../orders/order-lifecycle.js';
import type { RefundsService } from '../payments/refunds.service.js';
import { locking } from '../platform/locking.js';
import { GroupbuyCampaignEntity } from './campaign.entity.js';
import { GroupbuyGroupEntity, GroupbuyMemberEntity, type GroupbuyGroup, type GroupbuyMember } from './group.entity.js';
import { freeCampaignStock, freeParticipation, freeSeat } from './seats.js';
import { shouldSimulate } from './group-rules.js';

const ACTOR = 'job:groupbuy';
const FAILED_REASON = '拼团失败，自动退款';
const EXPIRY_BATCH = 100;

/**
 * How groups end. Payments and cancellations of group orders reach it through the order
 * lifecycle hooks, inside the order's transaction; expiry is a job. Every ending is one
 * conditional update of the group's status, so however many payments, cancellations and job
 * runs (in however many processes) race, a group succeeds or fails once, and its members'
 * orders move, and their refunds are recorded, in that same transaction.
 */
export class GroupOutcomes implements OrderLifecycleHooks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly refunds: RefundsService,
    private readonly logger: Logger,
  ) {}

  /** A group order was paid: count it, open the group (leader) or complete it (last seat). */
  async holdsPaid(manager: EntityManager, order: Order): Promise<boolean> {
    if (order.source !== 'groupbuy') return false;
    const seat = await manager.findOneBy(GroupbuyMemberEntity, { orderId: order.id });
    if (!seat) return false;
    const marked = await manager.update(GroupbuyMemberEntity, { id: seat.id, status: 'reserved' }, { status: 'paid' });
    if (affectedRows(marked) !== 1) return true;
    await manager.createQueryBuilder().update(GroupbuyGroupEntity).set({ paidCount: () => 'paidCount + 1' }).where('id = :id', { id: seat.groupId }).execute();
    const now = order.paidAt ?? new Date();
    if (seat.isLeader) await this.open(manager, seat.groupId, now);
    const group = await lockedGroup(manager, seat.groupId);
    if (group.status !== 'open' || group.paidCount < group.size) return true;
    await this.succeed(manager, group, now, false, order.id);
    return false;
  }

  /** An unpaid group order was cancelled: its seat, the member's turn and the campaign's units come back. */
  async cancelled(manager: EntityManager, order: Order): Promise<void> {
    if (order.source !== 'groupbuy') return;
    const seat = await manager.findOneBy(GroupbuyMemberEntity, { orderId: order.id });
    if (!seat) return;
    const given = await manager.update(GroupbuyMemberEntity, { id: seat.id, status: 'reserved' }, { status: 'cancelled' });
    if (affectedRows(given) !== 1) return;
    await this.giveBack(manager, seat);
    await freeSeat(manager, seat.groupId);
    // A leader who never paid leaves a group nobody could join yet.
    if (seat.isLeader) await manager.update(GroupbuyGroupEntity, { id: seat.groupId, status: 'pending' }, { status: 'cancelled', closedAt: new Date() });
  }

  /** Ends every open group past its time: fails it (refunding the paid) or completes it by simulation. */
  async expireDue(now: Date): Promise<number> {
    const due = await this.dataSource.manager
      .createQueryBuilder(GroupbuyGroupEntity, 'g')
      .where('g.status = :open AND g.expiresAt <= :now', { open: 'open', now })
      .orderBy('g.expiresAt', 'ASC')
      .take(EXPIRY_BATCH)
      .getMany();
    let ended = 0;
    for (const group of due) {
      try {
        // Refunds go to WeChat, and the cancelled orders' open payments are closed, once this commits.
        if (await inTransaction(this.dataSource, (manager) => this.endExpired(manager, group.id, now))) ended++;
      } catch (error) {
        this.logger.warn({ err: error, groupId: group.id }, 'could not end an expired group; will retry');
      }
    }
    return ended;
  }

  /** Ends one expired group in the caller's transaction; false when it had ended already. */
  private async endExpired(manager: EntityManager, groupId: number, now: Date): Promise<boolean> {
    const group = await lockedGroup(manager, groupId);
    if (group.status !== 'open' || !group.expiresAt || group.expiresAt > now) return false;
    const campaign = await manager.findOneByOrFail(GroupbuyCampaignEntity, { id: group.campaignId });
    const seats = await manager.find(GroupbuyMemberEntity, { where: { groupId, status: In(['reserved', 'paid']) }, order: { id: 'ASC' } });
    const unpaid = seats.filter((s) => s.status === 'reserved');
    if (shouldSimulate(group, campaign.simulateWhenShortBy)) {
      if (!(await this.succeed(manager, group, now, true, null))) return false;
      for (const seat of unpaid) await this.orders.cancelWithin(manager, seat.orderId, 'cancel', ACTOR, '拼团已成团，未支付的订单关闭', now);
      return true;
    }
    const failed = await manager.update(GroupbuyGroupEntity, { id: groupId, status: 'open' }, { status: 'failed', closedAt: now });
    if (affectedRows(failed) !== 1) return false;
    for (const seat of unpaid) await this.orders.cancelWithin(manager, seat.orderId, 'cancel', ACTOR, '拼团失败', now);
    for (const seat of seats.filter((s) => s.status === 'paid')) {
      const marked = await manager.update(GroupbuyMemberEntity, { id: seat.id, status: 'paid' }, { status: 'refunded' });
      if (affectedRows(marked) !== 1) continue;
      await this.giveBack(manager, seat);
      await this.orders.withdrawPaidWithin(manager, seat.orderId, ACTOR, FAILED_REASON);
      await this.refunds.recordOrderRefundWithin(manager, seat.orderId, FAILED_REASON);
    }
    return true;
  }

  /** Opens the leader's group to others once the leader has paid; its time starts now. */
  private async open(manager: EntityManager, groupId: number, now: Date): Promise<void> {
    const group = await manager.findOneByOrFail(GroupbuyGroupEntity, { id: groupId });
    const campaign = await manager.findOneByOrFail(GroupbuyCampaignEntity, { id: group.campaignId });
    await manager.update(GroupbuyGroupEntity, { id: groupId, status: 'pending' }, { status: 'open', openedAt: now, expiresAt: new Date(now.getTime() + campaign.formMinutes * 60_000) });
  }

  /** The group succeeds: every paid member's order (but the one being paid now) goes on to fulfillment. */
  private async succeed(manager: EntityManager, group: GroupbuyGroup, now: Date, simulated: boolean, payingOrderId: number | null): Promise<boolean> {
    const won = await manager.update(GroupbuyGroupEntity, { id: group.id, status: 'open' }, { status: 'succeeded', closedAt: now, simulated });
    if (affectedRows(won) !== 1) return false;
    const paid = await manager.find(GroupbuyMemberEntity, { where: { groupId: group.id, status: 'paid' }, order: { id: 'ASC' } });
    for (const seat of paid) if (seat.orderId !== payingOrderId) await this.orders.proceedToFulfillmentWithin(manager, seat.orderId, ACTOR);
    return true;
  }

  private async giveBack(manager: EntityManager, seat: GroupbuyMember): Promise<void> {
    await freeParticipation(manager, seat.campaignId, seat.memberId);
    await freeCampaignStock(manager, seat.campaignId, seat.skuId, seat.quantity);
  }
}

async function lockedGroup(manager: EntityManager, groupId: number): Promise<GroupbuyGroup> {
  const group = await locking(manager, manager.createQueryBuilder(GroupbuyGroupEntity, 'g').where('g.id = :groupId', { groupId })).getOne();
  if (!group) throw new Error(`group ${groupId} does not exist`);
  return group;
}
