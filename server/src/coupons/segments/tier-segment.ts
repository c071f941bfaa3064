import type { EntityManager } from 'typeorm';
import { AppError } from '@shop/shared';
import { MemberTierEntity } from '../../membership/tiers/member-tier.entity.js';
import { MemberGrowthEntity } from '../../membership/tiers/member-growth.entity.js';
import { byThreshold, tierForGrowth } from '../../membership/tiers/tier-rules.js';
import type { MemberQuery } from './segment-query.js';

/**
 * Members currently in one of `tierCodes`, decided as GrowthService.tierLookup decides it: the
 * growth row's tier; the lowest tier for a member without a growth row; and, for a row whose
 * tier was deleted since, the tier its growth reaches. The tier boundaries are taken when the
 * push is created, so every batch applies the same definition.
 */
export type StoredTierSegment = {
  kind: 'tier';
  tierCodes: string[];
  /** One of the tiers is the lowest: members with no growth row belong. */
  withoutGrowthRow: boolean;
  /** Growth (min inclusive, below exclusive; null: no limit) in which those tiers are reached. */
  growthRanges: { min: number; below: number | null }[];
};

export async function freezeTierSegment(manager: EntityManager, requested: string[]): Promise<StoredTierSegment> {
  const tierCodes = [...new Set(requested)];
  const tiers = await manager.find(MemberTierEntity);
  const unknown = tierCodes.filter((code) => !tiers.some((t) => t.code === code));
  if (unknown.length > 0) {
    const message = `Unknown tier code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (tiers are ${tiers.map((t) => t.code).join(', ')})`;
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'segment.tierCodes', message }]);
  }
  const sorted = byThreshold(tiers);
  const growthRanges = sorted.flatMap((tier, i) => {
    const next = sorted[i + 1];
    // Of tiers with one threshold, tierForGrowth picks the last: the others are never reached.
    if (!tierCodes.includes(tier.code) || next?.growthThreshold === tier.growthThreshold) return [];
    return [{ min: tier.growthThreshold, below: next?.growthThreshold ?? null }];
  });
  const lowest = tierForGrowth(tiers, 0);
  return { kind: 'tier', tierCodes, withoutGrowthRow: lowest !== null && tierCodes.includes(lowest.code), growthRanges };
}

export function restrictToTier(qb: MemberQuery, segment: StoredTierSegment): MemberQuery {
  const params: Record<string, unknown> = { segTierCodes: segment.tierCodes };
  const held = ['g.tierCode IN (:...segTierCodes)'];
  if (segment.withoutGrowthRow) held.push('g.id IS NULL');
  const ranges = segment.growthRanges.map(({ min, below }, i) => {
    params[`segMin${i}`] = min;
    if (below === null) return `g.growth >= :segMin${i}`;
    params[`segBelow${i}`] = below;
    return `(g.growth >= :segMin${i} AND g.growth < :segBelow${i})`;
  });
  if (ranges.length > 0) {
    const tierExists = qb.subQuery().select('1').from(MemberTierEntity, 't').where('t.code = g.tierCode').getQuery();
    held.push(`(NOT EXISTS ${tierExists} AND (${ranges.join(' OR ')}))`);
  }
  return qb.leftJoin(MemberGrowthEntity.options.name, 'g', 'g.memberId = m.id').andWhere(`(${held.join(' OR ')})`, params);
}
