/** A fresh Idempotency-Key: 8-80 chars of letters, digits, _-:. (the server's rule). */
export function newIdempotencyKey(prefix = 'order'): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

/**
 * One key per distinct request body: a double tap or a retry after a network error sends the
 * same body with the same key, so the server makes one order; a changed body (another coupon,
 * another address) gets a new key, because the server refuses a key reused for other content.
 */
export function createIdempotencyKeeper(makeKey: () => string = newIdempotencyKey) {
  let last: { body: string; key: string } | null = null;
  return {
    keyFor(body: unknown): string {
      const serialized = JSON.stringify(body);
      if (last?.body !== serialized) last = { body: serialized, key: makeKey() };
      return last.key;
    },
    /** After a success the next submission is a new order. */
    reset(): void {
      last = null;
    },
  };
}
