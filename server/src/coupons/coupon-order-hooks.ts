import { In, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { AppError, type PricingCoupon } from '@shop/shared';
import { CouponInstanceEntity } from './coupon-instance.entity.js';
import { CouponTemplateEntity } from './coupon-template.entity.js';
import { moveInstance } from './coupon-transitions.js';
import { pricingCoupon } from './coupon-views.js';

const EXPLAIN_RECENT_MS = 30 * 86_400_000;
/** More coupons than anyone holds in practice; keeps the pricing input bounded. */
const MAX_PRICING_COUPONS = 300;

/** What the orders module calls, always inside its own transaction (never opens one). */
export class CouponOrderHooks {
  constructor(private readonly dataSource: DataSource) {}

  /** The member's coupons as pricing-engine input: available and locked, plus used/expired of the last 30 days. */
  async pricingCouponsOf(memberId: number, now: Date, manager: EntityManager = this.dataSource.manager): Promise<PricingCoupon[]> {
    const recent = new Date(now.getTime() - EXPLAIN_RECENT_MS);
    const instances = await manager.find(CouponInstanceEntity, {
      where: [
        { memberId, status: In(['available', 'locked']) },
        { memberId, status: In(['used', 'expired']), updatedAt: MoreThanOrEqual(recent) },
      ],
      order: { id: 'DESC' },
      take: MAX_PRICING_COUPONS,
    });
    if (instances.length === 0) return [];
    const templates = await manager.findBy(CouponTemplateEntity, { id: In([...new Set(instances.map((i) => i.templateId))]) });
    const byId = new Map(templates.map((t) => [t.id, t]));
    return instances.map((i) => pricingCoupon(i, byId.get(i.templateId)!));
  }

  /**
   * Locks the applied coupons for a new order. Each lock is a conditional update from
   * 'available' inside the validity window, so one instance can back one live order only.
   * Throws COUPON_NOT_APPLICABLE when any is not this member's available coupon: the caller's
   * transaction then rolls back, locking nothing.
   */
  async lockForOrderWithin(
    manager: EntityManager,
    memberId: number,
    orderId: number,
    applied: { couponId: number; discount: number }[],
    orderPayable: number,
    now: Date,
    actor = `member:${memberId}`,
  ): Promise<void> {
    for (const { couponId, discount } of applied) {
      const instance = await manager.findOneBy(CouponInstanceEntity, { id: couponId, memberId });
      const locked =
        instance !== null &&
        (await moveInstance(manager, instance, {
          from: 'available',
          to: 'locked',
          actor,
          note: 'locked by order',
          changes: { orderId, discountAmount: discount, orderPayable },
          guard: { sql: 'memberId = :memberId AND validFrom <= :now AND validUntil > :now', params: { memberId, now } },
        }));
      if (!locked) throw new AppError('COUPON_NOT_APPLICABLE', '优惠券不可用（已使用、已过期或不属于你）', [{ path: 'coupons', message: `coupon ${couponId} is not available` }]);
    }
  }

  /** locked -> used, when the order is paid. */
  async useForOrderWithin(manager: EntityManager, orderId: number, actor = 'system:payment'): Promise<void> {
    for (const instance of await manager.findBy(CouponInstanceEntity, { orderId, status: 'locked' })) {
      await moveInstance(manager, instance, { from: 'locked', to: 'used', actor, note: 'order paid' });
    }
  }

  /** locked -> available (or expired if its validity has ended), when the order is cancelled or times out. */
  async releaseForOrderWithin(manager: EntityManager, orderId: number, now: Date, actor = 'system:order'): Promise<void> {
    const cleared = { orderId: null, discountAmount: null, orderPayable: null };
    for (const instance of await manager.findBy(CouponInstanceEntity, { orderId, status: 'locked' })) {
      const stillValid = new Date(instance.validUntil).getTime() > now.getTime();
      await moveInstance(manager, instance, {
        from: 'locked',
        to: stillValid ? 'available' : 'expired',
        actor,
        note: stillValid ? 'order cancelled' : 'order cancelled after the coupon expired',
        changes: cleared,
        orderId,
      });
    }
  }
}
