import { COUPON_SOURCES, formatFen, type CouponAudience, type CouponPushView, type CouponSource, type CouponStatsView, type CouponTemplateView } from '@shop/shared';
import { formatDateTime } from '../../../lib/format';
import { couponRuleText, couponScopeText, templateValidityText } from '../../../lib/coupon-rules';
import type { StatFigure } from './campaign-text';

export const COUPON_SOURCE_LABELS: Record<CouponSource, string> = { claim: '领券中心', push: '定向推送', welcome: '新人礼包', code: '兑换码', staff: '门店发放', birthday: '生日礼' };

/** Who may receive it: "所有会员", "注册 7 天内的新会员", "等级 gold、silver". */
export function audienceText(audience: CouponAudience, tierNames: ReadonlyMap<string, string> = new Map()): string {
  if (audience.kind === 'everyone') return '所有会员';
  if (audience.kind === 'new_members') return `注册 ${audience.withinDays} 天内的新会员`;
  return `限${audience.codes.map((code) => tierNames.get(code) ?? code).join('、')}会员`;
}

/** The claim window: "领取时间不限", "2026-12-01 10:00 起可领", "领取截至 2026-12-31 00:00", or both ends. */
export function claimWindowText(t: Pick<CouponTemplateView, 'claimStartsAt' | 'claimEndsAt'>): string {
  if (t.claimStartsAt && t.claimEndsAt) return `领取时间 ${formatDateTime(t.claimStartsAt)} 至 ${formatDateTime(t.claimEndsAt)}`;
  if (t.claimStartsAt) return `${formatDateTime(t.claimStartsAt)} 起可领`;
  if (t.claimEndsAt) return `领取截至 ${formatDateTime(t.claimEndsAt)}`;
  return '领取时间不限';
}

/** The shop's names for the tier codes and category ids a template keeps. */
export interface TemplateNames {
  tierNames?: ReadonlyMap<string, string>;
  categoryNames?: ReadonlyMap<number, string>;
}

/** A template's rules as short phrases for its card, in the words shoppers see on the coupon. */
export function couponTemplateFacts(t: CouponTemplateView, names: TemplateNames = {}): string[] {
  return [
    couponRuleText(t),
    couponScopeText(t.scope, t.excludeProductIds.length, names.categoryNames),
    templateValidityText(t.validity),
    audienceText(t.audience, names.tierNames),
    `每人限领 ${t.perMemberLimit} 张`,
    claimWindowText(t),
    ...(t.welcome ? ['新人礼包'] : []),
    ...(t.staffHandout ? ['门店发放'] : []),
  ];
}

/** "已发 120 / 1000 张". */
export function issuedText(t: Pick<CouponTemplateView, 'issuedCount' | 'totalQuantity'>): string {
  return `已发 ${t.issuedCount} / ${t.totalQuantity} 张`;
}

/** 0.1234 -> "12.3%". */
export function rateText(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** GMV per yuan of discount: "8.5" (¥8.50 of orders for every ¥1 given); "—" while nothing was given. */
export function roiText(stats: Pick<CouponStatsView, 'gmv' | 'discountGiven'>): string {
  return stats.discountGiven > 0 ? (stats.gmv / stats.discountGiven).toFixed(1) : '—';
}

export function couponStatFigures(s: CouponStatsView): StatFigure[] {
  return [
    { key: 'issued', label: '已发放', value: String(s.issued) },
    { key: 'used', label: '已使用', value: String(s.used) },
    { key: 'rate', label: '使用率', value: rateText(s.usageRate) },
    { key: 'gmv', label: '带动 GMV', value: formatFen(s.gmv) },
    { key: 'discount', label: '优惠金额', value: formatFen(s.discountGiven) },
    { key: 'roi', label: 'ROI', value: roiText(s) },
    { key: 'new', label: '新客触达', value: String(s.newMembersReached) },
  ];
}

/** Where the issued coupons went: "领券中心 80 · 兑换码 12", or "" when none went out yet. */
export function sourceBreakdownText(s: CouponStatsView): string {
  return COUPON_SOURCES.filter((source) => s.claimedBySource[source] > 0)
    .map((source) => `${COUPON_SOURCE_LABELS[source]} ${s.claimedBySource[source]}`)
    .join(' · ');
}

const PUSH_STATUS_LABELS: Record<CouponPushView['status'], string> = { queued: '排队中', running: '发放中', done: '已完成', failed: '发放失败' };

export const pushFinished = (push: Pick<CouponPushView, 'status'>) => push.status === 'done' || push.status === 'failed';

/** A push as one line: "已完成 · 目标 120 人，已处理 120，发放 118，跳过 2（已领满或不符合条件）· 1 个手机号不是会员". */
export function pushProgressText(p: CouponPushView): string {
  const parts = [`${PUSH_STATUS_LABELS[p.status]} · 目标 ${p.total} 人，已处理 ${p.processed}，发放 ${p.issued}`];
  if (p.skipped > 0) parts.push(`，跳过 ${p.skipped}（已领满或不符合条件）`);
  if (p.unmatched > 0) parts.push(` · ${p.unmatched} 个手机号不是会员`);
  return parts.join('');
}
