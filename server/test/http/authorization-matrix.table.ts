import type { Role } from '@shop/shared';

/**
 * Who may call what: one row per route as the app registers it (`METHOD /path`), one expected
 * outcome per principal. authorization-matrix.test.ts walks every row with every principal, and
 * fails when a registered route has no row here or a row names no route.
 *
 * Outcomes, as the test classifies an answer:
 * - 'unauthenticated': 401 with code UNAUTHENTICATED;
 * - 'forbidden': 403 with code FORBIDDEN;
 * - 'hidden': 404, a store-scoped resource that this principal must not even learn exists
 *   (only meaningful on rows whose `:id` is a real resource, see `on`);
 * - 'allow': the guard let the request through. The answer may still be a 400 for the empty body
 *   or a 404 for a made-up id; on a row with a real resource, a 404 is not 'allow'.
 *
 * Rows encode issue 12's intended answers where it changes today's (marked "issue 12").
 */

export type Outcome = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden';

/**
 * The principals of the matrix. Store A is 静安 (SH-JA), store B 徐汇 (SH-XH); the store manager
 * manages store A. `operator` is a column already filled in every row; the test signs in only
 * the principals it knows how to sign in, and operator does not exist yet (see the test).
 */
export const PRINCIPALS = ['anonymous', 'consumer', 'staffOfStore', 'staffOfOtherStore', 'storeManager', 'marketer', 'admin', 'operator'] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

export type Expectations = Record<PrincipalName, Outcome>;

/** Real resources the test creates so that store scoping can be seen (`:id` is 999999 otherwise). */
export type FixtureName = 'storeOrder' | 'otherStoreStaff';

export interface MatrixFixtures {
  /** A guest carry-out order sold by store A's staff (channel and fulfilling store: store A). */
  storeOrder: { id: number };
  /** A staff account of store B, which store A's manager must not manage. */
  otherStoreStaff: { id: number; displayName: string };
}

export interface MatrixRow {
  expect: Expectations;
  /** Which real resource fills `:id`; without it, a made-up id (999999). */
  id?: FixtureName;
  /** The request body; `{}` when absent (GET and HEAD send none). */
  body?: (fixtures: MatrixFixtures) => unknown;
}

/** A role that may appear in a guard: today's roles, plus the operator role issue 12 anticipates. */
type GuardRole = Role | 'operator';

/** Which principals hold each role. */
const HOLDERS: Record<GuardRole, readonly PrincipalName[]> = {
  consumer: ['consumer'],
  staff: ['staffOfStore', 'staffOfOtherStore'],
  store_manager: ['storeManager'],
  marketer: ['marketer'],
  admin: ['admin'],
  operator: ['operator'],
};

/** Anyone, signed in or not. */
function publicRoute(): MatrixRow {
  return { expect: Object.fromEntries(PRINCIPALS.map((p) => [p, 'allow'])) as Expectations };
}

/**
 * What `requireRoles(...roles)` answers: anonymous 401, holders of a role allowed, everyone else
 * 403. A principal not named gets 'forbidden', operator included: a new role starts with nothing.
 */
function rolesAllowed(...roles: GuardRole[]): MatrixRow {
  const allowed = new Set(roles.flatMap((role) => HOLDERS[role]));
  const expect = Object.fromEntries(PRINCIPALS.map((p): [PrincipalName, Outcome] => [p, p === 'anonymous' ? 'unauthenticated' : allowed.has(p) ? 'allow' : 'forbidden']));
  return { expect: expect as Expectations };
}

const consumerOnly = (): MatrixRow => rolesAllowed('consumer');
/** The store tablet: staff and store managers (of any store, until a resource is store-scoped). */
const sellingRoles = (): MatrixRow => rolesAllowed('staff', 'store_manager');
const managersOnly = (): MatrixRow => rolesAllowed('store_manager');
const marketingRoles = (): MatrixRow => rolesAllowed('marketer', 'admin');
const adminOnly = (): MatrixRow => rolesAllowed('admin');

