import type { ProductSort } from '@shop/shared';

export type SortTabKey = 'default' | 'sales' | 'price' | 'new';

export const SORT_TABS: readonly { key: SortTabKey; label: string }[] = [
  { key: 'default', label: '综合' },
  { key: 'sales', label: '销量' },
  { key: 'price', label: '价格' },
  { key: 'new', label: '新品' },
];

export interface SortState {
  tab: SortTabKey;
  /** Only for the price tab: tapping it again flips the direction. */
  priceAscending: boolean;
}

export const DEFAULT_SORT: SortState = { tab: 'default', priceAscending: true };

/** Tapping a sort tab: the price tab toggles low-to-high / high-to-low when tapped again. */
export function tapSort(state: SortState, tab: SortTabKey): SortState {
  if (tab === 'price') return { tab, priceAscending: state.tab === 'price' ? !state.priceAscending : true };
  return { ...state, tab };
}

/** The API's sort for a tab; 综合 leaves it to the server's default ranking. */
export function apiSort(state: SortState): ProductSort | undefined {
  switch (state.tab) {
    case 'default':
      return undefined;
    case 'sales':
      return 'sales';
    case 'price':
      return state.priceAscending ? 'price_asc' : 'price_desc';
    case 'new':
      return 'new';
  }
}

export function sortLabel(state: SortState, tab: SortTabKey, label: string): string {
  if (tab !== 'price' || state.tab !== 'price') return label;
  return `${label}${state.priceAscending ? '↑' : '↓'}`;
}
