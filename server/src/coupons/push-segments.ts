import { In, type EntityManager } from 'typeorm';
import type { CouponSegment } from '@shop/shared';
import { MemberEntity } from '../membership/member.entity.js';
import { CouponPushMemberEntity } from './coupon-push.entity.js';

const DAY_MS = 86_400_000;
const PHONE_CHUNK = 500;

/**
 * A segment as stored on the push: fixed at creation time, so every batch of the push (and a
 * resumed one) walks the same members. A phone list is resolved into coupon_push_member rows.
 * To add a segment kind (tier, bought_in_category, inactive_days): add it to
 * `couponSegmentSchema`, store it here in `freeze`, and answer `membersAfter`/`count` for it.
 */
export type StoredSegment =
  | { kind: 'all' }
  | { kind: 'new_members'; withinDays: number; since: string }
  | { kind: 'phones'; phones: number };

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
      return { stored: { kind: 'new_members', withinDays: segment.withinDays, since: new Date(now.getTime() - segment.withinDays * DAY_MS).toISOString() }, unmatched: 0 };
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
  const qb = manager.createQueryBuilder(MemberEntity, 'm').select('m.id', 'id').where('m.id > :afterId', { afterId }).orderBy('m.id', 'ASC').limit(limit);
  if (segment.kind === 'new_members') qb.andWhere('m.createdAt >= :since', { since: new Date(segment.since) });
  return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
}

export async function segmentSize(manager: EntityManager, pushId: number, segment: StoredSegment): Promise<number> {
  if (segment.kind === 'phones') return manager.countBy(CouponPushMemberEntity, { pushId });
  const qb = manager.createQueryBuilder(MemberEntity, 'm');
  if (segment.kind === 'new_members') qb.where('m.createdAt >= :since', { since: new Date(segment.since) });
  return qb.getCount();
}
