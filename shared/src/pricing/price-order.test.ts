import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { priceOrder } from './price-order.js';
import type { PricingInput, PricingLineInput, ShippingRule } from './types.js';

const delivery = (baseFee: number, freeThreshold: number | null): ShippingRule => ({ baseFee, freeThreshold });

function input(lines: PricingLineInput[], overrides: Partial<PricingInput> = {}): PricingInput {
  return {
    lines,
    isMember: false,
    fulfillment: 'delivery',
    shippingRule: delivery(800, 9900),
    ...overrides,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('priceOrder: member price', () => {
  const lines: PricingLineInput[] = [
    { skuId: 1, quantity: 3, listPrice: 2000, memberPrice: 1800 },
    { skuId: 2, quantity: 1, listPrice: 500 },
  ];

  it('non-members pay list price with no discounts', () => {
    const r = priceOrder(input(lines, { isMember: false }));
    expect(r.lines[0]).toEqual({
      skuId: 1,
      quantity: 3,
      listPrice: 2000,
      unitPrice: 2000,
      listTotal: 6000,
      discounts: [],
      payable: 6000,
    });
    expect(r.itemsTotal).toBe(6500);
    expect(r.discounts).toEqual([]);
    expect(r.discountTotal).toBe(0);
    expect(r.shippingFee).toBe(800); // 6500 < 9900
    expect(r.payableTotal).toBe(7300);
  });

  it('members pay member price and get a per-line member_price discount', () => {
    const r = priceOrder(input(lines, { isMember: true }));
    expect(r.lines[0]).toEqual({
      skuId: 1,
      quantity: 3,
      listPrice: 2000,
      unitPrice: 1800,
      listTotal: 6000,
      discounts: [{ source: 'member_price', amount: 600 }],
      payable: 5400,
    });
    expect(r.lines[1]).toMatchObject({ unitPrice: 500, discounts: [], payable: 500 });
    expect(r.itemsTotal).toBe(6500);
    expect(r.discounts).toEqual([{ source: 'member_price', label: '会员价', amount: 600 }]);
    expect(r.discountTotal).toBe(600);
    expect(r.payableTotal).toBe(6500 - 600 + 800);
  });

  it('groups member discounts of several lines into one order discount', () => {
    const r = priceOrder(
      input(
        [
          { skuId: 1, quantity: 2, listPrice: 1000, memberPrice: 900 },
          { skuId: 2, quantity: 1, listPrice: 3000, memberPrice: 2500 },
        ],
        { isMember: true },
      ),
    );
    expect(r.discounts).toEqual([{ source: 'member_price', label: '会员价', amount: 700 }]);
    expect(r.discountTotal).toBe(700);
  });

  it('ignores a member price equal to or above list price', () => {
    for (const memberPrice of [1000, 1200]) {
      const r = priceOrder(input([{ skuId: 1, quantity: 2, listPrice: 1000, memberPrice }], { isMember: true }));
      expect(r.lines[0]).toMatchObject({ unitPrice: 1000, discounts: [], payable: 2000 });
      expect(r.discounts).toEqual([]);
      expect(r.discountTotal).toBe(0);
    }
  });

  it('treats null/absent member price as none', () => {
    const r = priceOrder(
      input(
        [
          { skuId: 1, quantity: 1, listPrice: 1000, memberPrice: null },
          { skuId: 2, quantity: 1, listPrice: 1000 },
        ],
        { isMember: true },
      ),
    );
    expect(r.discountTotal).toBe(0);
    expect(r.lines.map((l) => l.unitPrice)).toEqual([1000, 1000]);
  });

  it('allows a zero member price (free for members)', () => {
    const r = priceOrder(input([{ skuId: 1, quantity: 2, listPrice: 300, memberPrice: 0 }], { isMember: true }));
    expect(r.lines[0]).toMatchObject({ unitPrice: 0, payable: 0 });
    expect(r.discountTotal).toBe(600);
  });
});

describe('priceOrder: shipping', () => {
  const one = (listPrice: number, memberPrice?: number): PricingLineInput[] => [
    { skuId: 1, quantity: 1, listPrice, memberPrice },
  ];

  it('delivery is free exactly at the threshold', () => {
    const r = priceOrder(input(one(9900), { shippingRule: delivery(800, 9900) }));
    expect(r.shippingFee).toBe(0);
    expect(r.payableTotal).toBe(9900);
  });

  it('delivery charges base fee one fen below the threshold', () => {
    const r = priceOrder(input(one(9899), { shippingRule: delivery(800, 9900) }));
    expect(r.shippingFee).toBe(800);
    expect(r.payableTotal).toBe(9899 + 800);
  });

  it('compares the threshold against the subtotal after member discounts', () => {
    const rule = delivery(800, 9900);
    expect(priceOrder(input(one(10000, 9899), { shippingRule: rule, isMember: true })).shippingFee).toBe(800);
    expect(priceOrder(input(one(10000, 9900), { shippingRule: rule, isMember: true })).shippingFee).toBe(0);
    // Non-members are measured on list price.
    expect(priceOrder(input(one(10000, 9899), { shippingRule: rule, isMember: false })).shippingFee).toBe(0);
  });

  it('null threshold means delivery is never free', () => {
    const r = priceOrder(input(one(10_000_000), { shippingRule: delivery(800, null) }));
    expect(r.shippingFee).toBe(800);
    expect(r.payableTotal).toBe(10_000_800);
  });

  it('zero threshold means delivery is always free', () => {
    const r = priceOrder(input(one(0), { shippingRule: delivery(800, 0) }));
    expect(r.shippingFee).toBe(0);
  });

  it('pickup is never charged shipping', () => {
    for (const rule of [delivery(800, null), delivery(800, 9900), delivery(800, 1)]) {
      const r = priceOrder(input(one(100), { fulfillment: 'pickup', shippingRule: rule }));
      expect(r.shippingFee).toBe(0);
      expect(r.payableTotal).toBe(100);
    }
  });
});

describe('priceOrder: validation', () => {
  const ok: PricingLineInput = { skuId: 1, quantity: 1, listPrice: 100 };

  it('rejects an order without lines', () => {
    expect(() => priceOrder(input([]))).toThrow(RangeError);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'rejects quantity %s',
    (quantity) => {
      expect(() => priceOrder(input([{ ...ok, quantity }]))).toThrow(RangeError);
    },
  );

  it.each([-1, 0.5, Number.NaN])('rejects list price %s', (listPrice) => {
    expect(() => priceOrder(input([{ ...ok, listPrice }]))).toThrow(RangeError);
  });

  it.each([-1, 0.5, Number.NaN])('rejects member price %s (even for non-members)', (memberPrice) => {
    expect(() => priceOrder(input([{ ...ok, memberPrice }], { isMember: false }))).toThrow(RangeError);
    expect(() => priceOrder(input([{ ...ok, memberPrice }], { isMember: true }))).toThrow(RangeError);
  });

  it('rejects invalid shipping rules', () => {
    expect(() => priceOrder(input([ok], { shippingRule: delivery(-1, null) }))).toThrow(RangeError);
    expect(() => priceOrder(input([ok], { shippingRule: delivery(1.5, null) }))).toThrow(RangeError);
    expect(() => priceOrder(input([ok], { shippingRule: delivery(800, -1) }))).toThrow(RangeError);
    expect(() => priceOrder(input([ok], { shippingRule: delivery(800, 0.1) }))).toThrow(RangeError);
  });

  it('rejects an unknown fulfillment type', () => {
    expect(() => priceOrder(input([ok], { fulfillment: 'teleport' as never }))).toThrow(RangeError);
  });

  it('rejects totals that leave the safe-integer range', () => {
    expect(() =>
      priceOrder(input([{ skuId: 1, quantity: 1_000_000, listPrice: Number.MAX_SAFE_INTEGER }])),
    ).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------- properties

const lineArb: fc.Arbitrary<PricingLineInput> = fc.record(
  {
    skuId: fc.nat({ max: 1_000_000 }),
    quantity: fc.integer({ min: 1, max: 1000 }),
    listPrice: fc.nat({ max: 10_000_000 }),
    memberPrice: fc.option(fc.nat({ max: 12_000_000 }), { nil: null }),
  },
  { requiredKeys: ['skuId', 'quantity', 'listPrice'] },
);

const inputArb: fc.Arbitrary<PricingInput> = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }),
  isMember: fc.boolean(),
  fulfillment: fc.constantFrom('delivery' as const, 'pickup' as const),
  shippingRule: fc.record({
    baseFee: fc.nat({ max: 5000 }),
    freeThreshold: fc.option(fc.nat({ max: 50_000_000 }), { nil: null }),
  }),
});

describe('priceOrder: properties', () => {
  it('payable is never negative and never above itemsTotal + shippingFee', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const r = priceOrder(inp);
        expect(r.payableTotal).toBeGreaterThanOrEqual(0);
        expect(r.payableTotal).toBeLessThanOrEqual(r.itemsTotal + r.shippingFee);
        expect(r.payableTotal).toBe(r.itemsTotal - r.discountTotal + r.shippingFee);
        for (const l of r.lines) expect(l.payable).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('line payables sum to itemsTotal - discountTotal; totals are consistent', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const r = priceOrder(inp);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(r.lines.map((l) => l.payable))).toBe(r.itemsTotal - r.discountTotal);
        expect(sum(r.lines.map((l) => l.listTotal))).toBe(r.itemsTotal);
        expect(sum(r.discounts.map((d) => d.amount))).toBe(r.discountTotal);
        expect(sum(r.lines.flatMap((l) => l.discounts.map((d) => d.amount)))).toBe(r.discountTotal);
        for (const l of r.lines) {
          expect(l.listTotal).toBe(l.listPrice * l.quantity);
          expect(l.payable).toBe(l.unitPrice * l.quantity);
          expect(l.payable).toBe(l.listTotal - sum(l.discounts.map((d) => d.amount)));
        }
        for (const d of r.discounts) expect(d.amount).not.toBe(0);
        expect(r.lines.map((l) => l.skuId)).toEqual(inp.lines.map((l) => l.skuId));
      }),
    );
  });

  it('non-members never get a discount; shipping follows the rule', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const r = priceOrder(inp);
        if (!inp.isMember) expect(r.discountTotal).toBe(0);
        if (inp.fulfillment === 'pickup') expect(r.shippingFee).toBe(0);
        else {
          const { baseFee, freeThreshold } = inp.shippingRule;
          const free = freeThreshold !== null && r.itemsTotal - r.discountTotal >= freeThreshold;
          expect(r.shippingFee).toBe(free ? 0 : baseFee);
        }
      }),
    );
  });

  it('is deterministic: same input twice gives deeply equal output', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        expect(priceOrder(structuredClone(inp))).toEqual(priceOrder(inp));
        expect(priceOrder(inp)).toEqual(priceOrder(inp));
      }),
    );
  });

  it('does not mutate its input, and output shares no objects with it', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const before = structuredClone(inp);
        const frozen = deepFreeze(inp); // any write would throw in strict-mode ESM
        const r = priceOrder(frozen);
        expect(inp).toEqual(before);
        r.lines.forEach((l, i) => expect(l).not.toBe(inp.lines[i]));
        expect(r.lines).not.toBe(inp.lines);
      }),
    );
  });
});
