/** Statuses of a marketer's promotion (coupon template, group-buy campaign). */
export type PromotionStatus = 'draft' | 'active' | 'paused' | 'ended';

/** Which statuses each target status may be reached from: draft -> active <-> paused; anything -> ended, for good. */
export const PROMOTION_STATUS_SOURCES: Record<Exclude<PromotionStatus, 'draft'>, PromotionStatus[]> = {
  active: ['draft', 'paused'],
  paused: ['active'],
  ended: ['draft', 'active', 'paused'],
};
