import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { FailedState, SectionRetry, Skeleton } from '../../../components';
import { assetUrl } from '../../../lib/config';
import { goToLogin } from '../../../lib/login-redirect';
import { PAGES, idParam, openPage } from '../../../lib/routes';
import { isSignedIn } from '../../../lib/session';
import { GroupCountdown } from '../components/GroupCountdown';
import { GroupFactsHeader, OfferHeader } from '../components/OfferHeader';
import { SeatAvatars } from '../components/SeatAvatars';
import { groupPageState, mySeatText } from '../lib/group-state';
import { offerHeadline, offerOpen } from '../lib/offer';
import { payThenShowGroup } from '../lib/pay';
import { shareTitle } from '../lib/share';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';
import { GroupActions } from './GroupActions';
import { JoinSheet } from './JoinSheet';
import { useGroupPage } from './useGroupPage';
import './index.scss';

/**
 * 拼团: the page a share card opens. Members and empty seats, time left, and what the viewer can
 * do: pay their seat, invite friends, join, or start a group of their own; after the end, the
 * outcome (with the refund on failure).
 */
export default function GroupPage() {
  const { params } = useRouter();
  const groupId = idParam(params.id);
  const page = useGroupPage(groupId, idParam(params.orderId));
  const [joining, setJoining] = useState(false);
  const { group, product, mine } = page;
  const offer = page.groupbuy?.offers.find((o) => o.campaignId === group?.campaignId) ?? null;
  const unitPrice = offer && product ? (offerHeadline(offer, product)?.groupPrice ?? null) : null;

  usePullDownRefresh(() => void page.reload().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => {
    // The group carries its product's title, image and price, so sharing works before the product has loaded.
    const image = product?.images[0] ?? group?.productImage ?? null;
    return {
      title: group ? shareTitle(group, product?.title ?? group.productTitle, unitPrice ?? group.groupPrice) : '一起拼团更优惠',
      path: `${GROUPBUY_PAGES.group}?id=${groupId ?? ''}`,
      imageUrl: image ? assetUrl(image) : undefined,
    };
  });

  if (page.loading) return <Skeleton rows={6} avatar />;
  if (!group) {
    return (
      // group-missing: the page's own name for "no group here", kept for the tests that look for it.
      <View data-testid='group-missing'>
        <FailedState error={page.error} onRetry={() => void page.reload()} notFound={{ icon: 'group', title: '拼团不存在', description: '去看看正在进行的拼团吧', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home) }} />
      </View>
    );
  }

  // Until the campaign is known the buttons wait (a skeleton), so no "活动已结束" flashes by.
  const state = groupPageState({ group, mine, order: page.order, offerOpen: product ? offerOpen(offer, product) : true });
  const payDeadline = state.actions[0] === 'pay' ? (page.order?.payDeadline ?? null) : null;
  const seatText = mySeatText(mine, group);
  const on = {
    pay: async () => (mine ? payThenShowGroup({ id: mine.orderId, status: 'pending_payment' }, group.id) : undefined),
    join: async () => (isSignedIn() ? setJoining(true) : goToLogin(undefined, { replace: true })),
    start_new: async () => openPage(GROUPBUY_PAGES.start, { campaignId: group.campaignId, productId: group.productId }),
    view_order: async () => (mine ? openPage(PAGES.order, { id: mine.orderId }) : undefined),
    browse: async () => openPage(PAGES.product, { id: group.productId }),
  };

  return (
    <View className='gb-group'>
      {product ? <OfferHeader product={product} offer={offer} role='member' /> : <GroupFactsHeader group={group} />}
      <View className={`gb-group__card gb-group__card--${state.tone}`} data-testid='group-card'>
        {seatText ? (
          <Text className='gb-group__mine' data-testid='my-seat'>
            {seatText}
          </Text>
        ) : null}
        <Text className='gb-group__title' data-testid='group-title'>
          {state.title}
        </Text>
        <Text className='gb-group__note' data-testid='group-note'>
          {state.note}
        </Text>
        {payDeadline ? <GroupCountdown expiresAt={payDeadline} prefix='支付剩余' testId='pay-countdown' /> : group.status === 'open' ? <GroupCountdown expiresAt={group.expiresAt} /> : null}
        <SeatAvatars group={group} />
        {page.confirmingPayment ? (
          <Text className='gb-group__confirming' data-testid='group-confirming'>
            正在确认支付结果…
          </Text>
        ) : null}
        {product ? <GroupActions groupId={group.id} actions={state.actions} on={on} /> : page.catalogFailed ? <SectionRetry text='拼团信息加载失败' onRetry={() => void page.reload()} testId='group-actions-failed' /> : <Skeleton rows={1} />}
      </View>
      <View className='gb-group__rules'>
        <Text className='gb-group__rules-title'>拼团须知</Text>
        <Text className='gb-group__rule'>· {group.size} 人成团，人满后订单进入发货或备货</Text>
        <Text className='gb-group__rule'>· 到时未成团，已付款项自动全额原路退回</Text>
        {offer?.newMembersOnly ? <Text className='gb-group__rule'>· 本团仅限新用户（从未下过单）参加</Text> : null}
        <Text className='gb-group__rule'>· 拼团商品不可使用优惠券和积分</Text>
      </View>
      {joining && product && offer ? <JoinSheet groupId={group.id} product={product} offer={offer} onClose={() => setJoining(false)} /> : null}
    </View>
  );
}
