import type { Page } from '@shop/shared';

/**
 * State of an infinitely scrolling list over the server's cursor pagination. `generation`
 * changes on every reset (new search, new sort, pull-to-refresh) so a late page of the old
 * query is dropped instead of being appended to the new one.
 */
export interface CursorListState<T> {
  items: T[];
  nextCursor: string | null;
  /** No page loaded yet for this generation. */
  initial: boolean;
  loading: boolean;
  /** The server said there is no more (nextCursor null after a page). */
  finished: boolean;
  failed: boolean;
  /** Why the last page failed (an ApiError), to say "offline" or "failed". */
  error: unknown;
  generation: number;
}

export function emptyList<T>(generation = 0): CursorListState<T> {
  return { items: [], nextCursor: null, initial: true, loading: false, finished: false, failed: false, error: null, generation };
}

export function canLoadMore<T>(state: CursorListState<T>): boolean {
  return !state.loading && !state.finished && !state.failed;
}

export function startLoading<T>(state: CursorListState<T>): CursorListState<T> {
  return { ...state, loading: true, failed: false };
}

/** Appends a page; ignores it when it belongs to an older generation. Items are de-duplicated by `keyOf`. */
export function pageLoaded<T>(state: CursorListState<T>, generation: number, page: Page<T>, keyOf: (item: T) => string | number): CursorListState<T> {
  if (generation !== state.generation) return state;
  const seen = new Set(state.items.map(keyOf));
  const fresh = page.items.filter((item) => !seen.has(keyOf(item)));
  return { ...state, items: [...state.items, ...fresh], nextCursor: page.nextCursor, initial: false, loading: false, finished: page.nextCursor === null, failed: false, error: null };
}

export function pageFailed<T>(state: CursorListState<T>, generation: number, error: unknown = null): CursorListState<T> {
  if (generation !== state.generation) return state;
  return { ...state, loading: false, failed: true, initial: false, error };
}

/** Empty list for a new query, with a new generation. */
export function resetList<T>(state: CursorListState<T>): CursorListState<T> {
  return emptyList<T>(state.generation + 1);
}
