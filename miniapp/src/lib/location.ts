import Taro from '@tarojs/taro';
import type { Position } from '../api/stores';
import { isH5 } from './config';

const LOCATION_TIMEOUT_MS = 5000;

/**
 * The device's position for sorting stores by distance, or null when unknown: the user said no,
 * it took too long, or this is H5 (browsers prompt for it; the store list works without).
 */
export async function currentPosition(): Promise<Position | null> {
  if (isH5()) return null;
  try {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LOCATION_TIMEOUT_MS));
    const located = Taro.getLocation({ type: 'gcj02' }).then((r) => ({ lat: r.latitude, lng: r.longitude }));
    return await Promise.race([located, timeout]);
  } catch {
    return null;
  }
}
