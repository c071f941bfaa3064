import { z } from 'zod';
import { cursorQuerySchema, fenSchema, idSchema, phoneSchema } from './common.js';
import type { PricingCouponKind, PricingCouponScope, PricingCouponStatus } from '../pricing/types.js';

/**
 * Coupon templates, instances and the ways to hand them out. Rule fields have the meaning the
 * pricing engine gives them (`PricingCoupon`): for percent_off, `value` is the percent PAID
 * (85 = 15% off), so a template maps onto the engine without conversion.
 */
export const COUPON_KINDS = ['threshold_off', 'percent_off', 'amount_off', 'free_shipping'] as const satisfies readonly PricingCouponKind[];
export type CouponKind = (typeof COUPON_KINDS)[number];

export const COUPON_TEMPLATE_STATUSES = ['draft', 'active', 'paused', 'ended'] as const;
export type CouponTemplateStatus = (typeof COUPON_TEMPLATE_STATUSES)[number];

export const COUPON_INSTANCE_STATUSES = ['available', 'locked', 'used', 'expired', 'revoked'] as const satisfies readonly PricingCouponStatus[];
export type CouponInstanceStatus = (typeof COUPON_INSTANCE_STATUSES)[number];

/** How an instance was handed out; `birthday`: a tier's yearly birthday coupon (sourceRef `birthday:<year>`). */
export const COUPON_SOURCES = ['claim', 'push', 'welcome', 'code', 'staff', 'birthday'] as const;
export type CouponSource = (typeof COUPON_SOURCES)[number];

const MAX_SCOPE_IDS = 500;
const isoInstant = z.iso.datetime({ offset: true });

export const couponScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('categories'), ids: z.array(idSchema).min(1).max(MAX_SCOPE_IDS) }),
  z.object({ kind: z.literal('products'), ids: z.array(idSchema).min(1).max(MAX_SCOPE_IDS) }),
]);
export type CouponScope = PricingCouponScope;

export const couponAudienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyone') }),
  /** Members who registered at most `withinDays` days before they receive the coupon. */
  z.object({ kind: z.literal('new_members'), withinDays: z.number().int().min(1).max(365) }),
  z.object({ kind: z.literal('tiers'), codes: z.array(z.string().trim().min(1).max(32)).min(1).max(20) }),
]);
export type CouponAudience = z.infer<typeof couponAudienceSchema>;

export const couponValiditySchema = z.discriminatedUnion('kind', [
  /** ISO instants with a time zone; usable from `from` (inclusive) until `until` (exclusive). */
  z.object({ kind: z.literal('fixed'), from: isoInstant, until: isoInstant }),
  /** Usable for `days` × 24 h from the moment the member receives it. */
  z.object({ kind: z.literal('relative'), days: z.number().int().min(1).max(3650) }),
]);
export type CouponValidity = z.infer<typeof couponValiditySchema>;

const templateFields = z.object({
  name: z.string().trim().min(1).max(60),
  kind: z.enum(COUPON_KINDS),
  /** Fen off (threshold_off, amount_off), percent paid 1..99 (percent_off), 0 (free_shipping). */
  value: z.number().int().nonnegative().max(100_000_000),
  threshold: fenSchema.positive().nullable().default(null),
  repeat: z.boolean().default(false),
  cap: fenSchema.positive().nullable().default(null),
  scope: couponScopeSchema.default({ kind: 'all' }),
  excludeProductIds: z.array(idSchema).max(MAX_SCOPE_IDS).default([]),
  audience: couponAudienceSchema.default({ kind: 'everyone' }),
  totalQuantity: z.number().int().min(1).max(10_000_000),
  perMemberLimit: z.number().int().min(1).max(100).default(1),
  claimStartsAt: isoInstant.nullable().default(null),
  claimEndsAt: isoInstant.nullable().default(null),
  validity: couponValiditySchema,
  /** Part of the welcome pack every new member receives on first login. */
  welcome: z.boolean().default(false),
  /**
   * Listed in the claim centre (领券中心), where anyone in the audience may take it. Off for a
   * coupon handed out only by redeem codes, pushes, staff or the welcome pack.
   */
  claimCentre: z.boolean().default(true),
  /**
   * 门店发放: store staff may hand it to a member identified at the counter, within their daily
   * quota. Off by default, so a code-only or push-only coupon never reaches a member that way.
   */
  staffHandout: z.boolean().default(false),
});
export type CouponTemplateInput = z.output<typeof templateFields>;

