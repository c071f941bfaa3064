import { EntitySchema } from 'typeorm';
import type { Fen, GroupbuyCampaignStatus } from '@shop/shared';
import { boolColumn, dateColumn, fenColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** A marketer's group-buy offer on one product: the rules every group of it follows. */
export interface GroupbuyCampaign extends Timestamps {
  id: number;
  name: string;
  productId: number;
  /** Members a group needs, leader included (2..50). */
  groupSize: number;
  /** How long an open group has to fill, from the moment the leader has paid. */
  formMinutes: number;
  startsAt: Date;
  endsAt: Date;
  /** Group orders one member may hold in this campaign (started or joined, not cancelled). */
  perMemberLimit: number;
  /** 老带新: only members who never paid an order may join (the leader may be anyone). */
  newMembersOnly: boolean;
  /** 模拟成团: a group at most this many paid members short at expiry succeeds anyway; null = never. */
  simulateWhenShortBy: number | null;
  /** Fen off the group price for the leader; null = none. */
  leaderDiscount: Fen | null;
  status: GroupbuyCampaignStatus;
  createdBy: string;
}

export const GroupbuyCampaignEntity = new EntitySchema<GroupbuyCampaign>({
  name: 'GroupbuyCampaign',
  tableName: 'groupbuy_campaign',
  columns: {
    id: idColumn,
    name: stringColumn(60),
    productId: intColumn(),
    groupSize: intColumn(),
    formMinutes: intColumn(),
    startsAt: dateColumn(),
    endsAt: dateColumn(),
    perMemberLimit: intColumn(),
    newMembersOnly: boolColumn(false),
    simulateWhenShortBy: intColumn({ nullable: true }),
    leaderDiscount: fenColumn({ nullable: true }),
    status: stringColumn(16),
    createdBy: stringColumn(64),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_groupbuy_campaign_product_status', columns: ['productId', 'status'] },
    { name: 'IDX_groupbuy_campaign_status_id', columns: ['status', 'id'] },
  ],
});

/** A SKU of the campaign's product at its group price, with the units the campaign may sell. */
export interface GroupbuyCampaignSku extends Timestamps {
  id: number;
  campaignId: number;
  skuId: number;
  groupPrice: Fen;
  stockCap: number;
  /** Units held by live group orders; only conditional updates keep it <= stockCap. */
  sold: number;
}

export const GroupbuyCampaignSkuEntity = new EntitySchema<GroupbuyCampaignSku>({
  name: 'GroupbuyCampaignSku',
  tableName: 'groupbuy_campaign_sku',
  columns: {
    id: idColumn,
    campaignId: intColumn(),
    skuId: intColumn(),
    groupPrice: fenColumn(),
    stockCap: intColumn(),
    sold: intColumn({ default: 0 }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_groupbuy_campaign_sku', columns: ['campaignId', 'skuId'] }],
});

/** Group orders one member holds in a campaign; the per-member limit is a conditional update on it. */
export interface GroupbuyParticipation {
  id: number;
  campaignId: number;
  memberId: number;
  orders: number;
}

export const GroupbuyParticipationEntity = new EntitySchema<GroupbuyParticipation>({
  name: 'GroupbuyParticipation',
  tableName: 'groupbuy_participation',
  columns: { id: idColumn, campaignId: intColumn(), memberId: intColumn(), orders: intColumn({ default: 0 }) },
  uniques: [{ name: 'UQ_groupbuy_participation', columns: ['campaignId', 'memberId'] }],
});
