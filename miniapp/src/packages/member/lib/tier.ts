import type { MemberOverviewView, MemberTierView } from '@shop/shared';
import { discountText, yuan } from '../../../lib/coupon-rules';

export interface GrowthProgress {
  /** 0..100, how far from the current tier's threshold to the next one. */
  percent: number;
  text: string;
}

export function growthProgress(member: Pick<MemberOverviewView, 'tier' | 'growth' | 'nextTier'>): GrowthProgress {
  const { nextTier } = member;
  if (!nextTier) return { percent: 100, text: '已是最高等级，尊享全部会员权益' };
  const floor = member.tier?.growthThreshold ?? 0;
  const span = nextTier.growthThreshold - floor;
  const percent = span > 0 ? Math.min(100, Math.max(0, Math.round(((member.growth - floor) / span) * 100))) : 100;
  return { percent, text: `再获得 ${nextTier.growthNeeded} 成长值升级为${nextTier.name}` };
}

/** What the tier gives, in the words of the member centre. */
export function tierBenefits(tier: MemberTierView | null): string[] {
  const benefits: string[] = [];
  if (tier?.discountPercent) benefits.push(`会员折扣 ${discountText(tier.discountPercent)}`);
  if (tier?.freeShippingThreshold !== null && tier?.freeShippingThreshold !== undefined) {
    benefits.push(tier.freeShippingThreshold === 0 ? '全场包邮' : `满${yuan(tier.freeShippingThreshold)}包邮`);
  }
  if (tier?.birthdayCouponTemplateId) benefits.push('生日礼券');
  benefits.push('购物赚积分');
  return benefits;
}
