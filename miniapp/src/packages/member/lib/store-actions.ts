import Taro from '@tarojs/taro';
import type { StoreView } from '@shop/shared';
import { isH5 } from '../../../lib/config';
import { mapLink } from './stores';

export function callStore(store: Pick<StoreView, 'phone'>): void {
  void Taro.makePhoneCall({ phoneNumber: store.phone }).catch(() => undefined);
}

/** The part of the browser window that opens a link (a parameter, so tests can pass their own). */
export type LinkOpener = { open: (url: string, target: string) => Window | null; location: { assign: (url: string) => void } };

/**
 * Opens `url` in a new tab; where that is blocked (WeChat's and many phone browsers' in-app
 * views, popup blockers) in this one, so the tap always leads somewhere. No `noopener` feature:
 * with it `open` answers null even when it worked, and a blocked tab could not be told apart;
 * the new page's `opener` is cut by hand instead.
 */
export function openLink(url: string, browser: LinkOpener = window): void {
  const tab = browser.open(url, '_blank');
  if (tab) tab.opener = null;
  else browser.location.assign(url);
}

/** 到这里去: WeChat's map with its route planning on weapp; Amap's marker page (works in China without a key) on H5. */
export function navigateToStore(store: Pick<StoreView, 'latitude' | 'longitude' | 'name' | 'address'>, browser?: LinkOpener): void {
  if (isH5()) {
    openLink(mapLink(store), browser);
    return;
  }
  void Taro.openLocation({ latitude: store.latitude, longitude: store.longitude, name: store.name, address: store.address, scale: 16 }).catch(() => undefined);
}
