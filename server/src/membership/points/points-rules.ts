import { AppError } from '@shop/shared';

/** How long earned points stay valid; callers of `earn` compute `expiresAt` with it. */
export const POINTS_VALIDITY_DAYS = 365;

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

export function earnExpiry(now: Date, days = POINTS_VALIDITY_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

export function assertPositivePoints(points: number): void {
  if (!Number.isSafeInteger(points) || points <= 0) throw new AppError('VALIDATION_FAILED', 'Points must be a positive whole number');
}
