import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AppError,
  COUPON_SOURCES,
  couponTemplateCreateSchema,
  type CouponSource,
  type CouponStatsView,
  type CouponTemplateCreate,
  type CouponTemplatePatch,
  type CouponTemplateStatus,
  type CouponTemplateView,
  type Page,
} from '@shop/shared';
import { affectedRows, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { isMysql } from '../platform/database-kind.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { validate } from '../http/validate.js';
import { CouponTemplateEntity, type CouponTemplate } from './coupon-template.entity.js';
import { CouponInstanceEntity } from './coupon-instance.entity.js';
import { RedeemCodeEntity } from './redeem-code.entity.js';
import { couponRules, templateView } from './coupon-views.js';
import { setPromotionStatus } from '../util/promotion-status.js';

/** No 0/O, 1/I/L: codes are read off paper and typed on a phone. 31^12 ≈ 2^59 possibilities. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;
const NEW_MEMBER_DAYS = 7;

/** Marketers' side of coupons: templates, their status, redeem codes and stats. */
export class CouponTemplatesService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CouponTemplateCreate, actor: string): Promise<CouponTemplateView> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const inserted = await manager.insert(CouponTemplateEntity, { ...toColumns(input), issuedCount: 0, status: 'draft', createdBy: actor });
      return Number(inserted.identifiers[0]?.id);
    });
    return this.get(id);
  }

  async get(id: number): Promise<CouponTemplateView> {
    const template = await this.dataSource.manager.findOneBy(CouponTemplateEntity, { id });
    if (!template) throw new AppError('NOT_FOUND', '优惠券模板不存在');
    const shared = await this.dataSource.manager.findOneBy(RedeemCodeEntity, { templateId: id, kind: 'shared' });
    return templateView(template, shared?.code ?? null);
  }

  async list(query: { status?: CouponTemplateStatus; cursor?: string; limit: number }): Promise<Page<CouponTemplateView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.manager.createQueryBuilder(CouponTemplateEntity, 't').orderBy('t.id', 'DESC').take(query.limit + 1);
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (after) qb.andWhere('t.id < :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (t) => t.id);
    const shared = page.items.length
      ? await this.dataSource.manager.createQueryBuilder(RedeemCodeEntity, 'c').where('c.kind = :kind AND c.templateId IN (:...ids)', { kind: 'shared', ids: page.items.map((t) => t.id) }).getMany()
      : [];
    const codes = new Map(shared.map((c) => [c.templateId, c.code]));
    return { items: page.items.map((t) => templateView(t, codes.get(t.id) ?? null)), nextCursor: page.nextCursor };
  }

  /** Changes a draft; the merged template must pass the same rules as a new one. */
  async patch(id: number, patch: CouponTemplatePatch): Promise<CouponTemplateView> {
    await inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(CouponTemplateEntity, { id });
      if (!current) throw new AppError('NOT_FOUND', '优惠券模板不存在');
      if (current.status !== 'draft') throw new AppError('CONFLICT', '只有草稿状态的优惠券可以修改');
      const merged = validate(couponTemplateCreateSchema, { ...asInput(current), ...patch });
      const result = await manager.update(CouponTemplateEntity, { id, status: 'draft' }, toColumns(merged));
      if (affectedRows(result) !== 1) throw new AppError('CONFLICT', '只有草稿状态的优惠券可以修改');
    });
    return this.get(id);
  }

  async setStatus(id: number, status: Exclude<CouponTemplateStatus, 'draft'>): Promise<CouponTemplateView> {
    await inTransaction(this.dataSource, (manager) => setPromotionStatus(manager, CouponTemplateEntity, id, status, { name: '优惠券模板' }));
    return this.get(id);
  }

  /** Generates `count` new single-use codes for the template and returns them (shown once). */
  async generateCodes(templateId: number, count: number): Promise<{ templateId: number; codes: string[] }> {
    await this.requireOpen(templateId);
    for (let attempt = 1; ; attempt++) {
      const codes = [...new Set(Array.from({ length: count }, randomCode))];
      try {
        await inTransaction(this.dataSource, async (manager) => {
          for (let i = 0; i < codes.length; i += 200) {
            await manager.insert(RedeemCodeEntity, codes.slice(i, i + 200).map((code) => ({ templateId, code, kind: 'single' as const, redeemedBy: null, redeemedAt: null })));
          }
        });
        return { templateId, codes };
      } catch (error) {
        // 2^59 codes make a collision with an existing one vanishingly rare; a fresh batch fixes it.
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /** Sets (or replaces) the template's one shared code. */
  async setSharedCode(templateId: number, code: string): Promise<CouponTemplateView> {
    await this.requireOpen(templateId);
    try {
      await inTransaction(this.dataSource, async (manager) => {
        const existing = await manager.findOneBy(RedeemCodeEntity, { templateId, kind: 'shared' });
        if (existing) await manager.update(RedeemCodeEntity, { id: existing.id }, { code });
        else await manager.insert(RedeemCodeEntity, { templateId, code, kind: 'shared', redeemedBy: null, redeemedAt: null });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', '这个兑换码已被使用');
      throw error;
    }
    return this.get(templateId);
  }

  async stats(templateId: number): Promise<CouponStatsView> {
    await this.get(templateId);
    const manager = this.dataSource.manager;
    const bySource = await manager
      .createQueryBuilder(CouponInstanceEntity, 'i')
      .select('i.source', 'source')
      .addSelect('COUNT(*)', 'n')
      .where('i.templateId = :templateId', { templateId })
      .groupBy('i.source')
      .getRawMany<{ source: CouponSource; n: string | number }>();
    const claimedBySource = Object.fromEntries(COUPON_SOURCES.map((s) => [s, 0])) as Record<CouponSource, number>;
    for (const row of bySource) claimedBySource[row.source] = Number(row.n);
    const used = await manager
      .createQueryBuilder(CouponInstanceEntity, 'i')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(i.orderPayable), 0)', 'gmv')
      .addSelect('COALESCE(SUM(i.discountAmount), 0)', 'discount')
      .where('i.templateId = :templateId AND i.status = :used', { templateId, used: 'used' })
      .getRawOne<{ n: string | number; gmv: string | number; discount: string | number }>();
    const joinedRecently = isMysql(this.dataSource)
      ? `m.createdAt >= DATE_SUB(i.createdAt, INTERVAL ${NEW_MEMBER_DAYS} DAY)`
      : `julianday(m.createdAt) >= julianday(i.createdAt) - ${NEW_MEMBER_DAYS}`;
    const reached = await manager
      .createQueryBuilder(CouponInstanceEntity, 'i')
      .innerJoin('member', 'm', 'm.id = i.memberId')
      .select('COUNT(*)', 'n')
      .where(`i.templateId = :templateId AND ${joinedRecently}`, { templateId })
      .getRawOne<{ n: string | number }>();
    const issued = Object.values(claimedBySource).reduce((a, b) => a + b, 0);
    const usedCount = Number(used?.n ?? 0);
    return {
      templateId,
      issued,
      claimedBySource,
      used: usedCount,
      usageRate: issued === 0 ? 0 : usedCount / issued,
      gmv: Number(used?.gmv ?? 0),
      discountGiven: Number(used?.discount ?? 0),
      newMembersReached: Number(reached?.n ?? 0),
    };
  }

  private async requireOpen(templateId: number): Promise<CouponTemplate> {
    const template = await this.dataSource.manager.findOneBy(CouponTemplateEntity, { id: templateId });
    if (!template) throw new AppError('NOT_FOUND', '优惠券模板不存在');
    if (template.status === 'ended') throw new AppError('CONFLICT', '这个优惠券活动已结束');
    return template;
  }
}

function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function toColumns(input: CouponTemplateCreate) {
  return {
    ...input,
    claimStartsAt: input.claimStartsAt ? new Date(input.claimStartsAt) : null,
    claimEndsAt: input.claimEndsAt ? new Date(input.claimEndsAt) : null,
  };
}

/** A stored template in the request shape, so a patch can be merged and re-validated. */
function asInput(t: CouponTemplate): CouponTemplateCreate {
  return {
    ...couponRules(t),
    excludeProductIds: t.excludeProductIds,
    audience: t.audience,
    totalQuantity: t.totalQuantity,
    perMemberLimit: t.perMemberLimit,
    claimStartsAt: t.claimStartsAt ? new Date(t.claimStartsAt).toISOString() : null,
    claimEndsAt: t.claimEndsAt ? new Date(t.claimEndsAt).toISOString() : null,
    validity: t.validity,
    welcome: t.welcome,
    claimCentre: t.claimCentre,
    staffHandout: t.staffHandout,
  };
}
