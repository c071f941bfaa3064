import type { EntityManager } from 'typeorm';
import { AppError } from '@shop/shared';
import { affectedRows } from '../platform/transaction.js';
import { GroupbuyCampaignSkuEntity, GroupbuyParticipationEntity, type GroupbuyCampaign } from './campaign.entity.js';
import { GroupbuyGroupEntity } from './group.entity.js';

/*
 * The three counters a group order holds, each taken and given back by one conditional update,
 * inside the order's transaction: so no group overfills, no member exceeds the campaign's
 * limit and the campaign never sells beyond its stock cap, whatever the concurrency.
 */

/** Takes a seat in an open, unexpired group; GROUP_FULL / GROUP_CLOSED otherwise. */
export async function takeSeat(manager: EntityManager, groupId: number, now: Date): Promise<void> {
  const taken = await manager
    .createQueryBuilder()
    .update(GroupbuyGroupEntity)
    .set({ seatsTaken: () => 'seatsTaken + 1' })
    .where('id = :groupId AND status = :open AND seatsTaken < size AND expiresAt > :now', { groupId, open: 'open', now })
    .execute();
  if (affectedRows(taken) === 1) return;
  const group = await manager.findOneBy(GroupbuyGroupEntity, { id: groupId });
  if (group && group.status === 'open' && group.expiresAt && group.expiresAt > now) throw new AppError('GROUP_FULL', '这个团已经满员了，去开一个新团吧');
  throw new AppError('GROUP_CLOSED', '这个团已经结束了，去开一个新团吧');
}

export async function freeSeat(manager: EntityManager, groupId: number): Promise<void> {
  await manager.createQueryBuilder().update(GroupbuyGroupEntity).set({ seatsTaken: () => 'seatsTaken - 1' }).where('id = :groupId AND seatsTaken > 0', { groupId }).execute();
}

/** Counts one more group order of the member in the campaign, within its per-member limit. */
export async function takeParticipation(manager: EntityManager, campaign: GroupbuyCampaign, memberId: number): Promise<void> {
  await manager.createQueryBuilder().insert().into(GroupbuyParticipationEntity).values({ campaignId: campaign.id, memberId, orders: 0 }).orIgnore().updateEntity(false).execute();
  const counted = await manager
    .createQueryBuilder()
    .update(GroupbuyParticipationEntity)
    .set({ orders: () => 'orders + 1' })
    .where('campaignId = :campaignId AND memberId = :memberId AND orders < :limit', { campaignId: campaign.id, memberId, limit: campaign.perMemberLimit })
    .execute();
  if (affectedRows(counted) !== 1) throw new AppError('GROUPBUY_LIMIT_REACHED', `每人最多参与 ${campaign.perMemberLimit} 次本活动`);
}

export async function freeParticipation(manager: EntityManager, campaignId: number, memberId: number): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(GroupbuyParticipationEntity)
    .set({ orders: () => 'orders - 1' })
    .where('campaignId = :campaignId AND memberId = :memberId AND orders > 0', { campaignId, memberId })
    .execute();
}

/** Sells `quantity` units of the campaign's stock cap for the SKU. */
export async function takeCampaignStock(manager: EntityManager, campaignId: number, skuId: number, quantity: number): Promise<void> {
  const sold = await manager
    .createQueryBuilder()
    .update(GroupbuyCampaignSkuEntity)
    .set({ sold: () => `sold + ${Number(quantity)}` })
    .where('campaignId = :campaignId AND skuId = :skuId AND sold + :quantity <= stockCap', { campaignId, skuId, quantity })
    .execute();
  if (affectedRows(sold) !== 1) throw new AppError('OUT_OF_STOCK', '拼团库存已抢光', [{ path: 'skuId', message: `campaign ${campaignId} has no units of SKU ${skuId} left` }]);
}

export async function freeCampaignStock(manager: EntityManager, campaignId: number, skuId: number, quantity: number): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(GroupbuyCampaignSkuEntity)
    .set({ sold: () => `sold - ${Number(quantity)}` })
    .where('campaignId = :campaignId AND skuId = :skuId AND sold >= :quantity', { campaignId, skuId, quantity })
    .execute();
}
