import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { CouponInstanceView } from '@shop/shared';
import { useState } from 'react';
import { fetchMyCoupons, type MyCouponFilter } from '../../../api';
import { Tabs } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { openPage } from '../../../lib/routes';
import { CouponTicket } from '../components/CouponTicket';
import { PagedList } from '../../../components/PagedList';
import { useCategoryNames } from '../hooks/useCategoryNames';
import { useListPage } from '../../../hooks/useListPage';
import { couponScopeText, expiresSoon, instanceValidityText } from '../../../lib/coupon-rules';
import { couponTarget } from '../lib/coupon-target';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import { RedeemBar } from './RedeemBar';
import { MY_COUPON_TABS, tabFromQuery } from './tabs';
import './index.scss';

const couponKey = (coupon: CouponInstanceView) => coupon.id;

const EMPTY_TEXT: Record<MyCouponFilter, string> = { usable: '暂无可用优惠券', used: '还没有用过优惠券', expired: '没有过期的优惠券' };

function stampOf(coupon: CouponInstanceView, tab: MyCouponFilter): string | undefined {
  if (tab === 'used') return '已使用';
  if (tab === 'expired') return coupon.status === 'revoked' ? '已失效' : '已过期';
  return undefined;
}

/** 我的优惠券: usable / used / expired, and a redeem code entry. */
export default function MyCouponsPage() {
  const { params } = useRouter();
  const [tab, setTab] = useState<MyCouponFilter>(() => tabFromQuery(params.tab));
  const list = useCursorList((cursor) => fetchMyCoupons(tab, cursor, 20, { quiet: true }), couponKey, [tab]);
  useListPage(list);
  const categoryNames = useCategoryNames(list.items.map((coupon) => coupon.scope));

  const use = (coupon: CouponInstanceView) => {
    const target = couponTarget(coupon.scope);
    openPage(target.path, target.params);
  };

  const action = (coupon: CouponInstanceView) =>
    coupon.status === 'locked' ? (
      <Text className='my-coupons__locked'>待支付订单使用中</Text>
    ) : (
      <Button className='coupon-ticket__button' onClick={() => use(coupon)} data-testid={`use-${coupon.id}`}>
        去使用
      </Button>
    );

  return (
    <View className='my-coupons'>
      <RedeemBar
        onRedeemed={() => {
          if (tab === 'usable') void list.refresh();
          else setTab('usable');
        }}
      />
      <Tabs items={MY_COUPON_TABS} active={tab} onChange={setTab} testId='coupon-tabs' />
      <PagedList
        list={list}
        testId='my-coupon-list'
        empty={{ icon: 'coupon', title: EMPTY_TEXT[tab], description: '领券中心每天都有新券', actionText: '去领券', onAction: () => openPage(MEMBER_PAGES.couponCentre) }}
      >
        {list.items.map((coupon) => (
          <CouponTicket
            key={coupon.id}
            testId={`my-coupon-${coupon.id}`}
            rule={coupon}
            name={coupon.name}
            scope={couponScopeText(coupon.scope, coupon.excludeProductIds.length, categoryNames)}
            validity={instanceValidityText(coupon.validUntil)}
            badge={tab === 'usable' && expiresSoon(coupon.validUntil) ? '即将过期' : null}
            stamp={stampOf(coupon, tab)}
            action={action(coupon)}
          />
        ))}
      </PagedList>
      <View className='my-coupons__more' onClick={() => openPage(MEMBER_PAGES.couponCentre)}>
        去领券中心领更多 ›
      </View>
    </View>
  );
}
