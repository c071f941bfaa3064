import type { Page } from '@shop/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canLoadMore, emptyList, pageFailed, pageLoaded, resetList, startLoading, type CursorListState } from '../lib/cursor-list';

export interface CursorList<T> extends CursorListState<T> {
  loadMore: () => void;
  refresh: () => Promise<void>;
}

/**
 * An infinitely scrolling list: the first page loads when `deps` change (a new query), the
 * page calls `loadMore` from `useReachBottom`, and `refresh` from pull-to-refresh.
 */
export function useCursorList<T>(loadPage: (cursor: string | null) => Promise<Page<T>>, keyOf: (item: T) => string | number, deps: readonly unknown[]): CursorList<T> {
  const [state, setState] = useState<CursorListState<T>>(() => emptyList<T>());
  const stateRef = useRef(state);
  stateRef.current = state;
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;

  const fetchNext = useCallback(
    async (from: CursorListState<T>) => {
      const generation = from.generation;
      setState(startLoading(from));
      try {
        const page = await loadRef.current(from.nextCursor);
        setState((current) => pageLoaded(current, generation, page, keyOf));
      } catch (error) {
        setState((current) => pageFailed(current, generation, error));
      }
    },
    [keyOf],
  );

  const refresh = useCallback(async () => {
    const fresh = resetList(stateRef.current);
    stateRef.current = fresh;
    await fetchNext(fresh);
  }, [fetchNext]);

  const loadMore = useCallback(() => {
    const current = stateRef.current;
    // A failed page is retried by scrolling to the bottom again.
    const retry = current.failed ? { ...current, failed: false } : current;
    if (canLoadMore(retry)) void fetchNext(retry);
  }, [fetchNext]);

  useEffect(() => {
    void refresh();
  }, deps);

  return { ...state, loadMore, refresh };
}
