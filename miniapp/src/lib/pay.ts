import Taro from '@tarojs/taro';
import { startPayment } from '../api/orders';
import { isH5 } from './config';
import { PAGES, pageUrl } from './routes';

export type PayOutcome = 'paid' | 'cancelled' | 'redirected';

/**
 * The H5 page the emulator's cashier sends the browser back to. The app is served with a hash
 * router, so the route goes after `#`.
 */
export function resultPageHref(location: { origin: string; pathname: string }, orderId: number): string {
  return `${location.origin}${location.pathname}#${pageUrl(PAGES.payResult, { orderId })}`;
}

/** The cashier URL with where to come back after 确认支付. */
export function cashierHref(cashierUrl: string, returnUrl: string): string {
  return `${cashierUrl}${cashierUrl.includes('?') ? '&' : '?'}return_url=${encodeURIComponent(returnUrl)}`;
}

/**
 * Pays an order the way the platform can: in the mini-program the WeChat pay sheet with the
 * server's signed JSAPI parameters; on H5 the emulator's cashier page (the browser leaves the
 * app and comes back to the result page). Whether the order is paid is decided by the server's
 * notification, so callers go on to the result page, which polls the order.
 */
export async function payOrder(orderId: number): Promise<PayOutcome> {
  if (isH5()) {
    const answer = await startPayment(orderId, 'native');
    if (answer.method !== 'native' || !answer.cashierUrl) throw new Error('当前环境不支持网页支付，请在微信小程序内支付');
    window.location.assign(cashierHref(answer.cashierUrl, resultPageHref(window.location, orderId)));
    return 'redirected';
  }
  const answer = await startPayment(orderId, 'jsapi');
  if (answer.method !== 'jsapi') throw new Error('支付参数有误，请稍后再试');
  try {
    await Taro.requestPayment({ ...answer.params });
    return 'paid';
  } catch {
    // The buyer closed the sheet (or it failed): the order stays unpaid and can be paid again.
    return 'cancelled';
  }
}
