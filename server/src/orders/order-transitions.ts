import type { EntityManager } from 'typeorm';
import { AppError, ORDER_STATUS_LABELS, transitionSources, transitionTarget, type OrderTransition } from '@shop/shared';
import { affectedRows } from '../platform/transaction.js';
import { OrderEntity, type Order } from './order.entity.js';
import { OrderEventEntity } from './order-event.entity.js';

/**
 * Moves an order along one lifecycle edge iff it is still in a source state, and logs the
 * event. The conditional update is the whole guard: of two racing transitions, one wins.
 */
export async function transitionOrder(
  manager: EntityManager,
  orderId: number,
  transition: OrderTransition,
  actor: string,
  note: string,
  changes: Partial<Order>,
  guard: { deadlineBefore?: Date } = {},
): Promise<boolean> {
  const order = await manager.findOneBy(OrderEntity, { id: orderId });
  if (!order) return false;
  const sources = transitionSources(transition);
  const to = transitionTarget(transition);
  const update = manager
    .createQueryBuilder()
    .update(OrderEntity)
    .set({ ...changes, status: to })
    .where('id = :orderId AND status IN (:...sources)', { orderId, sources: [...sources] });
  if (guard.deadlineBefore) update.andWhere('payDeadline <= :deadline', { deadline: guard.deadlineBefore });
  if (affectedRows(await update.execute()) !== 1) return false;
  await manager.insert(OrderEventEntity, { orderId, fromStatus: order.status, toStatus: to, actor, note });
  return true;
}

/** The 409 for a transition that did not happen: says what state the order is in (`target` is the action, in Chinese). */
export async function refuseTransition(manager: EntityManager, orderId: number, target: string): Promise<never> {
  const current = await manager.findOneBy(OrderEntity, { id: orderId });
  if (!current) throw new AppError('NOT_FOUND', '订单不存在');
  throw new AppError('ORDER_STATE_CONFLICT', `订单${ORDER_STATUS_LABELS[current.status]}，不能${target}`);
}
