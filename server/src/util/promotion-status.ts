import type { EntityManager, EntitySchema } from 'typeorm';
import { AppError, PROMOTION_STATUS_LABELS, PROMOTION_STATUS_SOURCES, type PromotionStatus, type PromotionTarget } from '@shop/shared';
import { affectedRows } from '../platform/transaction.js';

/**
 * Moves a promotion to `status` by one conditional update inside the caller's transaction;
 * NOT_FOUND when it does not exist, CONFLICT when its current status cannot go there.
 */
export async function setPromotionStatus<T extends { id: number; status: PromotionStatus }>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  status: PromotionTarget,
  label: { name: string },
): Promise<void> {
  const current = await manager.createQueryBuilder(entity, 'p').where('p.id = :id', { id }).getOne();
  if (!current) throw new AppError('NOT_FOUND', `${label.name}不存在`);
  const result = await manager.createQueryBuilder().update(entity).set({ status } as never).where('id = :id AND status IN (:...sources)', { id, sources: [...PROMOTION_STATUS_SOURCES[status]] }).execute();
  if (affectedRows(result) !== 1) throw new AppError('CONFLICT', `${label.name}${PROMOTION_STATUS_LABELS[current.status]}，不能改为${PROMOTION_STATUS_LABELS[status]}`);
}
