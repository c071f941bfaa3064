import { z } from 'zod';
import { cursorQuerySchema, fenSchema, idSchema } from './common.js';
import { fulfillmentInputSchema } from './order.js';
import type { OrderStatus } from '../order-status.js';

export const GROUPBUY_CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'ended'] as const;
export type GroupbuyCampaignStatus = (typeof GROUPBUY_CAMPAIGN_STATUSES)[number];
export const GROUPBUY_GROUP_STATUSES = ['pending', 'open', 'succeeded', 'failed', 'cancelled'] as const;
export type GroupbuyGroupStatus = (typeof GROUPBUY_GROUP_STATUSES)[number];
/** A seat: held by an unpaid order, paid, given up (order cancelled), or refunded (group failed). */
export type GroupbuyMemberStatus = 'reserved' | 'paid' | 'cancelled' | 'refunded';

export const GROUPBUY_GROUP_STATUS_LABELS: Record<GroupbuyGroupStatus, string> = {
  pending: '待团长支付',
  open: '拼团中',
  succeeded: '拼团成功',
  failed: '拼团失败',
  cancelled: '已取消',
};

const isoInstant = z.iso.datetime({ offset: true });
export const MAX_GROUP_SIZE = 50;
/** Most units one group order may take. */
export const MAX_GROUP_ORDER_QTY = 10;

/** The leader's unit price: the group price less the leader discount, never below 1 fen (server charge and storefront display). */
export function leaderUnitPrice(groupPrice: number, leaderDiscount: number | null): number {
  return Math.max(1, groupPrice - (leaderDiscount ?? 0));
}

export const groupbuyCampaignCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    productId: idSchema,
    groupSize: z.number().int().min(2).max(MAX_GROUP_SIZE),
    formMinutes: z.number().int().min(5).max(7 * 24 * 60),
    startsAt: isoInstant,
    endsAt: isoInstant,
    perMemberLimit: z.number().int().min(1).max(20).default(1),
    newMembersOnly: z.boolean().default(false),
    simulateWhenShortBy: z.number().int().min(1).max(MAX_GROUP_SIZE - 1).nullable().default(null),
    leaderDiscount: fenSchema.positive().nullable().default(null),
    skus: z
      .array(z.object({ skuId: idSchema, groupPrice: fenSchema.positive(), stockCap: z.number().int().min(1).max(1_000_000) }))
      .min(1)
      .max(100),
  })
  .superRefine((c, ctx) => {
    if (Date.parse(c.startsAt) >= Date.parse(c.endsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'the campaign must end after it starts' });
    if (c.simulateWhenShortBy !== null && c.simulateWhenShortBy >= c.groupSize) {
      ctx.addIssue({ code: 'custom', path: ['simulateWhenShortBy'], message: 'must be smaller than the group size' });
    }
    if (new Set(c.skus.map((s) => s.skuId)).size !== c.skus.length) ctx.addIssue({ code: 'custom', path: ['skus'], message: 'each SKU may appear only once' });
    for (const [i, sku] of c.skus.entries()) {
      if (c.leaderDiscount !== null && c.leaderDiscount >= sku.groupPrice) {
        ctx.addIssue({ code: 'custom', path: ['skus', i, 'groupPrice'], message: 'the leader discount must be smaller than every group price' });
      }
    }
  });
export type GroupbuyCampaignCreate = z.output<typeof groupbuyCampaignCreateSchema>;

export const groupbuyCampaignStatusSchema = z.object({ status: z.enum(['active', 'paused', 'ended']) });
export const groupbuyCampaignListQuerySchema = cursorQuerySchema.extend({ status: z.enum(GROUPBUY_CAMPAIGN_STATUSES).optional() });

/** Body of POST /groupbuy/groups (start one as leader) and POST /groupbuy/groups/:id/join. */
export const groupbuyOrderSchema = z.object({
  skuId: idSchema,
  qty: z.number().int().min(1).max(MAX_GROUP_ORDER_QTY).default(1),
  fulfillment: fulfillmentInputSchema,
  buyerNote: z.string().trim().max(200).default(''),
});
export const groupbuyStartSchema = groupbuyOrderSchema.extend({ campaignId: idSchema });
export type GroupbuyOrderRequest = z.output<typeof groupbuyOrderSchema>;
export type GroupbuyStartRequest = z.output<typeof groupbuyStartSchema>;

