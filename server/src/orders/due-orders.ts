import type { DataSource } from 'typeorm';
import type { Logger } from '../platform/logger.js';
import { OrderEntity } from './order.entity.js';

/**
 * Runs `handle` on every order in `status` whose `column` is at or before `until`, walking the
 * whole backlog in id order one batch at a time (after a flash sale it can be large). A failure
 * on one order is logged and left for the next run. Returns how many `handle` reported done.
 */
export async function forEachDueOrder(
  dataSource: DataSource,
  logger: Logger,
  due: { status: string; column: 'payDeadline' | 'shippedAt' | 'pickupReadyAt'; until: Date; batchSize: number; what: string },
  handle: (orderId: number) => Promise<boolean>,
): Promise<number> {
  let done = 0;
  let afterId = 0;
  for (;;) {
    const batch = await dataSource.manager
      .createQueryBuilder(OrderEntity, 'o')
      .select('o.id', 'id')
      .where(`o.status = :status AND o.${due.column} <= :until AND o.id > :afterId`, { status: due.status, until: due.until, afterId })
      .orderBy('o.id', 'ASC')
      .limit(due.batchSize)
      .getRawMany<{ id: number }>();
    for (const { id } of batch) {
      try {
        if (await handle(Number(id))) done++;
      } catch (error) {
        logger.warn({ err: error, orderId: id }, `could not ${due.what}; will retry`);
      }
    }
    if (batch.length < due.batchSize) return done;
    afterId = Number(batch[batch.length - 1]!.id);
  }
}
