import Taro from '@tarojs/taro';

/** One typed value in Taro storage (localStorage on H5, wx storage on weapp). */
export interface StorageSlot<T> {
  read(): T | null;
  write(value: T): void;
  remove(): void;
}

/**
 * A value kept under `key`. `isValid` guards what comes back: storage outlives app versions,
 * so anything that no longer has the expected shape reads as null instead of crashing a page.
 */
export function storageSlot<T>(key: string, isValid: (value: unknown) => value is T): StorageSlot<T> {
  return {
    read() {
      try {
        const value: unknown = Taro.getStorageSync(key);
        return isValid(value) ? value : null;
      } catch {
        return null;
      }
    },
    write(value) {
      Taro.setStorageSync(key, value);
    },
    remove() {
      Taro.removeStorageSync(key);
    },
  };
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
