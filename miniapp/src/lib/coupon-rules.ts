import { formatFen, type ClaimableCouponView, type CouponScope, type CouponValidity, type Fen } from '@shop/shared';
import { formatDateTime } from './format';

/** The rule fields a claimable template and a member's coupon share. */
export type CouponRule = Pick<ClaimableCouponView, 'kind' | 'value' | 'threshold' | 'repeat' | 'cap'>;

/** "¥199" for whole yuan, "¥199.50" otherwise: coupon rules read better without ".00". */
export function yuan(fen: Fen): string {
  return formatFen(fen).replace(/\.00$/, '');
}

/** 85 (percent paid) -> "8.5折", 90 -> "9折". */
export function discountText(percentPaid: number): string {
  return `${percentPaid / 10}折`;
}

/** The big figure on a coupon ticket: "¥30", "8.5折", "包邮". */
export function couponFace(rule: CouponRule): string {
  switch (rule.kind) {
    case 'threshold_off':
    case 'amount_off':
      return yuan(rule.value);
    case 'percent_off':
      return discountText(rule.value);
    case 'free_shipping':
      return '包邮';
  }
}

/**
 * The rule as shoppers say it: "满¥199减¥30", "每满¥100减¥10，最多减¥50", "8.5折，最多减¥50",
 * "满¥300享8.5折", "无门槛减¥5", "包邮", "满¥99包邮".
 */
export function couponRuleText(rule: CouponRule): string {
  const cap = rule.cap !== null ? `，最多减${yuan(rule.cap)}` : '';
  const above = rule.threshold !== null ? `满${yuan(rule.threshold)}` : '';
  switch (rule.kind) {
    case 'threshold_off':
      return `${rule.repeat ? '每' : ''}${above}减${yuan(rule.value)}${rule.repeat ? cap : ''}`;
    case 'amount_off':
      return `无门槛减${yuan(rule.value)}`;
    case 'percent_off':
      return `${above ? `${above}享` : ''}${discountText(rule.value)}${cap}`;
    case 'free_shipping':
      return `${above}包邮`;
  }
}

/** The short condition under the face: "满¥199可用" or "无门槛". */
export function couponThresholdText(rule: CouponRule): string {
  return rule.threshold !== null ? `满${yuan(rule.threshold)}可用` : '无门槛';
}

/** A category scope by name, "限 上衣、配饰 可用"; while a name is unknown (not loaded, or deleted), "限指定分类商品". */
function categoryScopeText(ids: readonly number[], categoryNames: ReadonlyMap<number, string>): string {
  const names = ids.map((id) => categoryNames.get(id));
  return names.length > 0 && names.every((name) => name !== undefined) ? `限 ${names.join('、')} 可用` : '限指定分类商品';
}

/**
 * Which goods a coupon covers: "全场通用", "限 上衣、配饰 可用" (`categoryNames` from the catalog's
 * categories), "限指定商品", each with "（部分商品除外）" when some products are excluded.
 */
export function couponScopeText(scope: CouponScope, excludedCount = 0, categoryNames: ReadonlyMap<number, string> = new Map()): string {
  const base = scope.kind === 'all' ? '全场通用' : scope.kind === 'categories' ? categoryScopeText(scope.ids, categoryNames) : '限指定商品';
  return excludedCount > 0 ? `${base}（部分商品除外）` : base;
}

const dateOf = (ms: number) => formatDateTime(new Date(ms).toISOString()).slice(0, 10);

/** A template's validity: "领取后30天内有效" or "2026-11-01 至 2026-11-30" (the end is exclusive, so its last day shows). */
export function templateValidityText(validity: CouponValidity): string {
  if (validity.kind === 'relative') return `领取后${validity.days}天内有效`;
  return `${dateOf(Date.parse(validity.from))} 至 ${dateOf(Date.parse(validity.until) - 1)}`;
}

/** A received coupon's end: "2026-12-23 14:05 到期". */
export function instanceValidityText(validUntil: string): string {
  return `${formatDateTime(validUntil)} 到期`;
}

const SOON_MS = 3 * 24 * 3600 * 1000;

/** Usable coupons that run out within three days get a "即将过期" mark. */
export function expiresSoon(validUntil: string, now = Date.now()): boolean {
  const left = Date.parse(validUntil) - now;
  return left > 0 && left <= SOON_MS;
}
