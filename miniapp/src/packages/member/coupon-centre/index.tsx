import { Text, View } from '@tarojs/components';
import type { ClaimableCouponView } from '@shop/shared';
import { useCallback, useState } from 'react';
import { ApiError, claimCoupon, fetchClaimableCoupons } from '../../../api';
import { useCursorList } from '../../../hooks/useCursorList';
import { PAGES, openPage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { CouponTicket } from '../components/CouponTicket';
import { PagedList } from '../../../components/PagedList';
import { useCategoryNames } from '../hooks/useCategoryNames';
import { useListPage } from '../../../hooks/useListPage';
import { afterClaim, afterClaimFailure, scarcityText, ticketState, type ClaimRecord } from '../lib/claim-state';
import { couponScopeText, templateValidityText } from '../../../lib/coupon-rules';
import { couponTarget } from '../lib/coupon-target';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import { ClaimButton } from './ClaimButton';
import './index.scss';

const templateKey = (coupon: ClaimableCouponView) => coupon.templateId;

/** 领券中心: the templates this member may claim, one tap each. */
export default function CouponCentrePage() {
  const list = useCursorList((cursor) => fetchClaimableCoupons(cursor, 20, { quiet: true }), templateKey, []);
  useListPage(list);
  const categoryNames = useCategoryNames(list.items.map((coupon) => coupon.scope));
  const [records, setRecords] = useState<ReadonlyMap<number, ClaimRecord>>(new Map());

  const mark = useCallback((templateId: number, next: (record?: ClaimRecord) => ClaimRecord) => {
    setRecords((current) => new Map(current).set(templateId, next(current.get(templateId))));
  }, []);

  const claim = async (coupon: ClaimableCouponView) => {
    try {
      await claimCoupon(coupon.templateId);
      mark(coupon.templateId, afterClaim);
      toastSuccess('领取成功');
    } catch (error) {
      if (error instanceof ApiError) mark(coupon.templateId, (record) => afterClaimFailure(record, error));
    }
  };

  const use = (coupon: ClaimableCouponView) => {
    const target = couponTarget(coupon.scope);
    openPage(target.path, target.params);
  };

  return (
    <View className='coupon-centre'>
      <View className='coupon-centre__banner'>
        <Text className='coupon-centre__title'>领券中心</Text>
        <Text className='coupon-centre__subtitle'>先领券，再下单，好物更划算</Text>
        <Text className='coupon-centre__mine' onClick={() => openPage(MEMBER_PAGES.coupons)} data-testid='coupon-centre-mine'>
          我的优惠券 ›
        </Text>
      </View>
      <PagedList
        list={list}
        testId='claimable-list'
        empty={{ icon: 'coupon', title: '暂时没有可领的券', description: '新券上线会第一时间出现在这里', actionText: '去逛逛', onAction: () => openPage(PAGES.home) }}
      >
        {list.items.map((coupon) => {
          const record = records.get(coupon.templateId);
          const state = ticketState(coupon, record);
          return (
            <CouponTicket
              key={coupon.templateId}
              testId={`claimable-${coupon.templateId}`}
              rule={coupon}
              name={coupon.name}
              scope={couponScopeText(coupon.scope, 0, categoryNames)}
              validity={templateValidityText(coupon.validity)}
              badge={state === 'open' ? scarcityText(coupon.remaining - (record?.claimed ?? 0)) : null}
              action={<ClaimButton state={state} claimedBefore={(record?.claimed ?? 0) > 0} onClaim={() => claim(coupon)} onUse={() => use(coupon)} testId={`claim-${coupon.templateId}`} />}
            />
          );
        })}
      </PagedList>
    </View>
  );
}
