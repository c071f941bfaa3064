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

/** Tokens this close to expiry read as gone, so no request starts with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * A stored sign-in (member or staff): reads as null, and is dropped, once its `expiresAt` is
 * within a minute of `now`.
 */
export interface SessionSlot<T> extends StorageSlot<T> {
  read(now?: number): T | null;
}

export function sessionSlot<T extends { expiresAt: string }>(key: string, isValid: (value: unknown) => value is T): SessionSlot<T> {
  const slot = storageSlot(key, isValid);
  return {
    write: slot.write,
    remove: slot.remove,
    read(now: number = Date.now()): T | null {
      const session = slot.read();
      if (!session) return null;
      if (Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS <= now) {
        slot.remove();
        return null;
      }
      return session;
    },
  };
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
