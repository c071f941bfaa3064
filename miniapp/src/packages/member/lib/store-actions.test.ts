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

  it('opens the Amap marker page on H5', () => {
    process.env.TARO_ENV = 'h5';
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    navigateToStore(store);
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=121\.4481,31\.2293&/), '_blank', 'noopener');
    expect(Taro.openLocation).not.toHaveBeenCalled();
  });

  it('dials the store', () => {
    callStore(store);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '021-62583316' });
  });
});
