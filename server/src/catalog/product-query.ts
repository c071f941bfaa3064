import { AppError, type ProductSort } from '@shop/shared';
import { decodeCursor, type KeysetCursor } from '../platform/cursor.js';

/**
 * How a product list is ordered for keyset pagination: one integer sort key, then id in the same
 * direction as the tie-breaker, so (key, id) is unique and pages never repeat or skip rows.
 * The key is a product column, or for `relevance` the integer expression of relevanceKeySql.
 */
export interface KeysetOrder {
  column: 'sales' | 'minPrice' | 'id' | 'relevance';
  direction: 'ASC' | 'DESC';
}

/**
 * `new` orders by id rather than createdAt: ids increase with creation, are unique (no
 * tie-breaker needed) and round-trip exactly through a cursor, whereas MySQL's microsecond
 * createdAt does not survive a JS Date.
 */
export const PRODUCT_ORDERS: Record<ProductSort, KeysetOrder> = {
  relevance: { column: 'relevance', direction: 'DESC' },
  sales: { column: 'sales', direction: 'DESC' },
  price_asc: { column: 'minPrice', direction: 'ASC' },
  price_desc: { column: 'minPrice', direction: 'DESC' },
  new: { column: 'id', direction: 'DESC' },
};

export const NEWEST_FIRST: KeysetOrder = PRODUCT_ORDERS.new;

/**
 * The order of a consumer list: what the shopper chose, else relevance for a keyword search and
 * best sellers for browsing. Relevance without a keyword has nothing to rank, so it is sales.
 */
export function productOrderFor(sort: ProductSort | undefined, q: string | undefined): KeysetOrder {
  const chosen = sort ?? (q ? 'relevance' : 'sales');
  return chosen === 'relevance' && !q ? PRODUCT_ORDERS.sales : PRODUCT_ORDERS[chosen];
}

/**
 * Relevance tiers of a keyword match, best first. Each tier sits above every product of the tiers
 * below it whatever their sales; within a tier, best sellers first.
 */
export const RELEVANCE_TIERS = {
  /** The keyword is the category's name (箱包). */
  categoryName: 5,
  /** The category's name contains it and so does the title (包: 双肩包 in 箱包). */
  categoryAndTitle: 4,
  /** The category's name contains it (包: 登机箱 in 箱包). */
  category: 3,
  title: 2,
  subtitle: 1,
  /** Only the description mentions it (包: 手机壳's 牛皮包覆). */
  description: 0,
} as const;

/** Sales are a 32-bit int column, so tier * 2^32 + sales orders by tier, then sales, and stays a safe integer. */
const TIER_SPAN = 4_294_967_296;

/**
 * The relevance sort key as one portable integer expression (CASE, LIKE, arithmetic: SQLite and
 * MySQL alike): tier * 2^32 + sales, descending. Being one integer, it pages with the same
 * keyset cursor as the other sorts. Binds :q (containsPattern of the keyword) and :qExact.
 */
export function relevanceKeySql(product: string, category: string): string {
  const like = (column: string) => `${column} LIKE :q ESCAPE '${LIKE_ESCAPE}'`;
  const t = RELEVANCE_TIERS;
  const tier =
    `CASE WHEN ${category}.name = :qExact THEN ${t.categoryName}` +
    ` WHEN ${like(`${category}.name`)} AND ${like(`${product}.title`)} THEN ${t.categoryAndTitle}` +
    ` WHEN ${like(`${category}.name`)} THEN ${t.category}` +
    ` WHEN ${like(`${product}.title`)} THEN ${t.title}` +
    ` WHEN ${like(`${product}.subtitle`)} THEN ${t.subtitle}` +
    ` ELSE ${t.description} END`;
  return `((${tier}) * ${TIER_SPAN} + ${product}.sales)`;
}

/** The SQL of an order's sort key; relevance needs the keyword's params bound (see relevanceKeySql). */
export function sortKeySql(alias: string, order: KeysetOrder, categoryAlias = 'c'): string {
  return order.column === 'relevance' ? relevanceKeySql(alias, categoryAlias) : `${alias}.${order.column}`;
}

/** Reads a list cursor; every product sort key is an integer, so anything else is rejected. */
export function decodeProductCursor(raw: string | undefined): KeysetCursor | null {
  const cursor = decodeCursor(raw);
  if (cursor && !Number.isSafeInteger(cursor.value)) {
    throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新加载', [{ path: 'cursor', message: 'cursor does not fit this list' }]);
  }
  return cursor;
}

/** A row's sort key for the cursor; relevance is computed by the query, so it comes from there. */
export function sortValueOf(order: KeysetOrder, row: Record<Exclude<KeysetOrder['column'], 'relevance'>, number>, relevanceKey?: unknown): number {
  if (order.column !== 'relevance') return row[order.column];
  const key = Number(relevanceKey);
  if (!Number.isSafeInteger(key)) throw new Error(`relevance key is not an integer: ${String(relevanceKey)}`);
  return key;
}

/** The WHERE fragment selecting rows strictly after the cursor in this order. */
export function afterCursor(alias: string, order: KeysetOrder, cursor: KeysetCursor, categoryAlias = 'c'): { sql: string; params: Record<string, number> } {
  const op = order.direction === 'DESC' ? '<' : '>';
  const id = `${alias}.id`;
  if (order.column === 'id') return { sql: `${id} ${op} :cursorId`, params: { cursorId: cursor.id } };
  const column = sortKeySql(alias, order, categoryAlias);
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
