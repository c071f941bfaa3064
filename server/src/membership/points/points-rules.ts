import { AppError } from '@shop/shared';

/** 1 point per whole yuan paid. */
export function pointsForPaidFen(paidFen: number): number {
  return Math.max(0, Math.floor(paidFen / 100));
}

/**
 * Points to take back for a refund of `refundFen` out of `paidFen` that earned `earned`
 * points: proportional, rounded down (in the member's favour). Several partial refunds that
 * add up to the whole payment may leave a point or two; `reverseEarn` on the full refund
 * takes the rest because it is capped by what the order earned, not by this rounding.
 */
export function proportionalPoints(earned: number, paidFen: number, refundFen: number): number {
  if (paidFen <= 0 || earned <= 0 || refundFen <= 0) return 0;
  if (refundFen >= paidFen) return earned;
  return Math.floor((earned * refundFen) / paidFen);
}

/** When points earned at `now` expire (`days` from configuration, POINTS_VALIDITY_DAYS). */
export function earnExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

export function assertPositivePoints(points: number): void {
  if (!Number.isSafeInteger(points) || points <= 0) throw new AppError('VALIDATION_FAILED', '积分必须是正整数');
}

/**
 * The share of `points` (earned by, or spent on, an order that took `paidFen`) that a refund of
 * `refundFen` after `refundedBeforeFen` already refunded accounts for. Computed on the running
 * total, so any sequence of refunds adding up to the whole payment accounts for exactly `points`.
 */
export function pointsForRefund(points: number, paidFen: number, refundedBeforeFen: number, refundFen: number): number {
  return proportionalPoints(points, paidFen, refundedBeforeFen + refundFen) - proportionalPoints(points, paidFen, refundedBeforeFen);
}
