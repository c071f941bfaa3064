import { In, type DataSource } from 'typeorm';
import { AppError, type CouponPushView, type CouponSegment, type Page } from '@shop/shared';
import { affectedRows, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { CouponTemplateEntity } from './coupon-template.entity.js';
import { CouponPushEntity, type CouponPush } from './coupon-push.entity.js';
import { issueCoupons, type TierLookup } from './coupon-issuer.js';
import { freezeSegment, segmentMembersAfter, segmentSize, type StoredSegment } from './push-segments.js';

const PUSH_BATCH = 500;
/** Pushes a job tick works on; each is worked to the end (it resumes where it stopped). */
const PUSHES_PER_TICK = 5;

class LostRace extends Error {}

/** Marketer pushes of a template to a segment, processed by the push job in keyset batches. */
export class CouponPushService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tiers: TierLookup,
  ) {}

  async create(templateId: number, segment: CouponSegment, actor: string, now = new Date()): Promise<CouponPushView> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const template = await manager.findOneBy(CouponTemplateEntity, { id: templateId });
      if (!template) throw new AppError('NOT_FOUND', '优惠券模板不存在');
      if (template.status !== 'active') throw new AppError('COUPON_NOT_CLAIMABLE', '只有进行中的优惠券才能推送');
      const inserted = await manager.insert(CouponPushEntity, {
        templateId,
        segment: { kind: segment.kind },
        status: 'queued',
        total: 0,
        processed: 0,
        issued: 0,
        skipped: 0,
        unmatched: 0,
        afterMemberId: 0,
        error: null,
        createdBy: actor,
      });
      const pushId = Number(inserted.identifiers[0]?.id);
      const { stored, unmatched } = await freezeSegment(manager, pushId, segment, now);
      const total = await segmentSize(manager, pushId, stored);
      await manager.update(CouponPushEntity, { id: pushId }, { segment: stored, unmatched, total });
      return pushId;
    });
    return this.get(id);
  }

  async get(id: number): Promise<CouponPushView> {
    const push = await this.dataSource.manager.findOneBy(CouponPushEntity, { id });
    if (!push) throw new AppError('NOT_FOUND', '推送任务不存在');
    return pushView(push);
  }

  /** A template's pushes, newest first, with their progress (the console shows them after a reload). */
  async listForTemplate(templateId: number, query: { cursor?: string; limit: number }): Promise<Page<CouponPushView>> {
    if (!(await this.dataSource.manager.existsBy(CouponTemplateEntity, { id: templateId }))) throw new AppError('NOT_FOUND', '优惠券模板不存在');
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.manager.createQueryBuilder(CouponPushEntity, 'p').where('p.templateId = :templateId', { templateId }).orderBy('p.id', 'DESC').take(query.limit + 1);
    if (after) qb.andWhere('p.id < :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (p) => p.id);
    return { items: page.items.map(pushView), nextCursor: page.nextCursor };
  }

  /** The job: works queued and running pushes to the end; returns how many members it processed. */
  async runPending(now = new Date()): Promise<number> {
    const pending = await this.dataSource.manager.find(CouponPushEntity, { where: { status: In(['queued', 'running']) }, order: { id: 'ASC' }, take: PUSHES_PER_TICK });
    let processed = 0;
    for (const push of pending) {
      try {
        for (;;) {
          const n = await this.processBatch(push.id, now);
          if (n === 0) break;
          processed += n;
        }
      } catch (error) {
        // Another process is working this push: it advanced the position first, or (its commit
        // unseen by our snapshot) already issued to a member of our batch. It finishes the push.
        if (error instanceof LostRace || isUniqueViolation(error)) continue;
        await this.dataSource.manager.update(CouponPushEntity, { id: push.id }, { status: 'failed', error: String(error instanceof Error ? error.message : error).slice(0, 200) });
        throw error;
      }
    }
    return processed;
  }

  /**
   * One batch in one transaction: issue to the next members after the keyset position, then
   * advance the position with a conditional update. If another runner advanced it first, this
   * batch rolls back whole; if the other runner's coupons are not yet visible to this one, the
   * instance's unique (memberId, sourceRef) key rolls it back instead, so nobody ever gets two
   * coupons from one push.
   */
  private async processBatch(pushId: number, now: Date): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const push = await manager.findOneByOrFail(CouponPushEntity, { id: pushId });
      if (push.status !== 'queued' && push.status !== 'running') return 0;
      const segment = push.segment as StoredSegment;
      const memberIds = await segmentMembersAfter(manager, push.id, segment, push.afterMemberId, PUSH_BATCH);
      if (memberIds.length === 0) {
        await manager.update(CouponPushEntity, { id: push.id, afterMemberId: push.afterMemberId }, { status: 'done' });
        return 0;
      }
      const template = await manager.findOneByOrFail(CouponTemplateEntity, { id: push.templateId });
      const result = await issueCoupons(manager, { template, memberIds, source: 'push', sourceRef: `push:${push.id}`, actor: push.createdBy, now }, this.tiers);
      const issued = result.issued.length;
      const advanced = await manager
        .createQueryBuilder()
        .update(CouponPushEntity)
        .set({
          status: 'running',
          afterMemberId: memberIds[memberIds.length - 1]!,
          processed: () => `processed + ${memberIds.length}`,
          issued: () => `issued + ${issued}`,
          skipped: () => `skipped + ${memberIds.length - issued}`,
        })
        .where('id = :id AND afterMemberId = :after', { id: push.id, after: push.afterMemberId })
        .execute();
      if (affectedRows(advanced) !== 1) throw new LostRace();
      return memberIds.length;
    });
  }
}

function pushView(p: CouponPush): CouponPushView {
  return {
    id: p.id,
    templateId: p.templateId,
    segment: p.segment,
    status: p.status,
    total: p.total,
    processed: p.processed,
    issued: p.issued,
    skipped: p.skipped,
    unmatched: p.unmatched,
    createdBy: p.createdBy,
    createdAt: new Date(p.createdAt).toISOString(),
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}
