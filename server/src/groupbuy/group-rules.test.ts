import { describe, expect, it } from 'vitest';
import { leaderUnitPrice as leaderPrice } from '@shop/shared';
import { campaignRunning, shouldSimulate } from './group-rules.js';

describe('group-buy rules', () => {
  it('simulates completion only when configured, someone paid, and the group is short by at most K', () => {
    expect(shouldSimulate({ size: 5, paidCount: 3 }, null)).toBe(false);
    expect(shouldSimulate({ size: 5, paidCount: 3 }, 2)).toBe(true);
    expect(shouldSimulate({ size: 5, paidCount: 3 }, 1)).toBe(false);
    expect(shouldSimulate({ size: 5, paidCount: 0 }, 4)).toBe(false);
  });

  it('gives the leader the discount, never a free or negative price', () => {
    expect(leaderPrice(9900, null)).toBe(9900);
    expect(leaderPrice(9900, 1000)).toBe(8900);
    expect(leaderPrice(500, 500)).toBe(1);
  });

  it('runs an active campaign inside its window only', () => {
    const campaign = { status: 'active', startsAt: new Date('2026-11-01T00:00:00Z'), endsAt: new Date('2026-12-01T00:00:00Z') };
    expect(campaignRunning(campaign, new Date('2026-11-15T00:00:00Z'))).toBe(true);
    expect(campaignRunning(campaign, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(campaignRunning({ ...campaign, status: 'paused' }, new Date('2026-11-15T00:00:00Z'))).toBe(false);
  });
});
