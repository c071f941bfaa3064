import { describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { encodeCursor } from '../platform/cursor.js';
import { afterCursor, containsPattern, decodeProductCursor, PRODUCT_ORDERS, productOrderFor, relevanceKeySql, sortValueOf } from './product-query.js';

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

describe('productOrderFor', () => {
  it('ranks a keyword search by relevance unless the shopper chose a sort', () => {
    expect(productOrderFor(undefined, '包')).toBe(PRODUCT_ORDERS.relevance);
    expect(productOrderFor('sales', '包')).toBe(PRODUCT_ORDERS.sales);
    expect(productOrderFor('price_asc', '包')).toBe(PRODUCT_ORDERS.price_asc);
  });

  it('lists best sellers first without a keyword, even when relevance is asked for', () => {
    expect(productOrderFor(undefined, undefined)).toBe(PRODUCT_ORDERS.sales);
    expect(productOrderFor(undefined, '')).toBe(PRODUCT_ORDERS.sales);
    expect(productOrderFor('relevance', undefined)).toBe(PRODUCT_ORDERS.sales);
  });
});

describe('relevance key', () => {
  it('is one CASE tier expression scaled above sales, category name first', () => {
    const sql = relevanceKeySql('p', 'c');
    expect(sql).toMatch(/^\(\(CASE WHEN c\.name = :qExact THEN 5 WHEN c\.name LIKE :q ESCAPE '!' AND p\.title LIKE :q ESCAPE '!' THEN 4 /);
    expect(sql).toContain('ELSE 0 END) * 4294967296 + p.sales)');
  });

  it('pages after the cursor on the whole key, tie-broken by a smaller id', () => {
    const { sql, params } = afterCursor('p', PRODUCT_ORDERS.relevance, { value: 2 * 4294967296 + 30, id: 9 });
    const key = relevanceKeySql('p', 'c');
    expect(sql).toBe(`(${key} < :cursorValue OR (${key} = :cursorValue AND p.id < :cursorId))`);
    expect(params).toEqual({ cursorValue: 2 * 4294967296 + 30, cursorId: 9 });
  });

  it('takes the key the query computed (a number, or a string from some drivers), never a non-integer', () => {
    const row = { sales: 1, minPrice: 2, id: 3 };
    expect(sortValueOf(PRODUCT_ORDERS.relevance, row, '17179869214')).toBe(17179869214);
    expect(sortValueOf(PRODUCT_ORDERS.relevance, row, 42)).toBe(42);
    expect(sortValueOf(PRODUCT_ORDERS.sales, row)).toBe(1);
    expect(() => sortValueOf(PRODUCT_ORDERS.relevance, row, undefined)).toThrow();
  });
});
