import type { PagePath } from './routes';

/** Pages of the member subpackage (packages/member in app.config.ts). */
export const MEMBER_PAGES = {
  couponCentre: '/packages/member/coupon-centre/index',
  coupons: '/packages/member/coupons/index',
  centre: '/packages/member/centre/index',
  points: '/packages/member/points/index',
  profile: '/packages/member/profile/index',
  stores: '/packages/member/stores/index',
  store: '/packages/member/store/index',
} as const satisfies Record<string, PagePath>;
