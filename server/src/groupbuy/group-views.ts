import { In, type EntityManager } from 'typeorm';
import { GROUPBUY_GROUP_STATUS_LABELS, type GroupbuyGroupView, type GroupbuyMySeatView } from '@shop/shared';
import { MemberEntity } from '../membership/member.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { SkuEntity } from '../catalog/sku.entity.js';
import { OrderEntity } from '../orders/order.entity.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity } from './campaign.entity.js';
import { GroupbuyMemberEntity, type GroupbuyGroup, type GroupbuyMember } from './group.entity.js';
import { groupBy } from '../util/group-by.js';

/** Seats that count as members of a group: holding an unpaid order, paid, or refunded after a failure. */
const LIVE_SEATS: GroupbuyMember['status'][] = ['reserved', 'paid', 'refunded'];

interface ProductFacts {
  productTitle: string;
  productImage: string | null;
  groupPrice: number;
  listPrice: number;
}

/** Views of several groups with their live members (leader first) and what they buy, loaded in bulk. */
export async function groupViews(manager: EntityManager, groups: GroupbuyGroup[]): Promise<GroupbuyGroupView[]> {
  if (groups.length === 0) return [];
  const groupIds = groups.map((g) => g.id);
  const campaignIds = [...new Set(groups.map((g) => g.campaignId))];
  const [seats, campaigns, campaignSkus] = await Promise.all([
    manager.find(GroupbuyMemberEntity, { where: { groupId: In(groupIds), status: In(LIVE_SEATS) }, order: { id: 'ASC' } }),
    manager.findBy(GroupbuyCampaignEntity, { id: In(campaignIds) }),
    manager.find(GroupbuyCampaignSkuEntity, { where: { campaignId: In(campaignIds) }, order: { id: 'ASC' } }),
  ]);
  const [members, products, skus] = await Promise.all([
    seats.length ? manager.find(MemberEntity, { select: { id: true, nickname: true, avatarUrl: true }, where: { id: In([...new Set(seats.map((s) => s.memberId))]) } }) : Promise.resolve([]),
    manager.find(ProductEntity, { select: { id: true, title: true, images: true }, where: { id: In([...new Set(campaigns.map((c) => c.productId))]) } }),
    campaignSkus.length ? manager.find(SkuEntity, { select: { id: true, price: true }, where: { id: In([...new Set(campaignSkus.map((s) => s.skuId))]) } }) : Promise.resolve([]),
  ]);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const campaignById = new Map(campaigns.map((c) => [c.id, c]));
  const productById = new Map(products.map((p) => [p.id, p]));
  const listPriceOf = new Map(skus.map((s) => [s.id, s.price]));
  const skusByCampaign = groupBy(campaignSkus, (s) => s.campaignId);
  const seatsByGroup = groupBy(seats, (s) => s.groupId);

  const factsOf = (campaignId: number): ProductFacts => {
    const campaign = campaignById.get(campaignId);
    const product = campaign ? productById.get(campaign.productId) : undefined;
    const cheapest = [...(skusByCampaign.get(campaignId) ?? [])].sort((a, b) => a.groupPrice - b.groupPrice || a.id - b.id)[0];
    return {
      productTitle: product?.title ?? '',
      productImage: product?.images[0] ?? null,
      groupPrice: cheapest?.groupPrice ?? 0,
      listPrice: cheapest ? (listPriceOf.get(cheapest.skuId) ?? cheapest.groupPrice) : 0,
    };
  };

  return groups.map((group) => {
    const campaign = campaignById.get(group.campaignId);
    const groupSeats = [...(seatsByGroup.get(group.id) ?? [])].sort((a, b) => Number(b.isLeader) - Number(a.isLeader) || a.id - b.id);
    return {
      id: group.id,
      campaignId: group.campaignId,
      productId: campaign?.productId ?? 0,
      campaignName: campaign?.name ?? '',
      size: group.size,
      seatsTaken: group.seatsTaken,
      paidCount: group.paidCount,
      remainingSeats: Math.max(0, group.size - group.seatsTaken),
      status: group.status,
      statusLabel: GROUPBUY_GROUP_STATUS_LABELS[group.status],
      openedAt: group.openedAt?.toISOString() ?? null,
      expiresAt: group.expiresAt?.toISOString() ?? null,
      simulated: group.simulated,
      members: groupSeats.map((seat) => {
        const member = memberById.get(seat.memberId);
        return { nickname: member?.nickname || '微信用户', avatarUrl: member?.avatarUrl ?? null, isLeader: seat.isLeader, paid: seat.status !== 'reserved' };
      }),
      ...factsOf(group.campaignId),
    };
  });
}

/**
 * The member's live seat in the group, if they hold one. A seat given up (its order cancelled
 * unpaid) is no seat: the member may join again, and the newest live seat is the one shown.
 */
export async function mySeatIn(manager: EntityManager, groupId: number, memberId: number): Promise<GroupbuyMySeatView | null> {
  const seat = await manager.findOne(GroupbuyMemberEntity, { where: { groupId, memberId, status: In(LIVE_SEATS) }, order: { id: 'DESC' } });
  if (!seat) return null;
  const order = await manager.findOne(OrderEntity, { select: { id: true, status: true }, where: { id: seat.orderId } });
  return { orderId: seat.orderId, orderStatus: order?.status ?? 'cancelled', isLeader: seat.isLeader, paid: seat.status !== 'reserved' };
}
