import type { ClaimableCouponView, CouponInstanceView, MemberOverviewView, StoreView } from '@shop/shared';
import type { MockResponse } from '../../../../test/mocks/taro';

/** Test data shaped like the server's answers (see shared/src/schemas). */

export const ok = (data: unknown, statusCode = 200): MockResponse => ({ statusCode, data });
export const failure = (statusCode: number, code: string, message: string): MockResponse => ({ statusCode, data: { error: { code, message } } });

/** The rule both a claimable template and a received coupon carry in these tests: 满¥199减¥30. */
export const THIRTY_OFF_199: Pick<ClaimableCouponView, 'name' | 'kind' | 'value' | 'threshold' | 'repeat' | 'cap' | 'scope'> = {
  name: '满199减30',
  kind: 'threshold_off',
  value: 3000,
  threshold: 19900,
  repeat: false,
  cap: null,
  scope: { kind: 'all' },
};

export function claimable(fields: Partial<ClaimableCouponView> = {}): ClaimableCouponView {
  return {
    templateId: 1,
    ...THIRTY_OFF_199,
    validity: { kind: 'relative', days: 30 },
    claimEndsAt: null,
    remaining: 500,
    remainingForMe: 1,
    ...fields,
  };
}

export function myCoupon(fields: Partial<CouponInstanceView> = {}): CouponInstanceView {
  return {
    id: 11,
    templateId: 1,
    ...THIRTY_OFF_199,
    excludeProductIds: [],
    status: 'available',
    validFrom: '2026-11-01T00:00:00.000Z',
    validUntil: '2099-12-01T00:00:00.000Z',
    source: 'claim',
    orderId: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  };
}

export function member(fields: Partial<MemberOverviewView> = {}): MemberOverviewView {
  return {
    id: 7,
    nickname: '小栖',
    avatarUrl: null,
    phone: null,
    birthday: null,
    tier: { id: 2, code: 'silver', name: '银卡', growthThreshold: 1000, discountPercent: 98, freeShippingThreshold: 6900, birthdayCouponTemplateId: null, sortOrder: 10 },
    growth: 1500,
    nextTier: { code: 'gold', name: '金卡', growthThreshold: 5000, growthNeeded: 3500 },
    pointsBalance: 320,
    ...fields,
  };
}

export function store(fields: Partial<StoreView> = {}): StoreView {
  return {
    id: 1,
    code: 'SH-JA',
    name: '栖行 静安体验店',
    city: '上海市',
    district: '静安区',
    address: '上海市静安区愚园路568号1层',
    latitude: 31.2293,
    longitude: 121.4481,
    phone: '021-62583316',
    openingHours: '10:00-22:00',
    pickupEnabled: true,
    deliveryRadiusMeters: 3000,
    ...fields,
  };
}

/** A query parameter of a request URL. */
export function queryOf(url: string, name: string): string | null {
  return new URL(url, 'http://app.test').searchParams.get(name);
}
