import type { StaffCouponView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Skeleton, SubmitButton } from '../../../components';
import { errorText } from '../../../api/errors';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { toast, toastSuccess } from '../../../lib/toast';
import { fetchStaffCoupons, grantStaffCoupon } from '../api/coupons';
import { afterGrant, handoutLimitsText, handoutRuleText, quotaText } from '../lib/coupon-grant';
import { PanelFailed } from '../../../components/PanelFailed';

export interface CouponGrantPanelProps {
  /** The identified member's counter session (`CounterCustomerView.session.token`): the server grants to its member. */
  counterToken: string;
  /** The member's nickname, to say whom a coupon went to. */
  nickname: string;
}

/** What the last 发券 tap came to, shown under that coupon. */
interface Outcome {
  templateId: number;
  ok: boolean;
  text: string;
}

/**
 * 门店发券: the coupons marketing opened for staff handout, with today's quota left, and a 发券
 * button for each that hands one to the member at the counter. The server's answer is the word:
 * a refusal (quota used up, member already has it, sold out, session expired) is toasted and
 * stays written under the coupon.
 */
export function CouponGrantPanel({ counterToken, nickname }: CouponGrantPanelProps) {
  // Read again for each member: the quota and what is left may have moved since.
  const coupons = useAsyncData(fetchStaffCoupons, [counterToken]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => setOutcome(null), [counterToken]);

  const grant = async (coupon: StaffCouponView) => {
    try {
      const answer = await grantStaffCoupon(counterToken, coupon.templateId);
      if (coupons.data) coupons.setData(afterGrant(coupons.data, coupon.templateId, answer.quota));
      setOutcome({ templateId: coupon.templateId, ok: true, text: `已发给 ${nickname}：${coupon.name}` });
      toastSuccess('发券成功');
    } catch (error) {
      const text = errorText(error);
      setOutcome({ templateId: coupon.templateId, ok: false, text });
      toast(text);
      // A refusal may mean the numbers moved (sold out, quota used elsewhere): show them as they are.
      void coupons.reload();
    }
  };

  const view = coupons.data;
  return (
    <View className='staff-card' data-testid='coupon-grant-panel'>
      <View className='staff-row staff-row--between'>
        <Text className='staff-title'>门店发券</Text>
        {view ? (
          <Text className='staff-muted' data-testid='coupon-grant-quota'>
            {quotaText(view.quota)}
          </Text>
        ) : null}
      </View>
      <Text className='staff-muted'>发给已验证会员 {nickname}</Text>
      {coupons.loading ? (
        <Skeleton rows={2} />
      ) : !view ? (
        <PanelFailed error={coupons.error} onRetry={() => void coupons.reload()} testId='coupon-grant-load-error' />
      ) : view.items.length === 0 ? (
        <Text className='staff-muted' data-testid='coupon-grant-empty'>
          暂无可在门店发放的优惠券
        </Text>
      ) : (
        view.items.map((coupon) => (
          <View key={coupon.templateId} className='staff-list-row' data-testid={`coupon-grant-${coupon.templateId}`}>
            <View className='staff-grow'>
              <Text className='staff-customer__name' data-testid={`coupon-grant-name-${coupon.templateId}`}>
                {coupon.name}
              </Text>
              <View>
                <Text data-testid={`coupon-grant-rule-${coupon.templateId}`}>{handoutRuleText(coupon)}</Text>
              </View>
              <Text className='staff-muted' data-testid={`coupon-grant-limits-${coupon.templateId}`}>
                {handoutLimitsText(coupon)}
              </Text>
              {outcome?.templateId === coupon.templateId ? (
                <Text className={outcome.ok ? 'staff-muted' : 'staff-error'} data-testid={`coupon-grant-result-${coupon.templateId}`}>
                  {outcome.text}
                </Text>
              ) : null}
            </View>
            <SubmitButton onSubmit={() => grant(coupon)} disabled={view.quota.remaining === 0 || coupon.remaining === 0} busyText='发券中…' testId={`coupon-grant-submit-${coupon.templateId}`}>
              发券
            </SubmitButton>
          </View>
        ))
      )}
    </View>
  );
}
