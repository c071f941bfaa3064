import { useDidHide, useDidShow, useUnload } from '@tarojs/taro';
import type { MemberCodeAnswer } from '@shop/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchMemberCode } from '../../../api';
import { nextRefreshIn } from '../lib/member-code';

export interface MemberCodeState {
  code: MemberCodeAnswer | null;
  failed: boolean;
  refresh: () => Promise<void>;
}

/**
 * The member code on screen, replaced before it expires (about every minute) and whenever the
 * page shows again; no timer runs while the page is hidden. A late answer of an older request
 * never replaces a newer code.
 */
export function useMemberCode(): MemberCodeState {
  const [code, setCode] = useState<MemberCodeAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  const firstShow = useRef(true);

  const stop = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const refresh = useCallback(async () => {
    stop();
    const ticket = ++latest.current;
    try {
      const fresh = await fetchMemberCode();
      if (ticket !== latest.current) return;
      setCode(fresh);
      setFailed(false);
      timer.current = setTimeout(() => void refresh(), nextRefreshIn(fresh.expiresAt));
    } catch {
      if (ticket === latest.current) setFailed(true);
    }
  }, [stop]);

  useEffect(() => {
    void refresh();
    return stop;
  }, [refresh, stop]);

  useDidShow(() => {
    // The first show comes with the mount, which already fetched a code.
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    void refresh();
  });
  useDidHide(() => {
    stop();
    // An answer still on its way must not restart the timer of a hidden page.
    latest.current += 1;
  });
  useUnload(stop);

  return { code, failed, refresh };
}
