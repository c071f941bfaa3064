import type { MemberTier } from './member-tier.entity.js';

/** Growth value for a payment: 1 per whole yuan. */
export function growthForFen(fen: number): number {
  return Math.max(0, Math.floor(fen / 100));
}

/** Tiers from lowest to highest threshold. */
export function byThreshold(tiers: MemberTier[]): MemberTier[] {
  return [...tiers].sort((a, b) => a.growthThreshold - b.growthThreshold || a.sortOrder - b.sortOrder || a.id - b.id);
}

/** The highest tier whose threshold the growth reaches; null when there are no tiers at all. */
export function tierForGrowth(tiers: MemberTier[], growth: number): MemberTier | null {
  return byThreshold(tiers).filter((t) => t.growthThreshold <= growth).pop() ?? null;
}

/**
 * Upgrade only: a member keeps the tier they hold unless the growth reaches a higher one
 * (a tier they hold that an admin deleted no longer counts). Downgrades, e.g. a yearly
 * review of growth, are future work.
 */
export function nextTierCode(tiers: MemberTier[], currentCode: string | null, growth: number): string | null {
  const reached = tierForGrowth(tiers, growth);
  const current = tiers.find((t) => t.code === currentCode) ?? null;
  if (!current) return reached?.code ?? null;
  if (!reached || reached.growthThreshold <= current.growthThreshold) return current.code;
  return reached.code;
}

/** The next tier above the member's and the growth still needed for it. */
export function progressToNext(tiers: MemberTier[], current: MemberTier | null, growth: number): { tier: MemberTier; growthNeeded: number } | null {
  const floor = current?.growthThreshold ?? -1;
  const next = byThreshold(tiers).find((t) => t.growthThreshold > floor);
  return next ? { tier: next, growthNeeded: Math.max(0, next.growthThreshold - growth) } : null;
}
