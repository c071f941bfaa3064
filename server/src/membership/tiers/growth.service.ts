import { In, type DataSource, type EntityManager } from 'typeorm';
import { MAX_INT } from '@shop/shared';
import type { TierLookup } from '../../coupons/coupon-issuer.js';
import { MemberTierEntity, type MemberTier } from './member-tier.entity.js';
import { MemberGrowthEntity, type MemberGrowth } from './member-growth.entity.js';
import { locking } from '../../platform/locking.js';
import { growthForFen, nextTierCode, tierForGrowth } from './tier-rules.js';

/**
 * Growth value and tiers. `addForPaidOrder` and `reverseForRefund` run inside the caller's
 * transaction; call each once per payment / refund (the caller's conditional state change
 * makes that so). A member without a growth row is in the lowest tier with 0 growth.
 */
export class GrowthService {
  constructor(private readonly db: DataSource) {}

  /** Adds floor(paid yuan) growth and upgrades the tier if a higher one is reached. */
  async addForPaidOrderWithin(manager: EntityManager, memberId: number, paidFen: number): Promise<MemberGrowth> {
    const row = await this.lockOrCreate(manager, memberId);
    // Growth only ranks tiers: past what its INT column holds it stays at the top, never a failed payment.
    const growth = Math.min(MAX_INT, row.growth + growthForFen(paidFen));
    const tiers = await manager.find(MemberTierEntity);
    const tierCode = nextTierCode(tiers, row.tierCode, growth) ?? row.tierCode;
    await manager.update(MemberGrowthEntity, { id: row.id }, { growth, tierCode });
    return { ...row, growth, tierCode };
  }

  /** Takes back the growth of a refund (never below 0). The tier is kept: no downgrades yet. */
  async reverseForRefundWithin(manager: EntityManager, memberId: number, refundedFen: number): Promise<MemberGrowth> {
    const row = await this.lockOrCreate(manager, memberId);
    const growth = Math.max(0, row.growth - growthForFen(refundedFen));
    await manager.update(MemberGrowthEntity, { id: row.id }, { growth });
    return { ...row, growth };
  }

  async growthOf(memberId: number, manager: EntityManager = this.db.manager): Promise<{ growth: number; tier: MemberTier | null; tiers: MemberTier[] }> {
    const [row, tiers] = await Promise.all([manager.findOneBy(MemberGrowthEntity, { memberId }), manager.find(MemberTierEntity)]);
    const growth = row?.growth ?? 0;
    const tier = (row && tiers.find((t) => t.code === row.tierCode)) || tierForGrowth(tiers, growth);
    return { growth, tier, tiers };
  }

  async tierOf(memberId: number): Promise<string | null> {
    return (await this.growthOf(memberId)).tier?.code ?? null;
  }

  /** The lookup CouponsService takes for tier audiences and segments. */
  readonly tierLookup: TierLookup = async (manager, memberIds) => {
    const result = new Map<number, string>();
    if (memberIds.length === 0) return result;
    const tiers = await manager.find(MemberTierEntity);
    const rows = await manager.findBy(MemberGrowthEntity, { memberId: In(memberIds) });
    const held = new Map(rows.map((r) => [r.memberId, r]));
    const lowest = tierForGrowth(tiers, 0)?.code ?? null;
    for (const id of memberIds) {
      const row = held.get(id);
      const code = row ? (tiers.some((t) => t.code === row.tierCode) ? row.tierCode : tierForGrowth(tiers, row.growth)?.code) : lowest;
      if (code) result.set(id, code);
    }
    return result;
  };

  private async lockOrCreate(manager: EntityManager, memberId: number): Promise<MemberGrowth> {
    const find = () => locking(manager, manager.createQueryBuilder(MemberGrowthEntity, 'g').where('g.memberId = :memberId', { memberId })).getOne();
    const existing = await find();
    if (existing) return existing;
    const tiers = await manager.find(MemberTierEntity);
    const tierCode = tierForGrowth(tiers, 0)?.code ?? '';
    await manager.createQueryBuilder().insert().into(MemberGrowthEntity).values({ memberId, growth: 0, tierCode }).orIgnore().updateEntity(false).execute();
    const created = await find();
    if (!created) throw new Error(`growth row of member ${memberId} could not be created`);
    return created;
  }
}
