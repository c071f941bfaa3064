import type { PagePath } from './routes';

/** Pages of the group-buy subpackage (packages/groupbuy in app.config.ts). */
export const GROUPBUY_PAGES = {
  /** One group, `?id=` (the share target); `&orderId=` after paying watches that payment. */
  group: '/packages/groupbuy/group/index',
  /** Start a group of a campaign: `?campaignId=&productId=`. */
  start: '/packages/groupbuy/start/index',
  mine: '/packages/groupbuy/mine/index',
  /** Every running campaign (the home page's 拼团 section shows the first few). */
  list: '/packages/groupbuy/list/index',
} as const satisfies Record<string, PagePath>;
