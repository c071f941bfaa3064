import Taro from '@tarojs/taro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callStore, navigateToStore } from './store-actions';

const store = { latitude: 31.2293, longitude: 121.4481, name: '栖行 静安体验店', address: '上海市静安区愚园路568号1层', phone: '021-62583316' };

describe('store actions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens WeChat’s map at the store on weapp', () => {
    navigateToStore(store);
    expect(Taro.openLocation).toHaveBeenCalledWith({ latitude: 31.2293, longitude: 121.4481, name: store.name, address: store.address, scale: 16 });
  });

  const amapMarker = `https://uri.amap.com/marker?position=121.4481,31.2293&name=${encodeURIComponent(store.name)}&coordinate=gaode&callnative=1`;

  it('opens the Amap marker page in a new tab on H5, cut off from this page', () => {
    process.env.TARO_ENV = 'h5';
    const tab = { opener: window } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(tab);
    navigateToStore(store);
    expect(open).toHaveBeenCalledWith(amapMarker, '_blank');
    expect(tab.opener).toBeNull();
    expect(Taro.openLocation).not.toHaveBeenCalled();
  });

  it('opens the map in this tab where the browser refuses a new one (in-app browsers, popup blockers)', () => {
    process.env.TARO_ENV = 'h5';
    const browser = { open: vi.fn(() => null), location: { assign: vi.fn() } };
    navigateToStore(store, browser);
    expect(browser.open).toHaveBeenCalledWith(amapMarker, '_blank');
    expect(browser.location.assign).toHaveBeenCalledWith(amapMarker);
  });

  it('dials the store', () => {
    callStore(store);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '021-62583316' });
  });
});
