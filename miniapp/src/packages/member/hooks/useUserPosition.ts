import { useEffect, useState } from 'react';
import type { Position } from '../../../api/stores';
import { locateUser } from '../lib/position';

/**
 * The user's position once known (null until then, or for good when declined), so a store list
 * can show right away and re-sort by distance when the position arrives.
 */
export function useUserPosition(): { position: Position | null; located: boolean } {
  const [state, setState] = useState<{ position: Position | null; located: boolean }>({ position: null, located: false });
  useEffect(() => {
    let alive = true;
    void locateUser().then((position) => alive && setState({ position, located: true }));
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
