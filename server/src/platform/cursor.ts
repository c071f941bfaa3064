import { AppError } from '@shop/shared';

/**
 * Opaque keyset cursors: the sort value and id of the last row seen, base64url-encoded JSON.
 * Keyset (not offset) pagination stays fast and stable while rows are being inserted.
 */
export interface KeysetCursor {
  value: number | string | null;
  id: number;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): KeysetCursor | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isSafeInteger(parsed[1])) {
      const [value, id] = parsed as [unknown, number];
      if (value === null || typeof value === 'number' || typeof value === 'string') return { value, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新加载', [{ path: 'cursor', message: 'unreadable cursor' }]);
}

/** Given limit+1 fetched rows, returns the page and the cursor for the next one. */
export function pageOf<T extends { id: number }>(rows: T[], limit: number, sortValue: (row: T) => number | string | null) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor({ value: sortValue(last), id: last.id }) : null };
}
