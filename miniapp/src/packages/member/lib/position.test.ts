import Taro from '@tarojs/taro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locateUser } from './position';

describe('locating the user for the store list', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks WeChat for gcj02 coordinates on weapp', async () => {
    await expect(locateUser()).resolves.toEqual({ lat: 31.23, lng: 121.47 });
    expect(Taro.getLocation).toHaveBeenCalledWith({ type: 'gcj02' });
  });

  it('goes on without a position when the user declines', async () => {
    vi.mocked(Taro.getLocation).mockRejectedValueOnce(new Error('getLocation:fail auth deny'));
    await expect(locateUser()).resolves.toBeNull();
  });

  it('uses the browser geolocation on H5', async () => {
    process.env.TARO_ENV = 'h5';
    const getCurrentPosition = vi.fn((ok: PositionCallback) => ok({ coords: { latitude: 31.2, longitude: 121.4 } } as GeolocationPosition));
    vi.stubGlobal('navigator', { geolocation: { getCurrentPosition } });
    await expect(locateUser()).resolves.toEqual({ lat: 31.2, lng: 121.4 });
    expect(Taro.getLocation).not.toHaveBeenCalled();
  });

  it('gives up after the timeout when the browser never answers', async () => {
    process.env.TARO_ENV = 'h5';
    vi.stubGlobal('navigator', { geolocation: { getCurrentPosition: vi.fn() } });
    await expect(locateUser(20)).resolves.toBeNull();
  });
});
