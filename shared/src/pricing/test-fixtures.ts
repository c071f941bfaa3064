/**
 * Builders and fast-check arbitraries for the pricing tests (not exported from the package).
 */
import fc from 'fast-check';
import type {
  PricingCoupon,
  PricingCouponSelection,
  PricingInput,
  PricingLineInput,
  PricingMember,
  PricingPointsRequest,
} from './types.js';

export const NOW = '2025-06-15T12:00:00.000Z';

let nextCouponId = 1000;

/** An available, all-scope coupon valid around NOW; override what the test is about. */
export function coupon(overrides: Partial<PricingCoupon> & Pick<PricingCoupon, 'kind' | 'value'>): PricingCoupon {
  const id = overrides.id ?? nextCouponId++;
  return {
    id,
    templateId: 1,
    name: `券${id}`,
    scope: { kind: 'all' },
    validFrom: '2025-06-01T00:00:00.000Z',
    validUntil: '2025-07-01T00:00:00.000Z',
    status: 'available',
    ...overrides,
  };
}

export function order(lines: PricingLineInput[], overrides: Partial<PricingInput> = {}): PricingInput {
  return {
    lines,
    isMember: true,
    fulfillment: 'delivery',
    shippingRule: { baseFee: 800, freeThreshold: null },
    now: NOW,
    ...overrides,
  };
}

/** One line of `amount` fen (quantity 1). */
export function line(amount: number, extra: Partial<PricingLineInput> = {}): PricingLineInput {
  return { skuId: 1, quantity: 1, listPrice: amount, ...extra };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- arbitraries

const DAY = 86_400_000;
const NOW_MS = Date.parse(NOW);
/** Instants around NOW, so windows are sometimes open, sometimes not yet or no longer. */
const instantArb = fc.integer({ min: -4, max: 1 }).map((d) => new Date(NOW_MS + d * DAY).toISOString());

const lineArb: fc.Arbitrary<PricingLineInput> = fc.record(
  {
    skuId: fc.nat({ max: 50 }),
    quantity: fc.integer({ min: 1, max: 5 }),
    listPrice: fc.nat({ max: 30_000 }),
    memberPrice: fc.option(fc.nat({ max: 32_000 }), { nil: null }),
    productId: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    categoryId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    // Rare: a group price switches every coupon and all points off for the whole order.
    groupPrice: fc.oneof({ weight: 20, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: 30_000 }) }),
  },
  { requiredKeys: ['skuId', 'quantity', 'listPrice'] },
);

const scopeArb: fc.Arbitrary<PricingCoupon['scope']> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'all' as const }) },
  fc.record({ kind: fc.constant('categories' as const), ids: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }) }),
  fc.record({ kind: fc.constant('products' as const), ids: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }) }),
);

const couponRulesArb = fc.oneof(
  fc.record({
    kind: fc.constant('threshold_off' as const),
    value: fc.nat({ max: 10_000 }),
    threshold: fc.integer({ min: 1, max: 60_000 }),
    repeat: fc.boolean(),
  }),
  fc.record(
    {
      kind: fc.constant('percent_off' as const),
      value: fc.integer({ min: 0, max: 100 }),
      threshold: fc.nat({ max: 60_000 }),
      cap: fc.nat({ max: 20_000 }),
    },
    { requiredKeys: ['kind', 'value'] },
  ),
  fc.record({ kind: fc.constant('amount_off' as const), value: fc.nat({ max: 20_000 }) }),
  fc.record(
    { kind: fc.constant('free_shipping' as const), value: fc.constant(0), threshold: fc.nat({ max: 60_000 }) },
    { requiredKeys: ['kind', 'value'] },
  ),
);

const couponArb = (id: number): fc.Arbitrary<PricingCoupon> =>
  fc
    .record({
      rules: couponRulesArb,
      scope: scopeArb,
      excludeProductIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 2 }),
      validFrom: instantArb,
      validForDays: fc.integer({ min: 1, max: 12 }),
      status: fc.oneof(
        { weight: 12, arbitrary: fc.constant('available' as const) },
        fc.constantFrom('locked' as const, 'used' as const, 'expired' as const, 'revoked' as const),
      ),
    })
    .map(({ rules, scope, excludeProductIds, validFrom, validForDays, status }) => ({
      id,
      templateId: id % 3,
      name: `券${id}`,
      ...rules,
      scope,
      excludeProductIds,
      validFrom,
      validUntil: new Date(Date.parse(validFrom) + validForDays * DAY).toISOString(),
      status,
    }));

export const couponsArb: fc.Arbitrary<PricingCoupon[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map((id) => couponArb(id))));

const memberArb: fc.Arbitrary<PricingMember> = fc.record(
  {
    tier: fc.option(
      fc.record(
        {
          code: fc.constant('gold'),
          name: fc.constant('金卡'),
          discountPercent: fc.option(fc.integer({ min: 50, max: 100 }), { nil: null }),
          freeShippingThreshold: fc.option(fc.nat({ max: 40_000 }), { nil: null }),
        },
        { requiredKeys: ['code', 'name'] },
      ),
      { nil: null },
    ),
    pointsBalance: fc.nat({ max: 50_000 }),
  },
  { requiredKeys: [] },
);

const pointsArb: fc.Arbitrary<PricingPointsRequest> = fc.record({
  use: fc.oneof(fc.constant(0), fc.nat({ max: 60_000 })),
  rule: fc.record({ fenPerPoint: fc.integer({ min: 1, max: 10 }), maxShareOfGoodsPercent: fc.integer({ min: 0, max: 100 }) }),
});

function selectionArb(coupons: PricingCoupon[]): fc.Arbitrary<PricingCouponSelection> {
  const held = coupons.map((c) => c.id);
  const idArb = held.length === 0 ? fc.constant(99) : fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...held) }, fc.constant(99)); // 99 is never held
  return fc.oneof(
    fc.constant({ mode: 'best' as const }),
    fc.constant({ mode: 'none' as const }),
    fc.record({ mode: fc.constant('chosen' as const), ids: fc.array(idArb, { maxLength: 3 }) }),
  );
}

export const fullInputArb: fc.Arbitrary<PricingInput> = fc
  .record({
    lines: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
    isMember: fc.boolean(),
    fulfillment: fc.oneof({ weight: 3, arbitrary: fc.constant('delivery' as const) }, fc.constant('pickup' as const)),
    shippingRule: fc.record({
      baseFee: fc.nat({ max: 2_000 }),
      freeThreshold: fc.option(fc.nat({ max: 120_000 }), { nil: null }),
    }),
    member: fc.option(memberArb, { nil: undefined }),
    coupons: couponsArb,
    points: fc.option(pointsArb, { nil: undefined }),
    now: fc.constant(NOW),
  })
  .chain((inp) => selectionArb(inp.coupons).map((couponSelection) => ({ ...inp, couponSelection })));
