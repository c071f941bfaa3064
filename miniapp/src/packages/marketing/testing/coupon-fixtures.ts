import type { CategoryView, CouponPushView, CouponStatsView, CouponTemplateView, MemberTierView } from '@shop/shared';

/** Coupon test data for the marketing console, shaped like the server's answers (see shared/src/schemas/coupon.ts). */

export { failure, offline, ok, signInMarketer } from './fixtures';

/** 会员日 满299减40: active, 1000 coupons, one each, 7 days from receipt; 120 handed out. */
export function couponTemplate(fields: Partial<CouponTemplateView> = {}): CouponTemplateView {
  return {
    id: 31,
    name: '会员日 满299减40',
    kind: 'threshold_off',
    value: 4000,
    threshold: 29900,
    repeat: false,
    cap: null,
    scope: { kind: 'all' },
    excludeProductIds: [],
    audience: { kind: 'everyone' },
    totalQuantity: 1000,
    perMemberLimit: 1,
    issuedCount: 120,
    claimStartsAt: null,
    claimEndsAt: null,
    validity: { kind: 'relative', days: 7 },
    welcome: false,
    claimCentre: true,
    staffHandout: false,
    status: 'active',
    sharedCode: null,
    createdBy: 'staff:3',
    createdAt: '2026-11-30T02:00:00.000Z',
    updatedAt: '2026-11-30T02:00:00.000Z',
    ...fields,
  };
}

export function couponStats(fields: Partial<CouponStatsView> = {}): CouponStatsView {
  return {
    templateId: 31,
    issued: 120,
    claimedBySource: { claim: 100, push: 0, welcome: 0, code: 20, staff: 0, birthday: 0 },
    used: 30,
    usageRate: 0.25,
    gmv: 1_020_000,
    discountGiven: 120_000,
    newMembersReached: 12,
    ...fields,
  };
}

export function couponPush(fields: Partial<CouponPushView> = {}): CouponPushView {
  return {
    id: 5,
    templateId: 31,
    segment: { kind: 'phones', phones: 2 },
    status: 'queued',
    total: 1,
    processed: 0,
    issued: 0,
    skipped: 0,
    unmatched: 1,
    createdBy: 'staff:3',
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...fields,
  };
}

export function tier(code: string, name: string, fields: Partial<MemberTierView> = {}): MemberTierView {
  return { id: code.length, code, name, growthThreshold: 0, discountPercent: null, freeShippingThreshold: null, birthdayCouponTemplateId: null, sortOrder: 0, ...fields };
}

export function category(id: number, name: string): CategoryView {
  return { id, code: `c${id}`, name, icon: null, sortOrder: id };
}
