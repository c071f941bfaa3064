import { ScrollView, Text, View } from '@tarojs/components';
import { Icon, Price } from '.';
import type { CouponRow } from '../lib/checkout';
import { formatDateTime } from '../lib/format';
import { couponFace, couponThresholdText, type CouponRule } from '../lib/coupon-rules';
import './CouponSheet.scss';

export interface CouponSheetProps {
  usable: CouponRow[];
  unusable: CouponRow[];
  onTap: (couponId: number) => void;
  onNone: () => void;
  onBest: () => void;
  onClose: () => void;
}

/** The rule fields as the coupon texts (shared with 我的优惠券) take them. */
function ruleOf(coupon: CouponRow['coupon']): CouponRule {
  return { kind: coupon.kind, value: coupon.value, threshold: coupon.threshold ?? null, repeat: coupon.repeat ?? false, cap: coupon.cap ?? null };
}

function CouponCard({ row, onTap }: { row: CouponRow; onTap?: () => void }) {
  return (
    <View className={`coupon-card${row.applicable ? '' : ' coupon-card--off'}${row.selected ? ' coupon-card--selected' : ''}`} onClick={onTap} data-testid={`coupon-${row.coupon.id}`}>
      <View className='coupon-card__face'>
        <Text className='coupon-card__value'>{couponFace(ruleOf(row.coupon))}</Text>
        <Text className='coupon-card__condition'>{couponThresholdText(ruleOf(row.coupon))}</Text>
      </View>
      <View className='coupon-card__body'>
        <Text className='coupon-card__name'>{row.coupon.name}</Text>
        <Text className='coupon-card__valid'>{formatDateTime(row.coupon.validUntil)} 前有效</Text>
        {row.applicable && row.discount !== null ? (
          <View className='coupon-card__saving'>
            本单可省 <Price fen={row.discount} size='sm' />
          </View>
        ) : null}
        {row.reason ? <Text className='coupon-card__reason'>{row.reason}</Text> : null}
      </View>
      {row.applicable ? <View className={`coupon-card__check${row.selected ? ' coupon-card__check--on' : ''}`}>{row.selected ? <Icon name='check' size={28} color='#fff' strokeWidth={2.5} /> : null}</View> : null}
    </View>
  );
}

/** Choose coupons: usable ones (tap to use or drop), unusable ones with the server's reason. */
export function CouponSheet({ usable, unusable, onTap, onNone, onBest, onClose }: CouponSheetProps) {
  return (
    <View className='coupon-sheet' data-testid='coupon-sheet'>
      <View className='coupon-sheet__mask' onClick={onClose} />
      <View className='coupon-sheet__panel'>
        <View className='coupon-sheet__head'>
          <Text className='coupon-sheet__title'>选择优惠券</Text>
          <Text className='coupon-sheet__link' onClick={onBest}>
            推荐最优
          </Text>
        </View>
        <ScrollView scrollY className='coupon-sheet__list'>
          <Text className='coupon-sheet__group'>可用优惠券（{usable.length}）</Text>
          {usable.length === 0 ? <Text className='coupon-sheet__empty'>暂无可用优惠券</Text> : null}
          {usable.map((row) => (
            <CouponCard key={row.coupon.id} row={row} onTap={() => onTap(row.coupon.id)} />
          ))}
          {unusable.length ? <Text className='coupon-sheet__group'>不可用优惠券（{unusable.length}）</Text> : null}
          {unusable.map((row) => (
            <CouponCard key={row.coupon.id} row={row} />
          ))}
        </ScrollView>
        <View className='coupon-sheet__foot'>
          <View className='coupon-sheet__none' onClick={onNone} data-testid='coupon-none'>
            不使用优惠券
          </View>
          <View className='coupon-sheet__done' onClick={onClose} data-testid='coupon-done'>
            完成
          </View>
        </View>
      </View>
    </View>
  );
}
