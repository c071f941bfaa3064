import { AppError, type ProductSort } from '@shop/shared';
import { decodeCursor, type KeysetCursor } from '../http/cursor.js';

/**
 * How a product list is ordered for keyset pagination: one integer column, then id in the same
 * direction as the tie-breaker, so (column, id) is unique and pages never repeat or skip rows.
 */
export interface KeysetOrder {
  column: 'sales' | 'minPrice' | 'id';
  direction: 'ASC' | 'DESC';
}

/**
 * `new` orders by id rather than createdAt: ids increase with creation, are unique (no
 * tie-breaker needed) and round-trip exactly through a cursor, whereas MySQL's microsecond
 * createdAt does not survive a JS Date.
 */
export const PRODUCT_ORDERS: Record<ProductSort, KeysetOrder> = {
  sales: { column: 'sales', direction: 'DESC' },
  price_asc: { column: 'minPrice', direction: 'ASC' },
  price_desc: { column: 'minPrice', direction: 'DESC' },
  new: { column: 'id', direction: 'DESC' },
};

export const NEWEST_FIRST: KeysetOrder = PRODUCT_ORDERS.new;

/** Reads a list cursor; every product sort key is an integer, so anything else is rejected. */
export function decodeProductCursor(raw: string | undefined): KeysetCursor | null {
  const cursor = decodeCursor(raw);
  if (cursor && !Number.isSafeInteger(cursor.value)) {
    throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新加载', [{ path: 'cursor', message: 'cursor does not fit this list' }]);
  }
  return cursor;
}

export function sortValueOf(order: KeysetOrder, row: Record<KeysetOrder['column'], number>): number {
  return row[order.column];
}

/** The WHERE fragment selecting rows strictly after the cursor in this order. */
export function afterCursor(alias: string, order: KeysetOrder, cursor: KeysetCursor): { sql: string; params: Record<string, number> } {
  const op = order.direction === 'DESC' ? '<' : '>';
  const id = `${alias}.id`;
  if (order.column === 'id') return { sql: `${id} ${op} :cursorId`, params: { cursorId: cursor.id } };
  const column = `${alias}.${order.column}`;
  return {
    sql: `(${column} ${op} :cursorValue OR (${column} = :cursorValue AND ${id} ${op} :cursorId))`,
    params: { cursorValue: Number(cursor.value), cursorId: cursor.id },
  };
}

/**
 * The escape character for LIKE patterns. Not backslash: SQLite has no default escape and
 * MySQL would need it doubled inside the SQL literal, whereas `ESCAPE '!'` reads the same on both.
 */
export const LIKE_ESCAPE = '!';

/** A LIKE pattern matching text that contains `term` literally (%, _ and \ in it are not wildcards). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}
