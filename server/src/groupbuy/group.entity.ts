import { EntitySchema } from 'typeorm';
import type { GroupbuyGroupStatus, GroupbuyMemberStatus } from '@shop/shared';
import { boolColumn, dateColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/**
 * One group of a campaign. `seatsTaken` counts members holding a live order (paid or not),
 * `paidCount` those who paid; conditional updates keep seatsTaken <= size, so the group never
 * overfills. pending (leader not paid yet, closed to others) -> open -> succeeded | failed;
 * pending -> cancelled when the leader's order is cancelled.
 */
export interface GroupbuyGroup extends Timestamps {
  id: number;
  campaignId: number;
  leaderMemberId: number;
  size: number;
  seatsTaken: number;
  paidCount: number;
  status: GroupbuyGroupStatus;
  openedAt: Date | null;
  /** Set when the group opens: openedAt + the campaign's formMinutes. */
  expiresAt: Date | null;
  closedAt: Date | null;
  /** Succeeded by 模拟成团 (short of members at expiry). */
  simulated: boolean;
}

export const GroupbuyGroupEntity = new EntitySchema<GroupbuyGroup>({
  name: 'GroupbuyGroup',
  tableName: 'groupbuy_group',
  columns: {
    id: idColumn,
    campaignId: intColumn(),
    leaderMemberId: intColumn(),
    size: intColumn(),
    seatsTaken: intColumn({ default: 0 }),
    paidCount: intColumn({ default: 0 }),
    status: stringColumn(16),
    openedAt: dateColumn({ nullable: true }),
    expiresAt: dateColumn({ nullable: true }),
    closedAt: dateColumn({ nullable: true }),
    simulated: boolColumn(false),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_groupbuy_group_status_expires', columns: ['status', 'expiresAt'] },
    { name: 'IDX_groupbuy_group_campaign_status', columns: ['campaignId', 'status', 'id'] },
  ],
});

/** A member's seat in a group, held by their group order. */
export interface GroupbuyMember extends Timestamps {
  id: number;
  groupId: number;
  campaignId: number;
  memberId: number;
  orderId: number;
  /** What the order bought at the group price (one SKU), held against the campaign's stock cap. */
  skuId: number;
  quantity: number;
  isLeader: boolean;
  status: GroupbuyMemberStatus;
}

export const GroupbuyMemberEntity = new EntitySchema<GroupbuyMember>({
  name: 'GroupbuyMember',
  tableName: 'groupbuy_member',
  columns: {
    id: idColumn,
    groupId: intColumn(),
    campaignId: intColumn(),
    memberId: intColumn(),
    orderId: intColumn({ unique: true }),
    skuId: intColumn(),
    quantity: intColumn(),
    isLeader: boolColumn(false),
    status: stringColumn(16),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_groupbuy_member_group', columns: ['groupId', 'status'] },
    { name: 'IDX_groupbuy_member_member', columns: ['memberId', 'id'] },
  ],
});
