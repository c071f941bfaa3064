import { describe, expect, it, vi } from 'vitest';
import Taro, { storedValue } from '../../test/mocks/taro';
import { DEVICE_ID_KEY, deviceId } from './device-id';

const SERVER_RULE = /^[A-Za-z0-9_-]{16,64}$/;

describe('device id', () => {
  it('is created once, in the format the server accepts, and kept in storage', () => {
    const first = deviceId();
    expect(first).toMatch(SERVER_RULE);
    expect(storedValue(DEVICE_ID_KEY)).toBe(first);
    expect(deviceId()).toBe(first);
    expect(Taro.setStorageSync).toHaveBeenCalledTimes(1);
  });

  it('reuses the stored id and replaces a stored value that is not one', () => {
    Taro.setStorageSync(DEVICE_ID_KEY, 'kept-from-last-week-01');
    expect(deviceId()).toBe('kept-from-last-week-01');
    Taro.setStorageSync(DEVICE_ID_KEY, 'not an id');
    const fresh = deviceId();
    expect(fresh).toMatch(SERVER_RULE);
    expect(storedValue(DEVICE_ID_KEY)).toBe(fresh);
  });

  it('differs between devices', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      Taro.removeStorageSync(DEVICE_ID_KEY);
      ids.add(deviceId());
    }
    expect(ids.size).toBe(50);
  });

  it('is made without Web Crypto too (older mini-program base libraries)', () => {
    vi.stubGlobal('crypto', undefined);
    try {
      expect(deviceId()).toMatch(SERVER_RULE);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
