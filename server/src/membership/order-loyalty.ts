import type { EntityManager } from 'typeorm';
import type { PricingMember, PricingPointsRule } from '@shop/shared';
import type { AppConfig } from '../config.js';
import type { PointsService } from './points/points.service.js';
import type { GrowthService } from './tiers/growth.service.js';
import { earnExpiry, pointsForPaidFen, pointsForRefund } from './points/points-rules.js';

/** The order fields loyalty rules read. */
export interface LoyaltyOrder {
  id: number;
  orderNo: string;
  memberId: number | null;
  payableTotal: number;
  shippingFee: number;
  pointsUsed: number;
  pointsEarned: number;
  refundedTotal: number;
}

/** What a member brings to pricing: their tier's benefits and their points. */
export interface MemberBenefits {
  member: PricingMember;
  tier: { code: string; name: string } | null;
  pointsBalance: number;
}

/**
 * Membership's side of an order's life: tier benefits and points at checkout, growth when paid,
 * points earned when it completes, and both taken back in proportion when money is refunded.
 * Every method runs inside the order's transaction (pass its EntityManager), and each is called
 * once per lifecycle step because the order's conditional status change guards it.
 */
export class OrderLoyalty {
  constructor(
    private readonly points: PointsService,
    private readonly growth: GrowthService,
    private readonly rule: AppConfig['points'],
  ) {}

  async benefitsOf(memberId: number, manager: EntityManager): Promise<MemberBenefits> {
    const [{ tier }, pointsBalance] = await Promise.all([this.growth.growthOf(memberId, manager), this.points.balanceOf(memberId, manager)]);
    return {
      member: {
        pointsBalance,
        tier: tier ? { code: tier.code, name: tier.name, discountPercent: tier.discountPercent, freeShippingThreshold: tier.freeShippingThreshold } : null,
      },
      tier: tier ? { code: tier.code, name: tier.name } : null,
      pointsBalance,
    };
  }

  get pointsRule(): PricingPointsRule {
    return { fenPerPoint: this.rule.fenPerPoint, maxShareOfGoodsPercent: this.rule.maxShareOfGoodsPercent };
  }

  /** Takes the points the order spends; POINTS_INSUFFICIENT when a concurrent spend got there first. */
  async placed(manager: EntityManager, order: LoyaltyOrder): Promise<void> {
    if (order.memberId === null || order.pointsUsed === 0) return;
    await this.points.spendWithin(manager, order.memberId, order.pointsUsed, order.id, `order ${order.orderNo}`);
  }

  /** Gives back every point the cancelled order spent. */
  async cancelled(manager: EntityManager, order: LoyaltyOrder): Promise<void> {
    if (order.memberId === null || order.pointsUsed === 0) return;
    await this.points.refundSpendWithin(manager, order.memberId, order.id, order.pointsUsed);
  }

  async paid(manager: EntityManager, order: LoyaltyOrder): Promise<void> {
    if (order.memberId === null) return;
    await this.growth.addForPaidOrderWithin(manager, order.memberId, order.payableTotal);
  }

  /** Credits points for the goods paid and not refunded (shipping earns none); returns them. */
  async completed(manager: EntityManager, order: LoyaltyOrder, now: Date): Promise<number> {
    if (order.memberId === null) return 0;
    const earned = pointsForPaidFen(order.payableTotal - order.shippingFee - order.refundedTotal);
    if (earned === 0) return 0;
    await this.points.earnWithin(manager, order.memberId, earned, order.id, `order ${order.orderNo} completed`, earnExpiry(now, this.rule.validityDays));
    return earned;
  }

  /**
   * A refund of `refundFen` succeeded (`order` as it was before it): growth goes down by it, and
   * the points the order earned and spent go back in proportion to the money (on the running
   * total, so refunding everything in any number of steps returns exactly all of them).
   */
  async refunded(manager: EntityManager, order: LoyaltyOrder, refundFen: number): Promise<void> {
    if (order.memberId === null) return;
    await this.growth.reverseForRefundWithin(manager, order.memberId, refundFen);
    const earnedBack = pointsForRefund(order.pointsEarned, order.payableTotal, order.refundedTotal, refundFen);
    if (earnedBack > 0) await this.points.reverseEarnWithin(manager, order.memberId, order.id, earnedBack);
    const spentBack = pointsForRefund(order.pointsUsed, order.payableTotal, order.refundedTotal, refundFen);
    if (spentBack > 0) await this.points.refundSpendWithin(manager, order.memberId, order.id, spentBack);
  }
}
