import { describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { encodeCursor } from '../http/cursor.js';
import { afterCursor, containsPattern, decodeProductCursor, PRODUCT_ORDERS } from './product-query.js';

describe('containsPattern', () => {
  it('wraps the term in % so it matches anywhere', () => {
    expect(containsPattern('亚麻')).toBe('%亚麻%');
  });

  it('escapes LIKE wildcards and the escape character itself, leaving backslash literal', () => {
    expect(containsPattern('100%_off!')).toBe('%100!%!_off!!%');
    expect(containsPattern('a\\b')).toBe('%a\\b%');
  });
});

describe('afterCursor', () => {
  it('continues a descending sort below the cursor, tie-broken by a smaller id', () => {
    const { sql, params } = afterCursor('p', PRODUCT_ORDERS.sales, { value: 120, id: 7 });
    expect(sql).toBe('(p.sales < :cursorValue OR (p.sales = :cursorValue AND p.id < :cursorId))');
    expect(params).toEqual({ cursorValue: 120, cursorId: 7 });
  });

  it('continues an ascending sort above the cursor, tie-broken by a larger id', () => {
    expect(afterCursor('p', PRODUCT_ORDERS.price_asc, { value: 9900, id: 3 }).sql).toBe(
      '(p.minPrice > :cursorValue OR (p.minPrice = :cursorValue AND p.id > :cursorId))',
    );
  });

  it('needs only the id for the newest-first order, ids being unique and increasing', () => {
    expect(afterCursor('p', PRODUCT_ORDERS.new, { value: 40, id: 40 })).toEqual({ sql: 'p.id < :cursorId', params: { cursorId: 40 } });
  });
});

describe('decodeProductCursor', () => {
  it('reads back what the list wrote', () => {
    expect(decodeProductCursor(encodeCursor({ value: 4821, id: 2 }))).toEqual({ value: 4821, id: 2 });
    expect(decodeProductCursor(undefined)).toBeNull();
  });

  it('rejects garbage and cursors whose sort value is not an integer', () => {
    for (const raw of ['not-a-cursor', encodeCursor({ value: 'x', id: 1 }), encodeCursor({ value: null, id: 1 }), encodeCursor({ value: 1.5, id: 1 })]) {
      expect(() => decodeProductCursor(raw)).toThrowError(AppError);
    }
  });
});
