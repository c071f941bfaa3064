import { describe, expect, it } from 'vitest';
import { productDetail, skuView } from '../../test/fixtures';
import { initialSelection, memberOffer, missingSpecs, optionState, selectedSku, skuStock, toggleOption } from './sku-picker';

const sku = (id: number, specValues: Record<string, string>, delivery: number, stores: number[] = []) => skuView(id, specValues, delivery, Object.fromEntries(stores.map((available, i) => [i + 1, available])));

/** 颜色 × 尺码, where 黑/L does not exist and 白/M is sold out everywhere. */
const tee = productDetail({
  specs: [
    { name: '颜色', values: ['黑', '白'] },
    { name: '尺码', values: ['M', 'L'] },
  ],
  skus: [sku(1, { 颜色: '黑', 尺码: 'M' }, 5), sku(2, { 颜色: '白', 尺码: 'M' }, 0, [0, 0]), sku(3, { 颜色: '白', 尺码: 'L' }, 0, [2])],
});

describe('SKU picker', () => {
  it('offers only values that lead to an existing SKU with stock', () => {
    expect(optionState(tee, {}, '颜色', '黑')).toBe('available');
    expect(optionState(tee, { 颜色: '黑' }, '尺码', 'L')).toBe('disabled');
    expect(optionState(tee, { 颜色: '白' }, '尺码', 'M')).toBe('disabled');
    expect(optionState(tee, { 颜色: '白' }, '尺码', 'L')).toBe('available');
    expect(optionState(tee, { 颜色: '白' }, '颜色', '白')).toBe('selected');
  });

  it('counts pickup stock too: a SKU only in a store is buyable', () => {
    expect(skuStock(tee.skus[2]!)).toBe(2);
    expect(selectedSku(tee, { 颜色: '白', 尺码: 'L' })?.id).toBe(3);
  });

  it('toggles values, dropping a choice that conflicts with the new one', () => {
    expect(toggleOption(tee, { 颜色: '黑' }, '颜色', '黑')).toEqual({});
    expect(toggleOption(tee, { 颜色: '黑', 尺码: 'M' }, '颜色', '白')).toEqual({ 颜色: '白' });
    expect(toggleOption(tee, { 尺码: 'L' }, '颜色', '白')).toEqual({ 尺码: 'L', 颜色: '白' });
  });

  it('gives the SKU once every spec is chosen, and says what is missing', () => {
    expect(selectedSku(tee, { 颜色: '黑' })).toBeNull();
    expect(missingSpecs(tee, { 颜色: '黑' })).toEqual(['尺码']);
    expect(selectedSku(tee, { 颜色: '黑', 尺码: 'M' })?.id).toBe(1);
  });

  it('preselects the only buyable SKU, and nothing when there is a choice', () => {
    expect(initialSelection(tee)).toEqual({});
    const single = { ...tee, specs: [], skus: [sku(9, {}, 3)] };
    expect(initialSelection(single)).toEqual({});
    expect(selectedSku(single, {})?.id).toBe(9);
    const oneLeft = { ...tee, skus: [tee.skus[0]!, sku(2, { 颜色: '白', 尺码: 'M' }, 0)] };
    expect(initialSelection(oneLeft)).toEqual({ 颜色: '黑', 尺码: 'M' });
  });

  it('shows a member price only when it beats the list price', () => {
    expect(memberOffer({ price: 15900, memberPrice: 14900 })).toBe(14900);
    expect(memberOffer({ price: 15900, memberPrice: 15900 })).toBeNull();
    expect(memberOffer({ price: 15900, memberPrice: null })).toBeNull();
  });
});
