import type { PagePath } from '../../lib/routes';

/** Pages of the marketing console (packages/marketing in app.config.ts). Open it at `login`. */
export const MARKETING_PAGES = {
  login: '/packages/marketing/login/index',
  campaigns: '/packages/marketing/campaigns/index',
  campaignNew: '/packages/marketing/campaign-new/index',
  coupons: '/packages/marketing/coupons/index',
  couponNew: '/packages/marketing/coupon-new/index',
  paymentAnomalies: '/packages/marketing/payment-anomalies/index',
  hotWords: '/packages/marketing/hot-words/index',
} as const satisfies Record<string, PagePath>;
