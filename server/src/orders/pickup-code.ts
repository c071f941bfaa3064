import { randomInt } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { OrderEntity } from './order.entity.js';

const LIVE_PICKUP_STATUSES = ['pending_payment', 'paid', 'awaiting_pickup'] as const;
const QR_PREFIX = 'PICKUP';

/**
 * A 6-digit code no other live pickup order of the store holds (a store has far fewer live
 * pickups than the million codes, so a free one comes at the first or second draw).
 */
export async function newPickupCode(manager: EntityManager, storeId: number, draw: () => number = () => randomInt(0, 1_000_000)): Promise<string> {
  for (;;) {
    const code = String(draw()).padStart(6, '0');
    const taken = await manager.countBy(OrderEntity, { storeId, pickupCode: code, status: In([...LIVE_PICKUP_STATUSES]) });
    if (taken === 0) return code;
  }
}

/** What the member's QR encodes: the order number makes a scan exact even if a code were shared. */
export function pickupQrPayload(orderNo: string, code: string): string {
  return `${QR_PREFIX}:${orderNo}:${code}`;
}

/** A typed code ("123456") or a scanned QR payload; null when it is neither. */
export function parsePickupInput(input: string): { code: string; orderNo: string | null } | null {
  const trimmed = input.trim();
  if (/^\d{6}$/.test(trimmed)) return { code: trimmed, orderNo: null };
  const match = new RegExp(`^${QR_PREFIX}:(\\d{16}):(\\d{6})$`).exec(trimmed);
  return match ? { orderNo: match[1]!, code: match[2]! } : null;
}
