import { describe, expect, it } from 'vitest';
import type { MemberTier } from './member-tier.entity.js';
import { growthForFen, nextTierCode, progressToNext, tierForGrowth } from './tier-rules.js';

const tier = (id: number, code: string, growthThreshold: number): MemberTier =>
  ({ id, code, name: code, growthThreshold, discountPercent: null, freeShippingThreshold: null, birthdayCouponTemplateId: null, sortOrder: id }) as MemberTier;
const tiers = [tier(3, 'gold', 5000), tier(1, 'normal', 0), tier(2, 'silver', 1000)];

describe('tier rules', () => {
  it('growth is whole yuan paid', () => {
    expect(growthForFen(19_999)).toBe(199);
    expect(growthForFen(99)).toBe(0);
  });

  it('picks the highest tier reached', () => {
    expect(tierForGrowth(tiers, 0)?.code).toBe('normal');
    expect(tierForGrowth(tiers, 999)?.code).toBe('normal');
    expect(tierForGrowth(tiers, 1000)?.code).toBe('silver');
    expect(tierForGrowth(tiers, 80_000)?.code).toBe('gold');
  });

  it('upgrades but never downgrades', () => {
    expect(nextTierCode(tiers, 'normal', 1200)).toBe('silver');
    expect(nextTierCode(tiers, 'gold', 10)).toBe('gold');
    expect(nextTierCode(tiers, 'deleted', 10)).toBe('normal');
  });

  it('reports progress to the next tier', () => {
    expect(progressToNext(tiers, tiers[2]!, 400)).toEqual({ tier: tiers[0], growthNeeded: 4600 });
    expect(progressToNext(tiers, tiers[0]!, 9000)).toBeNull();
  });
});
