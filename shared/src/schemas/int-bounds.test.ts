import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from '../index.js';
import {
  MAX_INT,
  adminOrderListQuerySchema,
  adminProductListQuerySchema,
  cartAddSchema,
  displayMoveSchema,
  orderRequestSchema,
  pointsAdjustSchema,
  productCreateSchema,
  productListQuerySchema,
  productUpdateSchema,
  skuUpdateSchema,
  stockAdjustSchema,
  stockReceiveSchema,
} from '../index.js';

/**
 * Every id, quantity, count and amount lands in a signed 32-bit INT column (server/src/platform/columns.ts):
 * a value past it is a database error (a 500 on MySQL) unless the schema refuses it first.
 */
const MIN_INT = -(2 ** 31);

/** Numbers a schema accepts whose range reaches past an INT column, as `schema.path`. */
function unboundedNumbers(name: string, schema: z.ZodType): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, path));
    if (typeof node !== 'object' || node === null) return;
    const json = node as Record<string, unknown>;
    if (json.type === 'integer' || json.type === 'number') {
      const max = (json.maximum ?? json.exclusiveMaximum) as number | undefined;
      const min = (json.minimum ?? json.exclusiveMinimum) as number | undefined;
      if (max === undefined || max > MAX_INT || min === undefined || min < MIN_INT) found.push(path);
    }
    for (const [key, value] of Object.entries(json)) {
      if (key === 'properties') for (const [field, child] of Object.entries(value as Record<string, unknown>)) walk(child, `${path}.${field}`);
      else walk(value, key === 'items' ? `${path}[]` : path);
    }
  };
  // The output side: what the server gets after coercion and pipes (an id from a path is a string first).
  walk(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), name);
  return found;
}

describe('number inputs fit their INT columns', () => {
  it('every number any shared schema accepts is bounded within a signed 32-bit INT', () => {
    const schemas = Object.entries(shared as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
    expect(schemas.length).toBeGreaterThan(50);
    expect(schemas.flatMap(([name, schema]) => unboundedNumbers(name, schema))).toEqual([]);
  });

  it('the walk sees an unbounded number wherever it hides', () => {
    const schema = z.object({ a: z.array(z.object({ n: z.number().int().positive() })), b: z.discriminatedUnion('k', [z.object({ k: z.literal('x'), m: z.coerce.number() })]) });
    expect(unboundedNumbers('s', schema)).toEqual(['s.a[].n', 's.b.m']);
  });

  /** A valid body or query of each write schema changed for the bound, with every number it can hold. */
  const samples: [string, z.ZodType, unknown][] = [
    ['cartAdd', cartAddSchema, { skuId: 7, qty: 2 }],
    ['orderRequest delivery', orderRequestSchema, { lines: [{ skuId: 7, qty: 2 }], fulfillment: { type: 'delivery', addressId: 3 }, coupons: { mode: 'chosen', ids: [11, 12] }, points: 500 }],
    ['orderRequest pickup', orderRequestSchema, { fromCart: true, fulfillment: { type: 'pickup', storeId: 2 } }],
    ['stockReceive', stockReceiveSchema, { skuId: 7, locationId: 1, quantity: 10 }],
    ['stockAdjust', stockAdjustSchema, { skuId: 7, locationId: 1, delta: -3, reason: '盘亏' }],
    ['displayMove', displayMoveSchema, { storeId: 2, skuId: 7, quantity: 1, direction: 'to_stock' }],
    ['productCreate', productCreateSchema, { categoryId: 4, title: 'T恤', skus: [{ specValues: {}, price: 15900, memberPrice: 14900 }] }],
    ['productUpdate', productUpdateSchema, { categoryId: 4 }],
    ['skuUpdate', skuUpdateSchema, { price: 15900, memberPrice: 14900 }],
    ['pointsAdjust', pointsAdjustSchema, { delta: 100, reason: '补偿' }],
    ['productListQuery', productListQuerySchema, { category: '4', minPrice: '100', maxPrice: '200', limit: '20' }],
    ['adminProductListQuery', adminProductListQuerySchema, { category: '4', limit: '20' }],
    ['adminOrderListQuery', adminOrderListQuerySchema, { storeId: '2', limit: '20' }],
  ];

  /** Paths of the sample's numbers (and digit strings, in queries). */
  function numberPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return [path];
    if (Array.isArray(value)) return value.flatMap((item, i) => numberPaths(item, [...path, i]));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numberPaths(item, [...path, key]));
    return [];
  }

  function replaced(value: unknown, path: (string | number)[], by: number): unknown {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    node[last] = typeof node[last] === 'string' ? String(by) : by;
    return copy;
  }

  it.each(samples)('%s refuses 2^31 and beyond in every number field', (_name, schema, sample) => {
    expect(schema.safeParse(sample).success).toBe(true);
    const paths = numberPaths(sample);
    expect(paths.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (path, big, negative) => {
        const result = schema.safeParse(replaced(sample, path, negative ? -big : big));
        return !result.success;
      }),
      { numRuns: 200 },
    );
  });
});
