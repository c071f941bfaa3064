import Taro from '@tarojs/taro';
import type { StoreView } from '@shop/shared';
import { isH5 } from '../../../lib/config';
import { mapLink } from './stores';

export function callStore(store: Pick<StoreView, 'phone'>): void {
  void Taro.makePhoneCall({ phoneNumber: store.phone }).catch(() => undefined);
}

/** 到这里去: WeChat's map with its route planning on weapp; Amap's web page on H5. */
export function navigateToStore(store: Pick<StoreView, 'latitude' | 'longitude' | 'name' | 'address'>): void {
  if (isH5()) {
    window.open(mapLink(store), '_blank', 'noopener');
    return;
  }
  void Taro.openLocation({ latitude: store.latitude, longitude: store.longitude, name: store.name, address: store.address, scale: 16 }).catch(() => undefined);
}