type Issue = { path: (string | number)[]; message: string };

/** Rules between fields; shared by create and by patch (applied to the merged template). */
export function couponTemplateProblems(t: CouponTemplateInput): Issue[] {
  const problems: Issue[] = [];
  if (t.kind === 'percent_off' && (t.value < 1 || t.value > 99)) problems.push({ path: ['value'], message: 'percent_off value is the percent paid: 1-99 (85 = 15% off)' });
  if ((t.kind === 'threshold_off' || t.kind === 'amount_off') && t.value < 1) problems.push({ path: ['value'], message: 'must be at least 1 fen' });
  if (t.kind === 'free_shipping' && t.value !== 0) problems.push({ path: ['value'], message: 'free_shipping waives the fee; value must be 0' });
  if (t.kind === 'threshold_off') {
    if (t.threshold === null) problems.push({ path: ['threshold'], message: 'threshold_off needs a threshold' });
    else if (t.threshold <= t.value) problems.push({ path: ['threshold'], message: 'threshold must be greater than value' });
  }
  if (t.kind === 'amount_off' && t.threshold !== null) problems.push({ path: ['threshold'], message: 'amount_off has no threshold; use threshold_off' });
  if (t.repeat && t.kind !== 'threshold_off') problems.push({ path: ['repeat'], message: 'only threshold_off can repeat (每满)' });
  const capMeaningful = t.kind === 'percent_off' || (t.kind === 'threshold_off' && t.repeat);
  if (t.cap !== null && !capMeaningful) problems.push({ path: ['cap'], message: 'cap applies only to percent_off or repeating threshold_off' });
  if (t.kind === 'free_shipping' && (t.scope.kind !== 'all' || t.excludeProductIds.length > 0)) problems.push({ path: ['scope'], message: 'free_shipping applies to the whole order' });
  if (t.claimStartsAt && t.claimEndsAt && Date.parse(t.claimStartsAt) >= Date.parse(t.claimEndsAt)) {
    problems.push({ path: ['claimEndsAt'], message: 'claim window must end after it starts' });
  }
  if (t.validity.kind === 'fixed') {
    const until = Date.parse(t.validity.until);
    if (Date.parse(t.validity.from) >= until) problems.push({ path: ['validity', 'until'], message: 'validity must end after it starts' });
    if (t.claimEndsAt && Date.parse(t.claimEndsAt) > until) problems.push({ path: ['claimEndsAt'], message: 'claim window must end before the validity does' });
  }
  return problems;
}

export const couponTemplateCreateSchema = templateFields.superRefine((t, ctx) => {
  for (const problem of couponTemplateProblems(t)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
export type CouponTemplateCreate = z.output<typeof couponTemplateCreateSchema>;

/** PATCH (draft templates only): any subset; the merged template must pass the create rules. */
export const couponTemplatePatchSchema = z
  .object(
    // Defaults removed: an omitted field must stay as it is, not be reset to its default.
    Object.fromEntries(Object.entries(templateFields.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional()])),
  )
  .strict() as unknown as z.ZodType<Partial<CouponTemplateInput>>;
export type CouponTemplatePatch = Partial<CouponTemplateInput>;

export const couponTemplateStatusSchema = z.object({ status: z.enum(['active', 'paused', 'ended']) });

export const couponTemplateListQuerySchema = cursorQuerySchema.extend({ status: z.enum(COUPON_TEMPLATE_STATUSES).optional() });

export const couponClaimSchema = z.object({ templateId: idSchema });
export const couponRedeemSchema = z.object({ code: z.string().trim().min(4).max(32).transform((s) => s.toUpperCase()) });
export const couponCodeBatchSchema = z.object({ count: z.number().int().min(1).max(1000) });
/** The one shared code of a template (e.g. printed on a poster); letters and digits. */
export const couponSharedCodeSchema = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9]{4,32}$/, '4-32 letters or digits').transform((s) => s.toUpperCase()) });
/** The member is the counter session's (X-Counter-Token), never a member id in the body. */
export const staffCouponGrantSchema = z.object({ templateId: idSchema }).strict();