export const productGroupsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(20).default(10) });
/** 我的拼团 tabs, from the member's side: 拼团中 (their seat is live in a group still forming), 拼团成功 (paid into a group that succeeded), 未成团 (the group failed or was cancelled, or they gave up their seat). */
export const MY_GROUP_FILTERS = ['open', 'succeeded', 'failed'] as const;
export type MyGroupFilter = (typeof MY_GROUP_FILTERS)[number];
export const myGroupsQuerySchema = cursorQuerySchema.extend({ status: z.enum(MY_GROUP_FILTERS).optional() });
export type MyGroupsQuery = z.output<typeof myGroupsQuerySchema>;

export interface GroupbuyCampaignSkuView {
  skuId: number;
  /** e.g. "本白 / M", so a marketer reads the campaign without opening the product. */
  specText: string;
  listPrice: number;
  groupPrice: number;
  stockCap: number;
  sold: number;
}

export interface GroupbuyCampaignView extends Omit<GroupbuyCampaignCreate, 'skus'> {
  id: number;
  productTitle: string;
  productImage: string | null;
  status: GroupbuyCampaignStatus;
  skus: GroupbuyCampaignSkuView[];
  createdAt: string;
}

/** What a consumer sees of a running campaign on its product page. */
export interface GroupbuyOfferView {
  campaignId: number;
  name: string;
  productId: number;
  groupSize: number;
  formMinutes: number;
  endsAt: string;
  newMembersOnly: boolean;
  leaderDiscount: number | null;
  skus: { skuId: number; groupPrice: number; available: number }[];
}

/** A running campaign as the storefront's 拼团 list shows it: the cheapest group price against its SKU's list price. */
export interface GroupbuyCampaignCard {
  campaignId: number;
  name: string;
  productId: number;
  productTitle: string;
  productImage: string | null;
  groupSize: number;
  endsAt: string;
  groupPrice: number;
  listPrice: number;
}

export const runningCampaignsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });

export interface GroupbuyMemberView {
  nickname: string;
  avatarUrl: string | null;
  isLeader: boolean;
  paid: boolean;
}

export interface GroupbuyGroupView {
  id: number;
  campaignId: number;
  productId: number;
  campaignName: string;
  size: number;
  seatsTaken: number;
  paidCount: number;
  remainingSeats: number;
  status: GroupbuyGroupStatus;
  statusLabel: string;
  openedAt: string | null;
  expiresAt: string | null;
  simulated: boolean;
  members: GroupbuyMemberView[];
  /** What the group buys, so a view needs no second request: the product, and the campaign's cheapest group price ("起") beside that SKU's list price. */
  productTitle: string;
  productImage: string | null;
  groupPrice: number;
  listPrice: number;
}

/** The viewer's own live seat in a group (paid, waiting for payment, or refunded after a failure). */
export interface GroupbuyMySeatView {
  orderId: number;
  orderStatus: OrderStatus;
  isLeader: boolean;
  /** The seat's order was paid (it may have been refunded since, when the group failed). */
  paid: boolean;
}

/** GET /groupbuy/groups/:id: the group, and the viewer's seat in it when they are a signed-in member holding one. */
export interface GroupbuyGroupDetailView extends GroupbuyGroupView {
  mySeat: GroupbuyMySeatView | null;
}

/** What a member's group order bought, from the order's own line (prices as charged: the leader's price for a leader). */
export interface MyGroupbuyLineView {
  skuId: number;
  specText: string;
  quantity: number;
  unitPrice: number;
  listPrice: number;
}

/** A group as one of its members sees it, with their own order. */
export interface MyGroupbuyView extends GroupbuyGroupView {
  orderId: number;
  orderStatus: OrderStatus;
  isLeader: boolean;
  /** Null only if the order's line cannot be found. */
  line: MyGroupbuyLineView | null;
}

/** What GET /orders/:id adds to the order: the group a group-buy order holds its seat in (null for other orders). */
export interface OrderGroupFacts {
  group: GroupbuyGroupView | null;
}

export interface GroupbuyCampaignStats {
  campaignId: number;
  groupsStarted: number;
  groupsSucceeded: number;
  groupsFailed: number;
  /** Succeeded out of decided (succeeded + failed), in percent with two decimals as basis points (10000 = 100%). */
  successRateBasisPoints: number;
  /** Paid total of orders in succeeded groups (fen). */
  gmv: number;
  /** Members whose first paid order was a group order of this campaign. */
  newMembers: number;
}
