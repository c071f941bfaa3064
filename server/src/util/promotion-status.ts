import type { EntityManager, EntitySchema } from 'typeorm';
import { AppError } from '@shop/shared';
import { affectedRows } from '../db/transaction.js';

/** Statuses of a marketer's promotion (coupon template, group-buy campaign). */
export type PromotionStatus = 'draft' | 'active' | 'paused' | 'ended';

/** Which statuses each target status may be reached from: draft -> active <-> paused; anything -> ended, for good. */
export const PROMOTION_STATUS_SOURCES: Record<Exclude<PromotionStatus, 'draft'>, PromotionStatus[]> = {
  active: ['draft', 'paused'],
  paused: ['active'],
  ended: ['draft', 'active', 'paused'],
};

/**
 * Moves a promotion to `status` by one conditional update inside the caller's transaction;
 * NOT_FOUND when it does not exist, CONFLICT when its current status cannot go there.
 */
export async function setPromotionStatus<T extends { id: number; status: PromotionStatus }>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  status: Exclude<PromotionStatus, 'draft'>,
  label: { name: string },
): Promise<void> {
  const current = await manager.createQueryBuilder(entity, 'p').where('p.id = :id', { id }).getOne();
  if (!current) throw new AppError('NOT_FOUND', `${label.name}不存在`);
  const result = await manager.createQueryBuilder().update(entity).set({ status } as never).where('id = :id AND status IN (:...sources)', { id, sources: PROMOTION_STATUS_SOURCES[status] }).execute();
  if (affectedRows(result) !== 1) throw new AppError('CONFLICT', `${label.name}状态不能从 ${current.status} 变为 ${status}`);
}
