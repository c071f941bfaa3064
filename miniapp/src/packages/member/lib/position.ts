import Taro from '@tarojs/taro';
import type { Position } from '../../../api/stores';
import { isH5 } from '../../../lib/config';

const LOCATE_TIMEOUT_MS = 5000;

function browserPosition(): Promise<Position | null> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      (found) => resolve({ lat: found.coords.latitude, lng: found.coords.longitude }),
      () => resolve(null),
      { timeout: LOCATE_TIMEOUT_MS, maximumAge: 300_000 },
    );
  });
}

async function wechatPosition(): Promise<Position | null> {
  // gcj02: the coordinates Chinese maps (and our store records) use.
  const found = await Taro.getLocation({ type: 'gcj02' });
  return { lat: found.latitude, lng: found.longitude };
}

/**
 * Where the user is, to sort stores by distance: WeChat's location on weapp, the browser's on
 * H5. Null when the user declines or it takes too long: the store list works without it.
 */
export async function locateUser(timeoutMs = LOCATE_TIMEOUT_MS): Promise<Position | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  try {
    return await Promise.race([isH5() ? browserPosition() : wechatPosition(), timeout]);
  } catch {
    return null;
  }
}
