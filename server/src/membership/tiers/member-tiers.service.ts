import type { DataSource } from 'typeorm';
import { AppError, type MemberTierCreate, type MemberTierPatch, type MemberTierView, type Page } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../../platform/transaction.js';
import { decodeCursor, pageOf } from '../../platform/cursor.js';
import { MemberTierEntity, type MemberTier } from './member-tier.entity.js';
import { MemberGrowthEntity } from './member-growth.entity.js';
import { tierView } from './tier-views.js';

/** Admin configuration of tiers: thresholds and benefits. */
export class MemberTiersService {
  constructor(private readonly db: DataSource) {}

  async all(): Promise<MemberTier[]> {
    return this.db.manager.find(MemberTierEntity, { order: { growthThreshold: 'ASC', id: 'ASC' } });
  }

  async list(query: { cursor?: string; limit: number }): Promise<Page<MemberTierView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.db.manager.createQueryBuilder(MemberTierEntity, 't').orderBy('t.id', 'ASC').take(query.limit + 1);
    if (after) qb.where('t.id > :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (t) => t.id);
    return { items: page.items.map(tierView), nextCursor: page.nextCursor };
  }

  async get(id: number): Promise<MemberTierView> {
    return tierView(await this.find(id));
  }

  async create(input: MemberTierCreate): Promise<MemberTierView> {
    try {
      const saved = await inTransaction(this.db, (manager) => manager.save(MemberTierEntity, manager.create(MemberTierEntity, input)));
      return tierView(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `等级代码 ${input.code} 已存在`);
      throw error;
    }
  }

  async patch(id: number, patch: MemberTierPatch): Promise<MemberTierView> {
    await this.find(id);
    await inTransaction(this.db, (manager) => manager.update(MemberTierEntity, { id }, patch));
    return this.get(id);
  }

  /** A tier members hold cannot be deleted (their tier would vanish); raise its threshold or rename it instead. */
  async remove(id: number): Promise<void> {
    const tier = await this.find(id);
    await inTransaction(this.db, async (manager) => {
      if (await manager.existsBy(MemberGrowthEntity, { tierCode: tier.code })) throw new AppError('CONFLICT', '仍有会员处于该等级，不能删除');
      await manager.delete(MemberTierEntity, { id });
    });
  }

  private async find(id: number): Promise<MemberTier> {
    const tier = await this.db.manager.findOneBy(MemberTierEntity, { id });
    if (!tier) throw new AppError('NOT_FOUND', '会员等级不存在');
    return tier;
  }
}
