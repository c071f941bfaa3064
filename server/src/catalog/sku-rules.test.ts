import { describe, expect, it } from 'vitest';
import { duplicateCodeProblems, memberPriceProblem, minPriceOf, specListProblems, specValueProblems } from './sku-rules.js';

const specs = [
  { name: '颜色', values: ['黑', '白'] },
  { name: '尺码', values: ['M', 'L'] },
];

describe('specValueProblems', () => {
  it('accepts one value per spec drawn from its values, every combination once', () => {
    const skus = [{ specValues: { 颜色: '黑', 尺码: 'M' } }, { specValues: { 尺码: 'M', 颜色: '白' } }, { specValues: { 颜色: '黑', 尺码: 'L' } }];
    expect(specValueProblems(specs, skus)).toEqual([]);
  });

  it('names the SKU and spec for a missing, unknown or foreign value', () => {
    const problems = specValueProblems(specs, [{ specValues: { 颜色: '黑' } }, { specValues: { 颜色: '红', 尺码: 'M' } }, { specValues: { 颜色: '黑', 尺码: 'M', 材质: '棉' } }]);
    expect(problems.map((p) => p.path)).toEqual(['skus.0.specValues.尺码', 'skus.1.specValues.颜色', 'skus.2.specValues.材质']);
  });

  it('rejects a combination used twice, whatever the key order, and one already on the product', () => {
    const duplicate = specValueProblems(specs, [{ specValues: { 颜色: '黑', 尺码: 'M' } }, { specValues: { 尺码: 'M', 颜色: '黑' } }]);
    expect(duplicate).toEqual([{ path: 'skus.1.specValues', message: expect.stringContaining('already') }]);
    const existing = specValueProblems(specs, [{ specValues: { 颜色: '白', 尺码: 'L' } }], [{ specValues: { 颜色: '白', 尺码: 'L' } }], () => 'specValues');
    expect(existing.map((p) => p.path)).toEqual(['specValues']);
  });

  it('allows exactly one SKU with no spec values for a product without specs', () => {
    expect(specValueProblems([], [{ specValues: {} }])).toEqual([]);
    expect(specValueProblems([], [{ specValues: {} }, { specValues: {} }])).toHaveLength(1);
  });
});

describe('specListProblems', () => {
  it('rejects duplicate spec names and duplicate values within a spec', () => {
    const problems = specListProblems([
      { name: '颜色', values: ['黑', '黑'] },
      { name: '颜色', values: ['白'] },
    ]);
    expect(problems.map((p) => p.path).sort()).toEqual(['specs.0.values', 'specs.1.name']);
  });
});

describe('memberPriceProblem', () => {
  it('requires a member price strictly below the list price, when there is one', () => {
    expect(memberPriceProblem(100, 99, 'm')).toBeNull();
    expect(memberPriceProblem(100, null, 'm')).toBeNull();
    expect(memberPriceProblem(100, undefined, 'm')).toBeNull();
    expect(memberPriceProblem(100, 100, 'm')).toEqual({ path: 'm', message: expect.any(String) });
    expect(memberPriceProblem(100, 120, 'm')).not.toBeNull();
  });
});

describe('minPriceOf', () => {
  it('is the lowest active price, ignoring cheaper inactive SKUs', () => {
    expect(minPriceOf([{ price: 500, isActive: true }, { price: 100, isActive: false }, { price: 300, isActive: true }])).toBe(300);
  });

  it('falls back to all SKUs when none is active', () => {
    expect(minPriceOf([{ price: 500, isActive: false }, { price: 400, isActive: false }])).toBe(400);
  });
});

describe('duplicateCodeProblems', () => {
  it('flags a code given twice in one request and ignores SKUs without a code', () => {
    expect(duplicateCodeProblems([{ code: 'A' }, {}, { code: 'A' }, {}])).toEqual([{ path: 'skus.2.code', message: expect.any(String) }]);
  });
});
