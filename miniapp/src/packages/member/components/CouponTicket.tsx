import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { couponFace, couponRuleText, couponThresholdText, type CouponRule } from '../../../lib/coupon-rules';
import './CouponTicket.scss';

export interface CouponTicketProps {
  rule: CouponRule;
  name: string;
  /** "全场通用", "限指定商品" ... */
  scope: string;
  /** "领取后30天内有效", "2026-12-23 14:05 到期" ... */
  validity: string;
  /** Greyed out with a stamp: "已使用", "已过期". */
  stamp?: string;
  /** A small red mark next to the name: "即将过期", "仅剩 8 张". */
  badge?: string | null;
  /** The button on the right. */
  action?: ReactNode;
  testId?: string;
}

/** A coupon as WeChat shoppers know it: the figure on the left, the rules and an action on the right. */
export function CouponTicket({ rule, name, scope, validity, stamp, badge, action, testId }: CouponTicketProps) {
  return (
    <View className={`coupon-ticket${stamp ? ' coupon-ticket--off' : ''}`} data-testid={testId}>
      <View className='coupon-ticket__face'>
        <Text className='coupon-ticket__figure'>{couponFace(rule)}</Text>
        <Text className='coupon-ticket__threshold'>{couponThresholdText(rule)}</Text>
      </View>
      <View className='coupon-ticket__body'>
        <View className='coupon-ticket__title'>
          <Text className='coupon-ticket__name'>{name}</Text>
          {badge ? <Text className='coupon-ticket__badge'>{badge}</Text> : null}
        </View>
        <Text className='coupon-ticket__rule' data-testid={testId ? `${testId}-rule` : undefined}>
          {couponRuleText(rule)}
        </Text>
        <Text className='coupon-ticket__meta'>{scope}</Text>
        <Text className='coupon-ticket__meta'>{validity}</Text>
      </View>
      <View className='coupon-ticket__side'>{stamp ? <Text className='coupon-ticket__stamp'>{stamp}</Text> : action}</View>
    </View>
  );
}
