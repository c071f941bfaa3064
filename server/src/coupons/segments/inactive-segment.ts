import { OrderEntity } from '../../orders/order.entity.js';
import { daysBefore, type MemberQuery } from './segment-query.js';

/**
 * Members who joined at least `days` days before the push was created and placed no order (of
 * any status) since then: `cutoff` is that instant, fixed at creation.
 */
export type StoredInactiveSegment = {
  kind: 'inactive_days';
  days: number;
  cutoff: string;
};

export function freezeInactiveSegment(days: number, now: Date): StoredInactiveSegment {
  return { kind: 'inactive_days', days, cutoff: daysBefore(now, days) };
}

export function restrictToInactive(qb: MemberQuery, segment: StoredInactiveSegment): MemberQuery {
  const ordered = qb.subQuery().select('1').from(OrderEntity, 'o').where('o.memberId = m.id AND o.createdAt >= :segCutoff').getQuery();
  return qb.andWhere(`m.createdAt <= :segCutoff AND NOT EXISTS ${ordered}`, { segCutoff: new Date(segment.cutoff) });
}
