import { In, type EntityManager } from 'typeorm';
import { GROUPBUY_GROUP_STATUS_LABELS, type GroupbuyGroupView } from '@shop/shared';
import { MemberEntity } from '../membership/member.entity.js';
import { GroupbuyCampaignEntity } from './campaign.entity.js';
import { GroupbuyMemberEntity, type GroupbuyGroup } from './group.entity.js';
import { groupBy } from '../util/group-by.js';

/** Views of several groups with their live members (leader first), loaded in bulk. */
export async function groupViews(manager: EntityManager, groups: GroupbuyGroup[]): Promise<GroupbuyGroupView[]> {
  if (groups.length === 0) return [];
  const groupIds = groups.map((g) => g.id);
  const [seats, campaigns] = await Promise.all([
    manager.find(GroupbuyMemberEntity, { where: { groupId: In(groupIds), status: In(['reserved', 'paid', 'refunded']) }, order: { id: 'ASC' } }),
    manager.findBy(GroupbuyCampaignEntity, { id: In([...new Set(groups.map((g) => g.campaignId))]) }),
  ]);
  const members = seats.length ? await manager.find(MemberEntity, { select: { id: true, nickname: true, avatarUrl: true }, where: { id: In([...new Set(seats.map((s) => s.memberId))]) } }) : [];
  const memberById = new Map(members.map((m) => [m.id, m]));
  const campaignById = new Map(campaigns.map((c) => [c.id, c]));
  const seatsByGroup = groupBy(seats, (s) => s.groupId);
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
    };
  });
}
