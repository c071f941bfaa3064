import type { OrderPreviewView, OrderRequest, OrderStatus, OrderView, Page, PayAnswer, PayRequest } from '@shop/shared';
import { apiRequest, type LoadOptions, type RequestOptions } from './http';

/** What the page sends; the server fills the defaults (best coupons, no points, empty note). */
export type OrderRequestBody = Omit<OrderRequest, 'buyerNote' | 'coupons' | 'points'> & Partial<Pick<OrderRequest, 'buyerNote' | 'coupons' | 'points'>>;

export function previewOrder(body: OrderRequestBody): Promise<OrderPreviewView> {
  return apiRequest<OrderPreviewView>('/orders/preview', { method: 'POST', body, quiet: true });
}

/** Creates the order; the same key with the same body answers the same order (double taps, retries). */
export function createOrder(body: OrderRequestBody, idempotencyKey: string): Promise<OrderView> {
  return apiRequest<OrderView>('/orders', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** The member's orders, newest first; `statuses` empty = all of them. */
export function fetchOrders(query: { statuses?: readonly OrderStatus[]; cursor?: string | null; limit?: number }, options: LoadOptions = {}): Promise<Page<OrderView>> {
  const { statuses = [], cursor, limit } = query;
  return apiRequest<Page<OrderView>>('/orders', { query: { status: statuses.join(','), cursor, limit }, quiet: options.quiet });
}

/** `noLoginRedirect` for background looks (payment polls) that must not renew the session or open the login page. */
export function fetchOrder(id: number, options: LoadOptions & Pick<RequestOptions, 'noLoginRedirect'> = {}): Promise<OrderView> {
  return apiRequest<OrderView>(`/orders/${id}`, { quiet: options.quiet, noLoginRedirect: options.noLoginRedirect });
}

export function cancelOrder(id: number): Promise<OrderView> {
  return apiRequest<OrderView>(`/orders/${id}/cancel`, { method: 'POST', body: {} });
}

export function startPayment(orderId: number, method: PayRequest['method']): Promise<PayAnswer> {
  return apiRequest<PayAnswer>(`/orders/${orderId}/pay`, { method: 'POST', body: { method } });
}

/** The buyer confirms a shipped order arrived: it completes. */
export function confirmReceipt(id: number): Promise<OrderView> {
  return apiRequest<OrderView>(`/orders/${id}/confirm-receipt`, { method: 'POST', body: {} });
}
