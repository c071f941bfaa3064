import { In, type EntityManager } from 'typeorm';
import type { CouponSegment } from '@shop/shared';
import { MemberEntity } from '../membership/member.entity.js';
import { CouponPushMemberEntity } from './coupon-push.entity.js';
import { daysBefore, type MemberQuery } from './segments/segment-query.js';
import { freezeTierSegment, restrictToTier, type StoredTierSegment } from './segments/tier-segment.js';
import { freezeCategorySegment, restrictToCategoryBuyers, type StoredCategorySegment } from './segments/category-segment.js';
import { freezeInactiveSegment, restrictToInactive, type StoredInactiveSegment } from './segments/inactive-segment.js';

const PHONE_CHUNK = 500;

/**
 * A segment as stored on the push: fixed at creation time, so every batch of the push (and a
 * resumed one) walks the same definition. A phone list is resolved into coupon_push_member
 * rows; every other kind is a condition on `member` (see segments/), evaluated batch by batch
 * in member id order.
 */
export type StoredSegment =
  | { kind: 'all' }
  | { kind: 'new_members'; withinDays: number; since: string }
  | { kind: 'phones'; phones: number }
  | StoredTierSegment
  | StoredCategorySegment
  | StoredInactiveSegment;

type MemberConditionSegment = Exclude<StoredSegment, { kind: 'phones' }>;

/** Checks the segment against the shop (unknown tiers or categories: VALIDATION_FAILED) and fixes it for the push. */
export async function freezeSegment(
  manager: EntityManager,
  pushId: number,
  segment: CouponSegment,
  now: Date,
): Promise<{ stored: StoredSegment; unmatched: number }> {
  switch (segment.kind) {
    case 'all':
      return { stored: { kind: 'all' }, unmatched: 0 };
    case 'new_members':
      return { stored: { kind: 'new_members', withinDays: segment.withinDays, since: daysBefore(now, segment.withinDays) }, unmatched: 0 };
    case 'tier':
      return { stored: await freezeTierSegment(manager, segment.tierCodes), unmatched: 0 };
    case 'bought_in_category':
      return { stored: await freezeCategorySegment(manager, segment.categoryId, segment.withinDays, now), unmatched: 0 };
    case 'inactive_days':
      return { stored: freezeInactiveSegment(segment.days, now), unmatched: 0 };
    case 'phones': {
      const phones = [...new Set(segment.phones)];
      const matchedPhones = new Set<string>();
      for (let i = 0; i < phones.length; i += PHONE_CHUNK) {
        const members = await manager.find(MemberEntity, { select: { id: true, phone: true }, where: { phone: In(phones.slice(i, i + PHONE_CHUNK)) } });
        for (const m of members) if (m.phone) matchedPhones.add(m.phone);
        if (members.length > 0) {
          await manager.createQueryBuilder().insert().into(CouponPushMemberEntity).values(members.map((m) => ({ pushId, memberId: m.id }))).orIgnore().updateEntity(false).execute();
        }
      }
      return { stored: { kind: 'phones', phones: phones.length }, unmatched: phones.length - matchedPhones.size };
    }
  }
}

/** The next `limit` member ids of the segment after `afterId`, ascending (keyset). */
export async function segmentMembersAfter(manager: EntityManager, pushId: number, segment: StoredSegment, afterId: number, limit: number): Promise<number[]> {
  if (segment.kind === 'phones') {
    const rows = await manager
      .createQueryBuilder(CouponPushMemberEntity, 'p')
      .select('p.memberId', 'id')
      .where('p.pushId = :pushId AND p.memberId > :afterId', { pushId, afterId })
      .orderBy('p.memberId', 'ASC')
      .limit(limit)
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }
  const qb = membersOf(manager, segment).select('m.id', 'id').andWhere('m.id > :afterId', { afterId }).orderBy('m.id', 'ASC').limit(limit);
  return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
}

export async function segmentSize(manager: EntityManager, pushId: number, segment: StoredSegment): Promise<number> {
  if (segment.kind === 'phones') return manager.countBy(CouponPushMemberEntity, { pushId });
  return membersOf(manager, segment).getCount();
}

function membersOf(manager: EntityManager, segment: MemberConditionSegment): MemberQuery {
  const qb = manager.createQueryBuilder(MemberEntity, 'm');
  switch (segment.kind) {
    case 'all':
      return qb;
    case 'new_members':
      return qb.andWhere('m.createdAt >= :segSince', { segSince: new Date(segment.since) });
    case 'tier':
      return restrictToTier(qb, segment);
    case 'bought_in_category':
      return restrictToCategoryBuyers(qb, segment);
    case 'inactive_days':
      return restrictToInactive(qb, segment);
  }
}
