import type { CouponInstanceView, StaffCouponQuotaView, StaffCouponView, StaffCouponsView } from '@shop/shared';
import { THIRTY_OFF_199 } from '../../member/testing/fixtures';

/** 门店发放 test data for the store tablet, shaped like the server's answers (see shared/src/schemas/coupon.ts). */

/** 到店礼 满199减30: 48 left, one per member, 7 days from receipt. */
export function handoutCoupon(fields: Partial<StaffCouponView> = {}): StaffCouponView {
  return {
    templateId: 51,
    ...THIRTY_OFF_199,
    name: '到店礼 满199减30',
    validity: { kind: 'relative', days: 7 },
    claimEndsAt: null,
    remaining: 48,
    perMemberLimit: 1,
    ...fields,
  };
}

export function handoutQuota(used: number, limit = 20): StaffCouponQuotaView {
  return { limit, used, remaining: Math.max(0, limit - used) };
}

export function handouts(items: StaffCouponView[] = [handoutCoupon()], quota = handoutQuota(0)): StaffCouponsView {
  return { items, quota };
}

/** The member's new coupon, as a grant answers with it. */
export function grantedCoupon(coupon: StaffCouponView, memberCouponId = 901): CouponInstanceView {
  return {
    id: memberCouponId,
    templateId: coupon.templateId,
    name: coupon.name,
    kind: coupon.kind,
    value: coupon.value,
    threshold: coupon.threshold,
    repeat: coupon.repeat,
    cap: coupon.cap,
    scope: coupon.scope,
    excludeProductIds: [],
    status: 'available',
    validFrom: '2026-12-01T02:00:00.000Z',
    validUntil: '2026-12-08T02:00:00.000Z',
    source: 'staff',
    orderId: null,
    createdAt: '2026-12-01T02:00:00.000Z',
  };
}
