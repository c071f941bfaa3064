import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { AppError, type ClaimableCouponView, type CouponInstanceView, type CouponSource, type Page } from '@shop/shared';
import { affectedRows, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { CouponTemplateEntity, type CouponTemplate } from './coupon-template.entity.js';
import { CouponInstanceEntity, type CouponInstance } from './coupon-instance.entity.js';
import { CouponClaimCounterEntity } from './coupon-claim-counter.entity.js';
import { RedeemCodeEntity } from './redeem-code.entity.js';
import { issueCoupons, noTiers, type TierLookup } from './coupon-issuer.js';
import { inAudience, isHandingOut } from './coupon-rules.js';
import { couponRules, instanceView } from './coupon-views.js';
import { moveInstance } from './coupon-transitions.js';
import { issueError } from './issue-errors.js';
import { CouponOrderHooks } from './coupon-order-hooks.js';
import { CouponTemplatesService } from './coupon-templates.service.js';
import { CouponPushService } from './coupon-push.service.js';
import { MemberEntity } from '../membership/member.entity.js';
import { isAppError, type RateLimiter } from '../platform/rate-limiter.js';
import { redeemCodeLimits } from '../http/rate-limits.js';

const MY_FILTER_STATUSES = {
  usable: ['available', 'locked'],
  used: ['used'],
  expired: ['expired', 'revoked'],
} as const;

const EXPIRY_BATCH = 500;

/**
 * Members' coupons: handing them out (claim, codes, welcome pack; pushes in `pushes`; staff
 * grants in StaffCouponGrants), listing them, their lifecycle, and the order hooks (inherited)
 * that the orders module calls inside its transactions. Templates are administered through
 * `templates`.
 */
export class CouponsService extends CouponOrderHooks {
  readonly templates: CouponTemplatesService;
  readonly pushes: CouponPushService;

  constructor(
    private readonly db: DataSource,
    private readonly limiter: RateLimiter,
    private readonly tiers: TierLookup = noTiers,
  ) {
    super(db);
    this.templates = new CouponTemplatesService(db);
    this.pushes = new CouponPushService(db, tiers);
  }

  /** Active templates in their claim window this member may still claim (a page may hold fewer than `limit`). */
  async claimable(memberId: number, query: { cursor?: string; limit: number }, now = new Date()): Promise<Page<ClaimableCouponView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.db.manager
      .createQueryBuilder(CouponTemplateEntity, 't')
      .where('t.status = :active AND t.claimCentre = :listed AND t.issuedCount < t.totalQuantity', { active: 'active', listed: true })
      .orderBy('t.id', 'DESC')
      .take(query.limit + 1);
    if (after) qb.andWhere('t.id < :afterId', { afterId: after.id });
    const rows = await qb.getMany();
    const page = pageOf(rows, query.limit, (t) => t.id);
    const member = await this.db.manager.findOneByOrFail(MemberEntity, { id: memberId });
    const tierOf = await this.tiers(this.db.manager, [memberId]);
    const counters = page.items.length
      ? await this.db.manager.findBy(CouponClaimCounterEntity, { memberId, templateId: In(page.items.map((t) => t.id)) })
      : [];
    const claimed = new Map(counters.map((c) => [c.templateId, c.claimed]));
    const items = page.items
      .filter((t) => isHandingOut(t, now) && inAudience(t, member, tierOf.get(memberId) ?? null, now))
      .map((t) => ({ t, mine: t.perMemberLimit - (claimed.get(t.id) ?? 0) }))
      .filter(({ mine }) => mine > 0)
      .map(({ t, mine }) => ({
        templateId: t.id,
        ...couponRules(t),
        validity: t.validity,
        claimEndsAt: t.claimEndsAt ? new Date(t.claimEndsAt).toISOString() : null,
        remaining: t.totalQuantity - t.issuedCount,
        remainingForMe: mine,
      }));
    return { items, nextCursor: page.nextCursor };
  }

  /** Claim centre: one instance, or COUPON_SOLD_OUT / COUPON_LIMIT_REACHED / COUPON_NOT_CLAIMABLE. */
  async claim(memberId: number, templateId: number, now = new Date()): Promise<CouponInstanceView> {
    return this.issueOne(memberId, templateId, 'claim', null, `member:${memberId}`, now);
  }

  /**
   * Issues every active welcome template to a new member (call after the member's first
   * login committed; each template in its own transaction, so one sold out does not stop the
   * others). Idempotent: a template's welcome coupon is issued to a member at most once.
   */
  async grantWelcomePack(memberId: number, now = new Date()): Promise<CouponInstanceView[]> {
    const templates = await this.db.manager.findBy(CouponTemplateEntity, { welcome: true, status: 'active' });
    const issued: CouponInstanceView[] = [];
    for (const template of templates) {
      try {
        const result = await inTransaction(this.db, async (manager) => {
          const fresh = await manager.findOneByOrFail(CouponTemplateEntity, { id: template.id });
          return issueCoupons(manager, { template: fresh, memberIds: [memberId], source: 'welcome', sourceRef: `welcome:${template.id}`, actor: 'system:welcome', now }, this.tiers);
        });
        issued.push(...result.issued.map((i) => instanceView(i, template)));
      } catch (error) {
        // A concurrent call issued this template's welcome coupon first: nothing more to do.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return issued;
  }

  /**
   * Issues a template to members under one `sourceRef`, so each gets at most one however often
   * this runs (e.g. a yearly birthday coupon, `birthday:2026`); returns how many were issued now.
   * A concurrent run that issued to some of them first makes this batch hit the unique
   * (memberId, sourceRef) key and roll back whole: then each member is retried alone, so the
   * others still get theirs. Members who cannot receive one are skipped, as in a push.
   */
  async grantOnce(templateId: number, memberIds: number[], grant: { source: CouponSource; sourceRef: string; actor: string }, now = new Date()): Promise<number> {
    const issue = (ids: number[]) =>
      inTransaction(this.db, async (manager) => {
        const template = await manager.findOneBy(CouponTemplateEntity, { id: templateId });
        if (!template) return 0;
        return (await issueCoupons(manager, { template, memberIds: ids, ...grant, now }, this.tiers)).issued.length;
      });
    try {
      return await issue(memberIds);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    let issued = 0;
    for (const memberId of memberIds) {
      try {
        issued += await issue([memberId]);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return issued;
  }

  /**
   * Redeems a single-use code (at most once, by anyone) or a template's shared code (once per
   * member). Codes that do not exist are counted per member and per `client` (the request's
   * address); past either limit nothing is looked up, a right code included, until the window ends.
   */
  async redeem(memberId: number, code: string, client: string, now = new Date()): Promise<CouponInstanceView> {
    return this.limiter.attemptAll(redeemCodeLimits(memberId, client), now, () => this.redeemCode(memberId, code, now), isAppError('COUPON_CODE_INVALID'));
  }

  private async redeemCode(memberId: number, code: string, now: Date): Promise<CouponInstanceView> {
    const row = await this.db.manager.findOneBy(RedeemCodeEntity, { code });
    if (!row) throw new AppError('COUPON_CODE_INVALID', '兑换码不存在');
    try {
      return await inTransaction(this.db, async (manager) => {
        if (row.kind === 'single') {
          const taken = await manager
            .createQueryBuilder()
            .update(RedeemCodeEntity)
            .set({ redeemedBy: memberId, redeemedAt: now })
            .where('id = :id AND redeemedBy IS NULL', { id: row.id })
            .execute();
          if (affectedRows(taken) !== 1) throw new AppError('COUPON_CODE_USED', '兑换码已被使用');
        }
        return this.issueWithin(manager, memberId, row.templateId, 'code', `code:${row.id}`, `member:${memberId}`, now);
      });
    } catch (error) {
      // The same member redeeming the same shared code twice at once: the unique key stopped the second.
      if (isUniqueViolation(error)) throw new AppError('COUPON_CODE_USED', '你已兑换过该兑换码');
      if (error instanceof AppError && error.code === 'COUPON_LIMIT_REACHED' && row.kind === 'shared') throw new AppError('COUPON_CODE_USED', '你已兑换过该兑换码');
      throw error;
    }
  }

  /** My coupons, newest first, cursor-paginated. */
  async mine(memberId: number, query: { status: keyof typeof MY_FILTER_STATUSES; cursor?: string; limit: number }): Promise<Page<CouponInstanceView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.db.manager
      .createQueryBuilder(CouponInstanceEntity, 'i')
      .where('i.memberId = :memberId AND i.status IN (:...statuses)', { memberId, statuses: [...MY_FILTER_STATUSES[query.status]] })
      .orderBy('i.id', 'DESC')
      .take(query.limit + 1);
    if (after) qb.andWhere('i.id < :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (i) => i.id);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** Admin: takes back an available coupon. */
  async revoke(instanceId: number, actor: string): Promise<CouponInstanceView> {
    return inTransaction(this.db, async (manager) => {
      const instance = await manager.findOneBy(CouponInstanceEntity, { id: instanceId });
      if (!instance) throw new AppError('NOT_FOUND', '优惠券不存在');
      if (!(await moveInstance(manager, instance, { from: 'available', to: 'revoked', actor, note: 'revoked by admin' }))) {
        throw new AppError('CONFLICT', '只有未使用的优惠券可以作废');
      }
      const [view] = await this.views([await manager.findOneByOrFail(CouponInstanceEntity, { id: instanceId })], manager);
      return view!;
    });
  }

  /** Expiry job: available instances past validUntil -> expired, each logged. Returns how many. */
  async expireDue(now: Date): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.db.manager.find(CouponInstanceEntity, { where: { status: 'available', validUntil: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: EXPIRY_BATCH });
      if (due.length === 0) return expired;
      let moved = 0;
      await inTransaction(this.db, async (manager) => {
        for (const instance of due) {
          const ok = await moveInstance(manager, instance, { from: 'available', to: 'expired', actor: 'job:coupon-expiry', note: 'validity ended', guard: { sql: 'validUntil <= :now', params: { now } } });
          if (ok) moved++;
        }
      });
      expired += moved;
      // Another process took this batch: stop rather than spin on rows it is changing.
      if (moved === 0 || due.length < EXPIRY_BATCH) return expired;
    }
  }

  private async issueOne(memberId: number, templateId: number, source: CouponSource, sourceRef: string | null, actor: string, now: Date): Promise<CouponInstanceView> {
    return inTransaction(this.db, (manager) => this.issueWithin(manager, memberId, templateId, source, sourceRef, actor, now));
  }

  private async issueWithin(manager: EntityManager, memberId: number, templateId: number, source: CouponSource, sourceRef: string | null, actor: string, now: Date): Promise<CouponInstanceView> {
    const template = await manager.findOneBy(CouponTemplateEntity, { id: templateId });
    if (!template) throw new AppError('NOT_FOUND', '优惠券不存在');
    // Only what the claim centre lists can be taken there: a code-only coupon stays code-only.
    if (source === 'claim' && !template.claimCentre) throw issueError('not_claimable');
    const result = await issueCoupons(manager, { template, memberIds: [memberId], source, sourceRef, actor, now }, this.tiers);
    const instance = result.issued[0];
    if (!instance) throw issueError(result.skipped.get(memberId) ?? 'not_claimable');
    return instanceView(instance, template);
  }

  private async views(instances: CouponInstance[], manager: EntityManager = this.db.manager): Promise<CouponInstanceView[]> {
    if (instances.length === 0) return [];
    const templates = await manager.findBy(CouponTemplateEntity, { id: In([...new Set(instances.map((i) => i.templateId))]) });
    const byId = new Map<number, CouponTemplate>(templates.map((t) => [t.id, t]));
    return instances.map((i) => instanceView(i, byId.get(i.templateId)!));
  }
}
