import type { MemberTierView } from '@shop/shared';
import type { MemberTier } from './member-tier.entity.js';

export function tierView(t: MemberTier): MemberTierView {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    growthThreshold: t.growthThreshold,
    discountPercent: t.discountPercent,
    freeShippingThreshold: t.freeShippingThreshold,
    birthdayCouponTemplateId: t.birthdayCouponTemplateId,
    sortOrder: t.sortOrder,
  };
}
