import { COUNTER_TOKEN_HEADER, type OrderPreviewView, type OrderView, type Page, type PayAnswer, type StaffOrderListItem, type StaffOrderRequest, type StaffSalesSummary } from '@shop/shared';
import { staffRequest, type LoadOptions, type PageOptions } from './staff-http';

/** What the tablet sends; the server fills the defaults (best coupons for members, no points, empty note). */
export type StaffOrderBody = Omit<StaffOrderRequest, 'buyerNote' | 'coupons' | 'points' | 'memberId'> & Partial<Pick<StaffOrderRequest, 'buyerNote' | 'coupons' | 'points'>>;

/** Each order with its buyer's nickname and masked phone (null: a guest). */
export type TodayOrdersPage = Page<StaffOrderListItem> & { summary: StaffSalesSummary };

/** The member's counter session, for an order that is theirs; none for a guest. */
const counterHeaders = (counterToken: string | null): Record<string, string> => (counterToken ? { [COUNTER_TOKEN_HEADER]: counterToken } : {});

export function previewStaffOrder(body: StaffOrderBody, counterToken: string | null): Promise<OrderPreviewView> {
  return staffRequest<OrderPreviewView>('/staff/orders/preview', { method: 'POST', body, headers: counterHeaders(counterToken), quiet: true });
}

/** The same key with the same body answers the same order (double taps, retries). */
export function createStaffOrder(body: StaffOrderBody, counterToken: string | null, idempotencyKey: string): Promise<OrderView> {
  return staffRequest<OrderView>('/staff/orders', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey, ...counterHeaders(counterToken) } });
}

/** The order as this store sees it (the answer also lists its payments, which the tablet does not show). */
export function fetchStaffOrder(id: number, { quiet }: LoadOptions = {}): Promise<OrderView> {
  return staffRequest<OrderView>(`/staff/orders/${id}`, { quiet });
}

/** The Native QR (`codeUrl`) the customer scans; asking again answers the same QR. */
export function payAtCounter(id: number, { quiet }: LoadOptions = {}): Promise<PayAnswer> {
  return staffRequest<PayAnswer>(`/staff/orders/${id}/pay`, { method: 'POST', body: {}, quiet });
}

export function cancelStaffOrder(id: number): Promise<OrderView> {
  return staffRequest<OrderView>(`/staff/orders/${id}/cancel`, { method: 'POST', body: {} });
}

/** This store's orders of a China-time day (default today), newest first, with the day's figures. */
export function fetchTodayOrders(cursor: string | null, { limit = 20, quiet }: PageOptions = {}): Promise<TodayOrdersPage> {
  return staffRequest<TodayOrdersPage>('/staff/orders', { query: { cursor, limit }, quiet });
}
