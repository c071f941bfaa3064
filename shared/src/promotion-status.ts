/** Statuses of a marketer's promotion (coupon template, group-buy campaign). */
export type PromotionStatus = 'draft' | 'active' | 'paused' | 'ended';
export type PromotionTarget = Exclude<PromotionStatus, 'draft'>;

/** Which statuses each target status may be reached from: draft -> active <-> paused; anything -> ended, for good. */
export const PROMOTION_STATUS_SOURCES: Record<PromotionTarget, readonly PromotionStatus[]> = {
  active: ['draft', 'paused'],
  paused: ['active'],
  ended: ['draft', 'active', 'paused'],
};

export const PROMOTION_STATUS_LABELS: Record<PromotionStatus, string> = { draft: '未上线', active: '进行中', paused: '已暂停', ended: '已结束' };

/** The statuses a promotion in `status` may move to next, in the order a console offers them. */
export function promotionMoves(status: PromotionStatus): PromotionTarget[] {
  return (['active', 'paused', 'ended'] as const).filter((target) => PROMOTION_STATUS_SOURCES[target].includes(status));
}
