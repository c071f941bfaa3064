import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FEN, fenToYuanText, formatFen, parseYuan } from './money.js';

describe('formatFen', () => {
  it('shows fen as yuan with two decimals and a sign', () => {
    expect(formatFen(1230)).toBe('¥12.30');
    expect(formatFen(-50)).toBe('-¥0.50');
    expect(formatFen(129900000)).toBe('¥1,299,000.00');
  });
});

describe('parseYuan', () => {
  it('reads what people type as yuan into exact fen', () => {
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan(' 0.07 ')).toBe(7);
    expect(parseYuan('¥1,299.00')).toBe(129900);
    // 0.1 + 0.2 style float errors cannot happen: 19.99 * 100 would be 1998.9999999999998.
    expect(parseYuan('19.99')).toBe(1999);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-1', '1.234', '1e3', '12.', '.5', '100000000']) expect(parseYuan(text)).toBeNull();
    expect(parseYuan(fenToYuanText(MAX_FEN))).toBe(MAX_FEN);
  });

  it('reads back every amount it shows', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => parseYuan(fenToYuanText(fen)) === fen));
  });
});
