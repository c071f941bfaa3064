/**
 * Guards for pricing input. Callers validate upstream (zod); these only make sure a bad value
 * throws a RangeError instead of turning into a wrong price.
 */
import type { Fen } from '../money.js';

export function assertNonNegativeFen(value: unknown, what: string): Fen {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer number of fen, got ${String(value)}`);
  }
  return value;
}

export function optionalFen(value: unknown, what: string): Fen | null {
  return value === undefined || value === null ? null : assertNonNegativeFen(value, what);
}

export function assertInteger(value: unknown, what: string, min = Number.MIN_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${what} must be an integer >= ${min}, got ${String(value)}`);
  }
  return value;
}

export function optionalInteger(value: unknown, what: string): number | null {
  return value === undefined || value === null ? null : assertInteger(value, what);
}

/** Integer percent 0..100. */
export function assertPercent(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > 100) {
    throw new RangeError(`${what} must be an integer percent 0..100, got ${String(value)}`);
  }
  return value;
}

export function assertIntegerList(value: unknown, what: string): number[] {
  if (!Array.isArray(value)) throw new RangeError(`${what} must be an array of integers`);
  return value.map((v, i) => assertInteger(v, `${what}[${i}]`));
}

/**
 * Only full ISO 8601 instants with an explicit zone and in-range fields are accepted: `Date.parse`
 * of anything else is engine-specific (V8 reads 02-31 as 03-03, others say NaN), and the
 * mini-program and the server must agree to the millisecond.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export function parseInstant(value: unknown, what: string): number {
  const text = typeof value === 'string' ? value : '';
  const match = ISO_INSTANT.exec(text);
  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = (match ?? []).map(Number);
  const inRange =
    match !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    (match[6] === undefined || second <= 59) &&
    (match[7] === undefined || (offsetHour <= 23 && offsetMinute <= 59));
  const ms = inRange ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be an ISO 8601 instant with a time zone, got ${String(value)}`);
  return ms;
}
