import { CHINA_OFFSET_MS } from '../../util/china-time.js';
import { assertFen, sumFen, type CommissionFigures, type Fen } from '@shop/shared';

const BASIS_POINTS = 10_000n;

/**
 * Commission on a month's net sales: floor(rate × net / 10000) in whole fen, computed in BigInt
 * so no product is ever rounded on its way (a large store month times a rate still is exact).
 */
export function commissionOf(netFen: Fen, rateBasisPoints: number): Fen {
  assertFen(netFen, 'net');
  if (!Number.isSafeInteger(rateBasisPoints) || rateBasisPoints < 0) throw new RangeError(`rate must be whole basis points, got ${rateBasisPoints}`);
  if (netFen < 0) throw new RangeError(`net sales cannot be negative, got ${netFen}`);
  return Number((BigInt(rateBasisPoints) * BigInt(netFen)) / BASIS_POINTS);
}

/** One staff member's month from its order count and sums: net = paid - refunded, then the commission on net. */
export function commissionFigures(totals: { orders: number; paid: Fen; refunded: Fen }, rateBasisPoints: number): CommissionFigures {
  const paid = assertFen(totals.paid, 'paid');
  const refunded = assertFen(totals.refunded, 'refunded');
  if (refunded > paid) throw new RangeError(`refunded ${refunded} exceeds paid ${paid}`);
  const net = paid - refunded;
  return { orders: totals.orders, paid, refunded, net, commission: commissionOf(net, rateBasisPoints) };
}

/** A team's totals: each column summed; the commission is the sum of each member's (each floored on its own). */
export function sumFigures(rows: readonly CommissionFigures[]): CommissionFigures {
  return {
    orders: rows.reduce((n, r) => n + r.orders, 0),
    paid: sumFen(rows.map((r) => r.paid)),
    refunded: sumFen(rows.map((r) => r.refunded)),
    net: sumFen(rows.map((r) => r.net)),
    commission: sumFen(rows.map((r) => r.commission)),
  };
}

/** The month (`YYYY-MM`) it is in China at `instant`. */
export function chinaMonthOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/** A China-time month as instants: [the 1st 00:00 +08:00, the next month's 1st 00:00 +08:00). */
export function chinaMonthRange(month: string): { from: Date; to: Date } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(match?.[1]);
  const monthIndex = Number(match?.[2]) - 1;
  if (!match || monthIndex < 0 || monthIndex > 11) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  // Date.UTC rolls month 12 over into January of the next year.
  return { from: new Date(Date.UTC(year, monthIndex, 1) - CHINA_OFFSET_MS), to: new Date(Date.UTC(year, monthIndex + 1, 1) - CHINA_OFFSET_MS) };
}
