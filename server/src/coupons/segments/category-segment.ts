import type { EntityManager } from 'typeorm';
import { AppError, type OrderStatus } from '@shop/shared';
import { CategoryEntity } from '../../catalog/category.entity.js';
import { ProductEntity } from '../../catalog/product.entity.js';
import { OrderEntity } from '../../orders/order.entity.js';
import { OrderItemEntity } from '../../orders/order-item.entity.js';
import { daysBefore, type MemberQuery } from './segment-query.js';

/** Orders that were never paid; every other status (refunded ones too) was a purchase. */
const NEVER_PAID: OrderStatus[] = ['pending_payment', 'cancelled'];

/**
 * Members with at least one paid order holding a product of the category (categories are flat:
 * there are no child categories to include), placed at or after `since` when the push asked
 * for `withinDays`; `since` is fixed when the push is created.
 */
export type StoredCategorySegment = {
  kind: 'bought_in_category';
  categoryId: number;
  /** Both set when the push asked for purchases in the last `withinDays` days only. */
  withinDays?: number;
  since?: string;
};

export async function freezeCategorySegment(manager: EntityManager, categoryId: number, withinDays: number | undefined, now: Date): Promise<StoredCategorySegment> {
  if (!(await manager.existsBy(CategoryEntity, { id: categoryId }))) {
    const message = `Unknown category: ${categoryId}`;
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'segment.categoryId', message }]);
  }
  return { kind: 'bought_in_category', categoryId, ...(withinDays !== undefined && { withinDays, since: daysBefore(now, withinDays) }) };
}

export function restrictToCategoryBuyers(qb: MemberQuery, segment: StoredCategorySegment): MemberQuery {
  const bought = qb
    .subQuery()
    .select('1')
    .from(OrderEntity, 'o')
    .innerJoin(OrderItemEntity.options.name, 'oi', 'oi.orderId = o.id')
    .innerJoin(ProductEntity.options.name, 'p', 'p.id = oi.productId')
    .where('o.memberId = m.id AND o.status NOT IN (:...segNeverPaid) AND p.categoryId = :segCategoryId');
  if (segment.since !== undefined) bought.andWhere('o.createdAt >= :segSince');
  return qb.andWhere(`EXISTS ${bought.getQuery()}`, {
    segNeverPaid: NEVER_PAID,
    segCategoryId: segment.categoryId,
    ...(segment.since !== undefined && { segSince: new Date(segment.since) }),
  });
}
