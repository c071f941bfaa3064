import type { EntityManager } from 'typeorm';
import type { CouponInstanceStatus } from '@shop/shared';
import { affectedRows } from '../platform/transaction.js';
import { CouponInstanceEntity, type CouponInstance } from './coupon-instance.entity.js';
import { CouponEventEntity } from './coupon-event.entity.js';

export interface Move {
  from: CouponInstanceStatus;
  to: CouponInstanceStatus;
  actor: string;
  note: string;
  changes?: Partial<Pick<CouponInstance, 'orderId' | 'discountAmount' | 'orderPayable'>>;
  /** Extra guard on the update (SQL over the instance's columns) with its parameters. */
  guard?: { sql: string; params: Record<string, unknown> };
  /** Order the event is about (defaults to the instance's orderId after the change). */
  orderId?: number | null;
}

/**
 * Moves one instance from `from` to `to` iff it is still in `from` (and passes the guard),
 * and logs the event. Returns false, changing nothing, when another writer got there first.
 */
export async function moveInstance(manager: EntityManager, instance: CouponInstance, move: Move): Promise<boolean> {
  const update = manager
    .createQueryBuilder()
    .update(CouponInstanceEntity)
    .set({ ...move.changes, status: move.to })
    .where('id = :id AND status = :from', { id: instance.id, from: move.from });
  if (move.guard) update.andWhere(move.guard.sql, move.guard.params);
  if (affectedRows(await update.execute()) !== 1) return false;
  const orderId = move.orderId !== undefined ? move.orderId : move.changes?.orderId !== undefined ? move.changes.orderId : instance.orderId;
  await manager.insert(CouponEventEntity, {
    instanceId: instance.id,
    templateId: instance.templateId,
    memberId: instance.memberId,
    fromStatus: move.from,
    toStatus: move.to,
    orderId,
    actor: move.actor,
    note: move.note,
  });
  return true;
}
