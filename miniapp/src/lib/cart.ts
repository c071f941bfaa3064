import type { CartLineProblem, CartLineView, CartView } from '@shop/shared';

/** The flag a problem line carries in the cart. */
export function problemText(line: Pick<CartLineView, 'problem' | 'available'>): string | null {
  const texts: Record<CartLineProblem, string> = {
    off_shelf: '已下架',
    out_of_stock: '已售罄',
    insufficient_stock: `库存不足，仅剩 ${line.available} 件`,
  };
  return line.problem ? texts[line.problem] : null;
}

/** Lines that can be bought as they are (off-shelf and sold-out ones cannot be selected). */
export function isSelectable(line: Pick<CartLineView, 'problem'>): boolean {
  return line.problem !== 'off_shelf' && line.problem !== 'out_of_stock';
}

/** Every buyable line is selected (and there is at least one). */
export function allSelected(cart: Pick<CartView, 'lines'>): boolean {
  const selectable = cart.lines.filter(isSelectable);
  return selectable.length > 0 && selectable.every((line) => line.selected);
}

/** Lines whose `selected` must change for "全选" to become `select`. */
export function linesToToggle(cart: Pick<CartView, 'lines'>, select: boolean): CartLineView[] {
  return cart.lines.filter((line) => isSelectable(line) && line.selected !== select);
}

/** "再买 ¥12.00 免运费": how far the goods are from free delivery; null when free or never free. */
export function freeShippingGap(cart: Pick<CartView, 'itemsTotal' | 'discountTotal' | 'freeShippingThreshold' | 'selectedCount'>): number | null {
  if (cart.freeShippingThreshold === null || cart.selectedCount === 0) return null;
  const goods = cart.itemsTotal - cart.discountTotal;
  return goods >= cart.freeShippingThreshold ? null : cart.freeShippingThreshold - goods;
}

/** The checkout can start: something selected and nothing selected that cannot be bought. */
export function canCheckout(cart: Pick<CartView, 'lines' | 'selectedCount'>): boolean {
  return cart.selectedCount > 0 && !cart.lines.some((line) => line.selected && line.problem === 'insufficient_stock');
}
