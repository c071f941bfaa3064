import { describe, expect, it } from 'vitest';
import { canLoadMore, emptyList, pageFailed, pageLoaded, resetList, startLoading } from './cursor-list';

const key = (item: { id: number }) => item.id;

describe('cursor list state', () => {
  it('appends pages until the server says there is no more', () => {
    let state = startLoading(emptyList<{ id: number }>());
    expect(canLoadMore(state)).toBe(false);
    state = pageLoaded(state, 0, { items: [{ id: 1 }, { id: 2 }], nextCursor: 'c1' }, key);
    expect(state).toMatchObject({ initial: false, loading: false, finished: false, nextCursor: 'c1' });
    expect(canLoadMore(state)).toBe(true);
    state = pageLoaded(startLoading(state), 0, { items: [{ id: 2 }, { id: 3 }], nextCursor: null }, key);
    expect(state.items.map(key)).toEqual([1, 2, 3]);
    expect(state.finished).toBe(true);
    expect(canLoadMore(state)).toBe(false);
  });

  it('drops a late page of an older query', () => {
    const old = startLoading(emptyList<{ id: number }>());
    const fresh = resetList(old);
    const after = pageLoaded(fresh, old.generation, { items: [{ id: 9 }], nextCursor: null }, key);
    expect(after.items).toEqual([]);
    expect(after.initial).toBe(true);
    expect(pageFailed(fresh, old.generation)).toBe(fresh);
  });

  it('marks a failed page so loading stops until a retry', () => {
    const failed = pageFailed(startLoading(emptyList<{ id: number }>()), 0);
    expect(failed).toMatchObject({ failed: true, loading: false });
    expect(canLoadMore(failed)).toBe(false);
  });
});
