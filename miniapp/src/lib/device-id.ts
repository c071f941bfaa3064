import { storageSlot } from './storage';

/**
 * This device's id, sent as `X-Device-Id` by the staff tablet and the marketing console. The
 * server counts wrong passwords per device and account (a store's tablets share one address),
 * so one tablet's failures never lock a colleague out on theirs. Created once, at random, and
 * kept in storage apart from any sign-in: signing out must not make the tablet a new device.
 */
export const DEVICE_ID_KEY = 'shop.deviceId';

/** The server's rule (server/src/http/client-key.ts): anything else counts as no id. */
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

const slot = storageSlot(DEVICE_ID_KEY, (value: unknown): value is string => typeof value === 'string' && DEVICE_ID.test(value));

/** 22 URL-safe characters from 16 random bytes (crypto where the platform has it). */
function newDeviceId(): string {
  const bytes = new Uint8Array(16);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    for (let shift = 18; shift >= 0; shift -= 6) id += alphabet[(chunk >> shift) & 63];
  }
  return id.slice(0, 22);
}

/** The stored id, or a new one (stored) when there is none or the stored value is not an id. */
export function deviceId(): string {
  const stored = slot.read();
  if (stored) return stored;
  const created = newDeviceId();
  try {
    slot.write(created);
  } catch {
    // Storage full or refused: this request still carries an id, the next gets another.
  }
  return created;
}
