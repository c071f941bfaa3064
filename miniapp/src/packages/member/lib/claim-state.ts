import type { ClaimableCouponView } from '@shop/shared';
import type { ApiError } from '../../../api/errors';

/** What the claim button of a ticket says and does. */
export type TicketState = 'open' | 'claimed' | 'sold_out';

/** What happened to one template on this screen since the list loaded. */
export interface ClaimRecord {
  claimed: number;
  soldOut: boolean;
  limitReached: boolean;
}

const NOTHING: ClaimRecord = { claimed: 0, soldOut: false, limitReached: false };

export function ticketState(coupon: Pick<ClaimableCouponView, 'remaining' | 'remainingForMe'>, record: ClaimRecord = NOTHING): TicketState {
  if (record.limitReached || record.claimed >= coupon.remainingForMe) return 'claimed';
  if (record.soldOut || coupon.remaining - record.claimed <= 0) return 'sold_out';
  return 'open';
}

export function afterClaim(record: ClaimRecord = NOTHING): ClaimRecord {
  return { ...record, claimed: record.claimed + 1 };
}

/** A refused claim that changes the ticket (sold out, limit reached); other failures leave it open. */
export function afterClaimFailure(record: ClaimRecord = NOTHING, error: Pick<ApiError, 'code'>): ClaimRecord {
  if (error.code === 'COUPON_SOLD_OUT') return { ...record, soldOut: true };
  if (error.code === 'COUPON_LIMIT_REACHED') return { ...record, limitReached: true };
  return record;
}

/** "仅剩 8 张" when few are left; nothing otherwise. */
export function scarcityText(remaining: number): string | null {
  return remaining > 0 && remaining <= 50 ? `仅剩 ${remaining} 张` : null;
}