export const MY_COUPON_FILTERS = ['usable', 'used', 'expired'] as const;
export const myCouponsQuerySchema = cursorQuerySchema.extend({ status: z.enum(MY_COUPON_FILTERS).default('usable') });

export const MAX_PUSH_PHONES = 10_000;
export const MAX_PUSH_TIER_CODES = 10;
/**
 * Who a push goes to. Each kind has a resolver in the server's push segment module, which also
 * checks what a schema cannot (tier codes and categories that exist).
 */
export const couponSegmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('phones'), phones: z.array(phoneSchema).min(1).max(MAX_PUSH_PHONES) }),
  z.object({ kind: z.literal('new_members'), withinDays: z.number().int().min(1).max(365) }),
  /** Members currently in one of these tiers; a member who has no growth yet is in the lowest tier. */
  z.object({ kind: z.literal('tier'), tierCodes: z.array(z.string().trim().min(1).max(32)).min(1).max(MAX_PUSH_TIER_CODES) }),
  /** Members with a paid order holding a product of the category, optionally placed in the last `withinDays` days. */
  z.object({ kind: z.literal('bought_in_category'), categoryId: idSchema, withinDays: z.number().int().min(1).max(3650).optional() }),
  /** Members who joined at least `days` days ago and placed no order (of any status) in the last `days` days. */
  z.object({ kind: z.literal('inactive_days'), days: z.number().int().min(1).max(3650) }),
]);
export type CouponSegment = z.infer<typeof couponSegmentSchema>;
export const couponPushCreateSchema = z.object({ segment: couponSegmentSchema });

export interface CouponTemplateView extends Omit<CouponTemplateInput, 'claimStartsAt' | 'claimEndsAt'> {
  id: number;
  status: CouponTemplateStatus;
  issuedCount: number;
  claimStartsAt: string | null;
  claimEndsAt: string | null;
  /** The template's shared redeem code, if one is set. */
  sharedCode: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A coupon's rules as both the claim centre and the member's own coupons show them. */
export interface CouponRulesView {
  templateId: number;
  name: string;
  kind: CouponKind;
  value: number;
  threshold: number | null;
  repeat: boolean;
  cap: number | null;
  scope: CouponScope;
}

export interface ClaimableCouponView extends CouponRulesView {
  validity: CouponValidity;
  claimEndsAt: string | null;
  remaining: number;
  /** How many more this member may claim (per-member limit minus claimed). */
  remainingForMe: number;
}

/** A template store staff may hand out now (门店发放), as the tablet lists it. */
export interface StaffCouponView extends CouponRulesView {
  validity: CouponValidity;
  claimEndsAt: string | null;
  /** Left of the template's total. */
  remaining: number;
  perMemberLimit: number;
}

/** How many grants the staff member has made today (China time) out of their daily quota. */
export interface StaffCouponQuotaView {
  limit: number;
  used: number;
  remaining: number;
}

export interface StaffCouponsView {
  items: StaffCouponView[];
  quota: StaffCouponQuotaView;
}

/** A staff grant's answer: the member's new coupon and what is left of today's quota after it. */
export interface StaffCouponGrantView {
  coupon: CouponInstanceView;
  quota: StaffCouponQuotaView;
}

export interface CouponInstanceView extends CouponRulesView {
  id: number;
  excludeProductIds: number[];
  status: CouponInstanceStatus;
  validFrom: string;
  validUntil: string;
  source: CouponSource;
  orderId: number | null;
  createdAt: string;
}

export interface CouponPushView {
  id: number;
  templateId: number;
  segment: { kind: string } & Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  issued: number;
  skipped: number;
  /** phones segment: numbers that matched no member. */
  unmatched: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CouponStatsView {
  templateId: number;
  issued: number;
  claimedBySource: Record<CouponSource, number>;
  used: number;
  /** used / issued, 0..1 (0 when nothing was issued). */
  usageRate: number;
  /** Sum of the payable of the orders that used it (fen). */
  gmv: number;
  /** Sum of the discount it gave on those orders (fen). */
  discountGiven: number;
  /** Instances received by members who had registered at most 7 days before. */
  newMembersReached: number;
}
