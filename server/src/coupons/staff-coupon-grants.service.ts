import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type StaffCouponGrantView, type StaffCouponQuotaView, type StaffCouponsView } from '@shop/shared';
import { affectedRows, inTransaction } from '../platform/transaction.js';
import { chinaDateOf } from '../util/china-time.js';
import { CouponTemplateEntity, type CouponTemplate } from './coupon-template.entity.js';
import { CouponStaffQuotaEntity } from './coupon-staff-quota.entity.js';
import { issueCoupons, type SkipReason, type TierLookup } from './coupon-issuer.js';
import { isHandingOut } from './coupon-rules.js';
import { couponRules, instanceView } from './coupon-views.js';

/** Who grants, as the stores module resolved them (an active selling account and its store). */
export interface GrantingStaff {
  staffId: number;
  storeId: number;
}

/** A tablet lists a handful; a store never runs more handout coupons than this at once. */
const MAX_LISTED = 50;

/**
 * Store staff hand coupons to the member at their counter (门店发放): only templates marked for
 * it, active and in their claim window, within the template's own total and per-member limits
 * (the issuer's) and within the staff member's daily quota. Each grant's issue event names the
 * staff member (`staff:<id>`) and the store. The member is the counter session's: callers pass
 * the id `CounterSessions.memberOf` proved, never one from a request body.
 */
export class StaffCouponGrants {
  constructor(
    private readonly db: DataSource,
    /** Grants per staff member per China-time day (STAFF_COUPON_DAILY_QUOTA). */
    private readonly dailyQuota: number,
    private readonly tiers: TierLookup,
  ) {}

  /** The templates this staff member may hand out now, and what is left of today's quota. */
  async handouts(staff: GrantingStaff, now = new Date()): Promise<StaffCouponsView> {
    const templates = await this.db.manager
      .createQueryBuilder(CouponTemplateEntity, 't')
      .where('t.status = :active AND t.staffHandout = :handout AND t.issuedCount < t.totalQuantity', { active: 'active', handout: true })
      .orderBy('t.id', 'DESC')
      .take(MAX_LISTED)
      .getMany();
    const items = templates
      .filter((t) => isHandingOut(t, now))
      .map((t) => ({
        templateId: t.id,
        ...couponRules(t),
        validity: t.validity,
        claimEndsAt: t.claimEndsAt ? new Date(t.claimEndsAt).toISOString() : null,
        remaining: t.totalQuantity - t.issuedCount,
        perMemberLimit: t.perMemberLimit,
      }));
    return { items, quota: await this.quotaOf(this.db.manager, staff.staffId, chinaDateOf(now)) };
  }

  /** One coupon of the template to the counter member; 409 when it may not be handed out, 429 past the quota. */
  async grant(staff: GrantingStaff, memberId: number, templateId: number, now = new Date()): Promise<StaffCouponGrantView> {
    const { staffId, storeId } = staff;
    const day = chinaDateOf(now);
    // Its own short transaction, so racing grants' insert-ignores do not hold shared locks on the
    // row they all then update (an InnoDB deadlock), and on SQLite it is queued like every write.
    await inTransaction(this.db, (manager) =>
      manager.createQueryBuilder().insert().into(CouponStaffQuotaEntity).values({ staffId, day, granted: 0 }).orIgnore().updateEntity(false).execute(),
    );
    return inTransaction(this.db, async (manager) => {
      const template = await manager.findOneBy(CouponTemplateEntity, { id: templateId });
      if (!template) throw new AppError('NOT_FOUND', '优惠券不存在');
      refuseUnlessHandout(template, now);
      // Quota row first, then (in the issuer) the template row: one lock order for every grant.
      const counted = await manager
        .createQueryBuilder()
        .update(CouponStaffQuotaEntity)
        .set({ granted: () => 'granted + 1' })
        .where('staffId = :staffId AND day = :day AND granted < :quota', { staffId, day, quota: this.dailyQuota })
        .execute();
      if (affectedRows(counted) !== 1) throw new AppError('RATE_LIMITED', `今日发券已达上限（每人每天 ${this.dailyQuota} 张）`);
      const result = await issueCoupons(
        manager,
        { template, memberIds: [memberId], source: 'staff', sourceRef: null, actor: `staff:${staffId}`, note: `store:${storeId}`, now },
        this.tiers,
      );
      const instance = result.issued[0];
      // Throwing rolls the quota increment back with everything else: a refused grant costs nothing.
      if (!instance) throw grantError(result.skipped.get(memberId) ?? 'not_claimable');
      return { coupon: instanceView(instance, template), quota: await this.quotaOf(manager, staffId, day) };
    });
  }

  private async quotaOf(manager: EntityManager, staffId: number, day: string): Promise<StaffCouponQuotaView> {
    const row = await manager.findOneBy(CouponStaffQuotaEntity, { staffId, day });
    const used = row?.granted ?? 0;
    return { limit: this.dailyQuota, used, remaining: Math.max(0, this.dailyQuota - used) };
  }
}

/** Only a template marked for staff handout, active and in its claim window, may be granted. */
function refuseUnlessHandout(template: CouponTemplate, now: Date): void {
  if (!template.staffHandout) throw new AppError('COUPON_NOT_CLAIMABLE', '该优惠券未开放门店发放，不能由店员发放');
  if (!isHandingOut(template, now)) throw new AppError('COUPON_NOT_CLAIMABLE', '该优惠券当前不在发放期，不能发放');
}

/** Why the member could not receive it, said to the staff member (the issuer's reasons). */
function grantError(reason: SkipReason): AppError {
  switch (reason) {
    case 'sold_out':
      return new AppError('COUPON_SOLD_OUT', '该优惠券已发完');
    case 'limit_reached':
    case 'duplicate':
      return new AppError('COUPON_LIMIT_REACHED', '该会员已领满此券，不能再发');
    case 'audience':
      return new AppError('COUPON_NOT_CLAIMABLE', '该会员不在此券的适用人群内');
    case 'not_claimable':
      return new AppError('COUPON_NOT_CLAIMABLE', '该优惠券当前不在发放期，不能发放');
  }
}
