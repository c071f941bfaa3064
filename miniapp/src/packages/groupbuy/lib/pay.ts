import type { OrderView } from '@shop/shared';
import { startPayment } from '../../../api/orders';
import { isH5 } from '../../../lib/config';
import { cashierHref, payOrder, type PayOutcome } from '../../../lib/pay';
import { pageUrl, replacePage } from '../../../lib/routes';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';

/** The group page that watches the payment of `orderId` (where paying comes back to). */
export function groupPageUrl(groupId: number, orderId?: number): string {
  return pageUrl(GROUPBUY_PAGES.group, { id: groupId, orderId });
}

/** The H5 address of a group page: the app runs on a hash router, so the route goes after `#`. */
export function groupPageHref(location: { origin: string; pathname: string }, groupId: number, orderId?: number): string {
  return `${location.origin}${location.pathname}#${groupPageUrl(groupId, orderId)}`;
}

/**
 * Pays a group order the normal way (lib/pay.ts), except that on H5 the cashier sends the
 * browser back to the group page rather than the shop's pay-result page: the buyer wants to
 * see their seat and invite friends.
 */
export async function payGroupOrder(orderId: number, groupId: number): Promise<PayOutcome> {
  if (!isH5()) return payOrder(orderId);
  const answer = await startPayment(orderId, 'native');
  if (answer.method !== 'native' || !answer.cashierUrl) throw new Error('当前环境不支持网页支付，请在微信小程序内支付');
  window.location.assign(cashierHref(answer.cashierUrl, groupPageHref(window.location, groupId, orderId)));
  return 'redirected';
}

/**
 * After starting or joining: pay right away, then show the group page, which confirms the
 * payment (the server learns of it from WeChat's notification) or offers to pay again.
 */
export async function payThenShowGroup(order: Pick<OrderView, 'id' | 'status'>, groupId: number): Promise<void> {
  const target = groupPageUrl(groupId, order.id);
  if (order.status !== 'pending_payment') return replacePage(target);
  const outcome = await payGroupOrder(order.id, groupId).catch(() => 'failed' as const);
  if (outcome !== 'redirected') replacePage(target);
}
