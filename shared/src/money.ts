import { MAX_INT } from './int-column.js';

/**
 * Money is always an integer number of fen (1 CNY = 100 fen). These helpers are the only
 * place that turns fen into display text, so rounding never happens in UI or handlers.
 */
export type Fen = number;

/** Largest amount a money column holds (an INT column, MAX_INT): ¥21,474,836.47. */
export const MAX_FEN = MAX_INT;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertFen(value: number, what = 'amount'): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be an integer number of fen, got ${value}`);
  return value;
}

/** 1230 -> "¥12.30"; -50 -> "-¥0.50". */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`;
}

/** Sum of integers in fen, guarding against silently leaving the safe-integer range. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += assertFen(v);
  return assertFen(total, 'sum');
}

/**
 * What a person typed as yuan ("12", "12.5", "¥1,299.00") -> fen, read digit by digit so no
 * float ever touches the amount; null when it is not an amount (or has more than 2 decimals,
 * or exceeds MAX_FEN).
 */
export function parseYuan(text: string): Fen | null {
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/^¥/, '').replace(/,/g, ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_FEN ? fen : null;
}

/** 1230 -> "12.30", for a yuan input's initial value. */
export function fenToYuanText(fen: Fen): string {
  return formatFen(fen).replace('¥', '').replace(/,/g, '');
}
