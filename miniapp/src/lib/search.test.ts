import { describe, expect, it } from 'vitest';
import { clearSearchHistory, readSearchHistory, rememberSearch } from './search-history';
import { DEFAULT_SORT, apiSort, sortLabel, tapSort } from './search-sort';

describe('search history', () => {
  it('keeps the ten newest distinct terms, newest first', () => {
    for (let i = 1; i <= 12; i++) rememberSearch(`词${i}`);
    rememberSearch(' 词5 ');
    const history = readSearchHistory();
    expect(history).toHaveLength(10);
    expect(history[0]).toBe('词5');
    expect(history.filter((t) => t === '词5')).toHaveLength(1);
    expect(history).not.toContain('词1');
    rememberSearch('   ');
    expect(readSearchHistory()).toHaveLength(10);
    clearSearchHistory();
    expect(readSearchHistory()).toEqual([]);
  });
});

describe('search sort tabs', () => {
  it('maps tabs to the API sort; 综合 leaves it to the server', () => {
    expect(apiSort(DEFAULT_SORT)).toBeUndefined();
    expect(apiSort(tapSort(DEFAULT_SORT, 'sales'))).toBe('sales');
    expect(apiSort(tapSort(DEFAULT_SORT, 'new'))).toBe('new');
  });

  it('flips the price direction when the price tab is tapped again', () => {
    const low = tapSort(DEFAULT_SORT, 'price');
    expect(apiSort(low)).toBe('price_asc');
    const high = tapSort(low, 'price');
    expect(apiSort(high)).toBe('price_desc');
    expect(sortLabel(high, 'price', '价格')).toBe('价格↓');
    expect(apiSort(tapSort(tapSort(high, 'sales'), 'price'))).toBe('price_asc');
  });
});
