import { idempotencyKeySchema } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { createIdempotencyKeeper, newIdempotencyKey } from './idempotency';

describe('idempotency keys', () => {
  it('makes keys the server accepts, different each time', () => {
    const a = newIdempotencyKey();
    expect(idempotencyKeySchema.safeParse(a).success).toBe(true);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('reuses the key for the same body (double tap, retry) and changes it with the body', () => {
    let n = 0;
    const keeper = createIdempotencyKeeper(() => `key-0000${++n}`);
    const body = { fromCart: true, fulfillment: { type: 'delivery', addressId: 1 } };
    const first = keeper.keyFor(body);
    expect(keeper.keyFor({ ...body })).toBe(first);
    const other = keeper.keyFor({ ...body, points: 100 });
    expect(other).not.toBe(first);
    keeper.reset();
    expect(keeper.keyFor({ ...body, points: 100 })).not.toBe(other);
  });
});
