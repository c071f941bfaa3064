import type { PagePath } from '../../lib/routes';

/** Pages of the store tablet (packages/staff in app.config.ts). Open the tablet at `login`. */
export const STAFF_PAGES = {
  login: '/packages/staff/login/index',
  counter: '/packages/staff/counter/index',
  pay: '/packages/staff/pay/index',
  pickup: '/packages/staff/pickup/index',
  orders: '/packages/staff/orders/index',
  commission: '/packages/staff/commission/index',
  team: '/packages/staff/team/index',
} as const satisfies Record<string, PagePath>;
