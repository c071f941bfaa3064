import type { SelectQueryBuilder } from 'typeorm';
import type { Member } from '../../membership/member.entity.js';

const DAY_MS = 86_400_000;

/**
 * Members of the push's segment are selected from `member` under the alias `m`; a segment kind
 * narrows that query with its own conditions (and parameters prefixed `seg`, so they never
 * collide with the caller's keyset parameters).
 */
export type MemberQuery = SelectQueryBuilder<Member>;

/** The instant `days` × 24 h before `now`, as stored on a push (ISO). */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
