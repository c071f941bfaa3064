import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncData<T> {
  data: T | null;
  /** True until the first answer (or failure), and again while a failed first load is retried: show a skeleton. */
  loading: boolean;
  error: unknown;
  reload: () => Promise<void>;
  /** Replace the data with a newer answer (e.g. a cart write answers with the whole cart). */
  setData: (data: T) => void;
}

/**
 * Loads data for a page when `deps` change; `reloadOnShow` also reloads whenever the page is
 * shown again (a tab page coming back into view, or after a page on top of it was closed).
 * Answers of superseded loads are dropped.
 */
export function useAsyncData<T>(load: () => Promise<T>, deps: readonly unknown[], options: { reloadOnShow?: boolean; enabled?: boolean } = {}): AsyncData<T> {
  const { reloadOnShow = false, enabled = true } = options;
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const answered = useRef(false);
  const firstShow = useRef(true);

  const run = useCallback(load, deps);

  const fetchData = useCallback(async (retry: boolean) => {
    const ticket = ++latest.current;
    // A tapped retry after a failed first load shows the skeleton again, so the tap visibly does
    // something; a reload the page starts itself (new deps, shown again) keeps what is on screen.
    if (retry && !answered.current) setLoading(true);
    try {
      const answer = await run();
      if (ticket !== latest.current) return;
      answered.current = true;
      setData(answer);
      setError(null);
    } catch (failure) {
      if (ticket === latest.current) setError(failure);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [run]);
  const reload = useCallback(() => fetchData(true), [fetchData]);

  useEffect(() => {
    if (enabled) void fetchData(false);
  }, [fetchData, enabled]);

  useDidShow(() => {
    // The first show comes with the mount, which already loads.
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    if (reloadOnShow && enabled) void fetchData(false);
  });

  return { data, loading, error, reload, setData };
}
