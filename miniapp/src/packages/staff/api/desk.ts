import type { OrderView, Page, StaffCommissionView, StaffPickupLookupView } from '@shop/shared';
import { staffRequest, type PageOptions } from './staff-http';

/** Paid pickup orders waiting at this store, oldest first as the server lists them. */
export function fetchAwaitingPickups(cursor: string | null, { limit = 20, quiet }: PageOptions = {}): Promise<Page<OrderView>> {
  return staffRequest<Page<OrderView>>('/staff/pickups', { query: { cursor, limit }, quiet });
}

/**
 * The order behind a code at this store, read only, before it is handed over. Quiet: the pickup
 * page shows a wrong code and RATE_LIMITED (wrong look-ups count as wrong verifications) in place.
 */
export function lookupPickup(code: string): Promise<StaffPickupLookupView> {
  return staffRequest<StaffPickupLookupView>('/staff/pickups/lookup', { query: { code }, quiet: true });
}

/**
 * Hands a pickup order over: the 6 digits or the QR payload. Quiet: the pickup page shows
 * PICKUP_CODE_INVALID, an already verified order and RATE_LIMITED in place.
 */
export function verifyPickup(code: string): Promise<OrderView> {
  return staffRequest<OrderView>('/staff/pickups/verify', { method: 'POST', body: { code }, quiet: true });
}

/** The signed-in staff member's commission for a month (`YYYY-MM`, default this month), orders paged. */
export function fetchMyCommission(month: string | null, cursor: string | null = null, { limit = 20, quiet }: PageOptions = {}): Promise<StaffCommissionView> {
  return staffRequest<StaffCommissionView>('/staff/commission', { query: { month, cursor, limit }, quiet });
}
