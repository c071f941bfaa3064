import { describe, expect, it } from 'vitest';
import { cartLine as line, cartView as cart } from '../../test/fixtures';
import { allSelected, canCheckout, freeShippingGap, isSelectable, linesToToggle, problemText } from './cart';

describe('cart logic', () => {
  it('flags problem lines in words', () => {
    expect(problemText(line(1, { problem: 'off_shelf' }))).toBe('已下架');
    expect(problemText(line(1, { problem: 'out_of_stock', available: 0 }))).toBe('已售罄');
    expect(problemText(line(1, { problem: 'insufficient_stock', available: 2 }))).toBe('库存不足，仅剩 2 件');
    expect(problemText(line(1))).toBeNull();
    expect(isSelectable(line(1, { problem: 'off_shelf' }))).toBe(false);
    expect(isSelectable(line(1, { problem: 'insufficient_stock' }))).toBe(true);
  });

  it('select-all ignores lines that cannot be bought', () => {
    const c = cart([line(1), line(2, { selected: false }), line(3, { problem: 'off_shelf', selected: false })]);
    expect(allSelected(c)).toBe(false);
    expect(linesToToggle(c, true).map((l) => l.id)).toEqual([2]);
    expect(allSelected(cart([line(1), line(3, { problem: 'off_shelf', selected: false })]))).toBe(true);
    expect(linesToToggle(cart([line(1), line(2)]), false).map((l) => l.id)).toEqual([1, 2]);
    expect(allSelected(cart([line(3, { problem: 'out_of_stock' })]))).toBe(false);
  });

  it('says how far the goods are from free delivery', () => {
    expect(freeShippingGap(cart([line(1)], { itemsTotal: 8000, discountTotal: 500 }))).toBe(2400);
    expect(freeShippingGap(cart([line(1)], { itemsTotal: 9900 }))).toBeNull();
    expect(freeShippingGap(cart([line(1)], { freeShippingThreshold: null }))).toBeNull();
    expect(freeShippingGap(cart([line(1, { selected: false })], { itemsTotal: 0 }))).toBeNull();
  });

  it('allows checkout with something selected and no selected line short of stock', () => {
    expect(canCheckout(cart([line(1)]))).toBe(true);
    expect(canCheckout(cart([line(1, { selected: false })]))).toBe(false);
    expect(canCheckout(cart([line(1), line(2, { problem: 'insufficient_stock', available: 0 })], { selectedCount: 1 }))).toBe(false);
  });
});
