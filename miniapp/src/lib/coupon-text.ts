import type { CouponKind } from '@shop/shared';
import { price } from './format';

export interface CouponRuleFields {
  kind: CouponKind;
  value: number;
  threshold: number | null;
  repeat: boolean;
  cap: number | null;
}

/** "¥20" / "8.5折" / "免运费": the big figure on a coupon card. */
export function couponFace(coupon: CouponRuleFields): string {
  switch (coupon.kind) {
    case 'threshold_off':
    case 'amount_off':
      return price(coupon.value);
    case 'percent_off':
      return `${coupon.value % 10 === 0 ? coupon.value / 10 : (coupon.value / 10).toFixed(1)}折`;
    case 'free_shipping':
      return '免运费';
  }
}

/** The rule in a line: "满¥99.00可用", "每满¥100.00减¥10.00，最多减¥50.00", "无门槛", "最多减¥30.00". */
export function couponCondition(coupon: CouponRuleFields): string {
  const cap = coupon.cap !== null ? `，最多减${price(coupon.cap)}` : '';
  switch (coupon.kind) {
    case 'threshold_off':
      return coupon.repeat && coupon.threshold !== null ? `每满${price(coupon.threshold)}减${price(coupon.value)}${cap}` : `满${price(coupon.threshold ?? 0)}可用`;
    case 'amount_off':
      return '无门槛';
    case 'percent_off':
      return coupon.threshold !== null ? `满${price(coupon.threshold)}可用${cap}` : `无门槛${cap}`;
    case 'free_shipping':
      return coupon.threshold !== null ? `满${price(coupon.threshold)}包邮` : '快递订单包邮';
  }
}

/** Goods coupons and shipping coupons stack (one of each); this tells which a coupon is. */
export function couponSlot(kind: CouponKind): 'goods' | 'shipping' {
  return kind === 'free_shipping' ? 'shipping' : 'goods';
}