/** The row run against a real resource, with some principals' answers changed by what they may see of it. */
function on(fixture: FixtureName, row: MatrixRow, overrides: Partial<Expectations> = {}, body?: MatrixRow['body']): MatrixRow {
  return { ...row, expect: { ...row.expect, ...overrides }, id: fixture, ...(body ? { body } : {}) };
}

/** Store B's staff must not even learn that store A's order exists. */
const notForOtherStores: Partial<Expectations> = { staffOfOtherStore: 'hidden' };
/** The store order is a guest's: for a consumer it is somebody else's order. */
const notTheConsumers: Partial<Expectations> = { consumer: 'hidden' };

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  // Health probes, outside /api/v1.
  'GET /healthz': publicRoute(),
  'GET /readyz': publicRoute(),

  // Sign-in.
  'POST /api/v1/auth/wechat': publicRoute(),
  'POST /api/v1/staff/auth/login': publicRoute(),

  // Store finder.
  'GET /api/v1/stores': publicRoute(),
  'GET /api/v1/stores/:id': publicRoute(),

  // Store administration.
  'GET /api/v1/admin/stores': adminOnly(),
  'GET /api/v1/admin/stores/:id': adminOnly(),
  'POST /api/v1/admin/stores': adminOnly(),
  'PATCH /api/v1/admin/stores/:id': adminOnly(),
  'GET /api/v1/admin/stores/:id/referral-qr': adminOnly(),

  // 门店管理: a manager's own team; renaming (to the same name) an account of store B is refused.
  'GET /api/v1/staff/team': rolesAllowed('store_manager', 'admin'),
  'POST /api/v1/staff/team': rolesAllowed('store_manager', 'admin'),
  'PATCH /api/v1/staff/team/:id': on('otherStoreStaff', rolesAllowed('store_manager', 'admin'), { storeManager: 'forbidden' }, (f) => ({ displayName: f.otherStoreStaff.displayName })),

  // The consumer's addresses.
  'GET /api/v1/addresses': consumerOnly(),
  'POST /api/v1/addresses': consumerOnly(),
  'GET /api/v1/addresses/:id': consumerOnly(),
  'PATCH /api/v1/addresses/:id': consumerOnly(),
  'DELETE /api/v1/addresses/:id': consumerOnly(),

  // Catalog.
  'GET /api/v1/categories': publicRoute(),
  'GET /api/v1/products': publicRoute(),
  'GET /api/v1/search/hot-words': publicRoute(),
  'GET /api/v1/products/:id': publicRoute(),
  'GET /api/v1/admin/categories': marketingRoles(),
  'POST /api/v1/admin/categories': marketingRoles(),
  'PATCH /api/v1/admin/categories/:id': marketingRoles(),
  'GET /api/v1/admin/products': marketingRoles(),
  'GET /api/v1/admin/products/:id': marketingRoles(),
  'POST /api/v1/admin/products': marketingRoles(),
  'PATCH /api/v1/admin/products/:id': marketingRoles(),
  'POST /api/v1/admin/products/:id/skus': marketingRoles(),
  'POST /api/v1/admin/products/:id/status': marketingRoles(),
  'PATCH /api/v1/admin/skus/:id': marketingRoles(),
  // 热搜词, managed in the marketing console.
  'GET /api/v1/admin/hot-words': marketingRoles(),
  'POST /api/v1/admin/hot-words': marketingRoles(),
  'PATCH /api/v1/admin/hot-words/:id': marketingRoles(),
  'DELETE /api/v1/admin/hot-words/:id': marketingRoles(),

  // Stock: marketers read; managers change their own store's (checked per request).
  'GET /api/v1/admin/stock': rolesAllowed('admin', 'store_manager', 'marketer'),
  'GET /api/v1/admin/stock-locations': rolesAllowed('admin', 'store_manager', 'marketer'),
  'GET /api/v1/admin/stock/movements': rolesAllowed('admin', 'store_manager', 'marketer'),
  'POST /api/v1/admin/stock/receive': rolesAllowed('admin', 'store_manager'),
  'POST /api/v1/admin/stock/adjust': rolesAllowed('admin', 'store_manager'),
  'POST /api/v1/admin/stock/display': rolesAllowed('admin', 'store_manager'),
  'GET /api/v1/admin/stock/audit': adminOnly(),
  'GET /api/v1/staff/display-samples': sellingRoles(),

  // Cart.
  'GET /api/v1/cart': consumerOnly(),
  'POST /api/v1/cart/items': consumerOnly(),
  'PATCH /api/v1/cart/items': consumerOnly(),
  'PATCH /api/v1/cart/items/:id': consumerOnly(),
  'DELETE /api/v1/cart/items/:id': consumerOnly(),

  // The consumer's orders; store A's guest order is nobody's to see in the mini-program.
  'POST /api/v1/orders/preview': consumerOnly(),
  'POST /api/v1/orders': consumerOnly(),
  'GET /api/v1/orders': consumerOnly(),
  'GET /api/v1/orders/:id': on('storeOrder', consumerOnly(), notTheConsumers),
  'POST /api/v1/orders/:id/cancel': on('storeOrder', consumerOnly(), notTheConsumers),
  'POST /api/v1/orders/:id/confirm-receipt': on('storeOrder', consumerOnly(), notTheConsumers),
  'POST /api/v1/orders/:id/pay': on('storeOrder', consumerOnly(), notTheConsumers, () => ({ method: 'jsapi' })),
  'GET /api/v1/pricing/context': consumerOnly(),

  // WeChat Pay notifications: public, the signature is the credential (a forgery is 401 {"code":"FAIL"}).
  'POST /api/v1/payments/wechat/notify': publicRoute(),
  'POST /api/v1/payments/wechat/refund-notify': publicRoute(),
  // issue 12 (9): notifications that cannot be applied, for the operations console.
  'GET /api/v1/admin/payments/anomalies': rolesAllowed('admin', 'operator'),
  'POST /api/v1/admin/payments/anomalies/:id/acknowledge': rolesAllowed('admin', 'operator'),

  // Back-office orders: store roles see only their store's.
  'GET /api/v1/admin/orders': rolesAllowed('admin', 'marketer', 'store_manager', 'staff'),
  'GET /api/v1/admin/orders/:id': on('storeOrder', rolesAllowed('admin', 'marketer', 'store_manager', 'staff'), notForOtherStores),
  'POST /api/v1/admin/orders/:id/ship': on('storeOrder', adminOnly()),
  // issue 12 (4): the generic complete is no longer open to store roles; pickups complete by code.
  'POST /api/v1/admin/orders/:id/complete': on('storeOrder', rolesAllowed('admin', 'operator')),
  'POST /api/v1/admin/orders/:id/refunds': on('storeOrder', adminOnly()),

  // Coupons: the member's side, the marketers' back office, and staff handing one out.
  'GET /api/v1/coupons/claimable': consumerOnly(),
  'POST /api/v1/coupons/claim': consumerOnly(),
  'POST /api/v1/coupons/redeem': consumerOnly(),
  'GET /api/v1/coupons/mine': consumerOnly(),
  'POST /api/v1/admin/coupon-templates': marketingRoles(),
  'GET /api/v1/admin/coupon-templates': marketingRoles(),
  'GET /api/v1/admin/coupon-templates/:id': marketingRoles(),
  'PATCH /api/v1/admin/coupon-templates/:id': marketingRoles(),
  'POST /api/v1/admin/coupon-templates/:id/status': marketingRoles(),
  'GET /api/v1/admin/coupon-templates/:id/stats': marketingRoles(),
  'POST /api/v1/admin/coupon-templates/:id/codes': marketingRoles(),
  'PUT /api/v1/admin/coupon-templates/:id/shared-code': marketingRoles(),
  'POST /api/v1/admin/coupon-templates/:id/pushes': marketingRoles(),
  'GET /api/v1/admin/coupon-templates/:id/pushes': marketingRoles(),
  'GET /api/v1/admin/coupon-pushes/:id': marketingRoles(),
  'POST /api/v1/admin/coupons/:instanceId/revoke': marketingRoles(),
  // issue 12 (3) narrows what may be granted (flag, quota, identified member), not who may grant.
  'POST /api/v1/staff/coupons/grant': sellingRoles(),
  'GET /api/v1/staff/coupons': sellingRoles(),

  // Membership: the member centre.
  'GET /api/v1/members/tiers': publicRoute(),
  'GET /api/v1/members/me': consumerOnly(),
  'PATCH /api/v1/members/me': consumerOnly(),
  'GET /api/v1/members/me/consents': consumerOnly(),
  'POST /api/v1/members/me/consents': consumerOnly(),
  'GET /api/v1/members/me/points': consumerOnly(),
  'GET /api/v1/members/me/code': consumerOnly(),
  'POST /api/v1/members/me/phone': consumerOnly(),
  'GET /api/v1/members/me/referral': consumerOnly(),
  'POST /api/v1/members/me/referral': consumerOnly(),

  // The tablet proves who the customer is (issue 12, 1 and 2): member code, or phone plus texted
  // code. The member's addresses need the counter token that proof answers; without it staff get
  // 403 COUNTER_VERIFICATION_REQUIRED, which is the route working, not refusing the role.
  'POST /api/v1/staff/members/identify': sellingRoles(),
  'POST /api/v1/staff/members/phone-challenge': sellingRoles(),
  'POST /api/v1/staff/members/phone-confirm': sellingRoles(),
  'POST /api/v1/staff/members/register': sellingRoles(),
  'GET /api/v1/staff/counter/addresses': sellingRoles(),

  // Admins: points corrections and tiers.
  'POST /api/v1/admin/members/:id/points/adjust': adminOnly(),
  'GET /api/v1/admin/member-tiers': adminOnly(),
  'POST /api/v1/admin/member-tiers': adminOnly(),
  'GET /api/v1/admin/member-tiers/:id': adminOnly(),
  'PATCH /api/v1/admin/member-tiers/:id': adminOnly(),
  'DELETE /api/v1/admin/member-tiers/:id': adminOnly(),

  // 拼团.
  'GET /api/v1/products/:id/groupbuy': publicRoute(),
  'GET /api/v1/groupbuy/campaigns': publicRoute(),
  'GET /api/v1/groupbuy/groups/:id': publicRoute(),
  'POST /api/v1/groupbuy/groups': consumerOnly(),
  'POST /api/v1/groupbuy/groups/:id/join': consumerOnly(),
  'GET /api/v1/groupbuy/mine': consumerOnly(),
  'POST /api/v1/admin/groupbuy-campaigns': marketingRoles(),
  'GET /api/v1/admin/groupbuy-campaigns': marketingRoles(),
  'GET /api/v1/admin/groupbuy-campaigns/:id': marketingRoles(),
  'POST /api/v1/admin/groupbuy-campaigns/:id/status': marketingRoles(),
  'GET /api/v1/admin/groupbuy-campaigns/:id/stats': marketingRoles(),

  // The store tablet's orders: store B's staff do not see store A's.
  'POST /api/v1/staff/orders/preview': sellingRoles(),
  'POST /api/v1/staff/orders': sellingRoles(),
  'GET /api/v1/staff/orders': sellingRoles(),
  'GET /api/v1/staff/orders/:id': on('storeOrder', sellingRoles(), notForOtherStores),
  'POST /api/v1/staff/orders/:id/pay': on('storeOrder', sellingRoles(), notForOtherStores),
  'POST /api/v1/staff/orders/:id/cancel': on('storeOrder', sellingRoles(), notForOtherStores),
  'GET /api/v1/staff/pickups': sellingRoles(),
  'GET /api/v1/staff/pickups/lookup': sellingRoles(),
  'POST /api/v1/staff/pickups/verify': sellingRoles(),
  'GET /api/v1/staff/transfers': sellingRoles(),
  'POST /api/v1/staff/transfers/:id/receive': sellingRoles(),

  // 导购 attribution and commission.
  'GET /api/v1/staff/me/referral': sellingRoles(),
  'GET /api/v1/staff/referral/store-qr': managersOnly(),
  'GET /api/v1/staff/commission': sellingRoles(),
  'GET /api/v1/staff/commission/team': managersOnly(),
  'GET /api/v1/admin/commission': adminOnly(),
};
