import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro';
import { fetchRunningCampaigns } from '../../../api';
import { EmptyState, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { PAGES, openPage } from '../../../lib/routes';
import { CampaignCard } from '../../../pages/home/GroupbuySection';
import { GROUPBUY_PAGES } from '../routes';

/** As many running campaigns as the server lists at once (it keeps no more than that running in practice). */
const LISTED = 50;

/** 拼团: every running campaign, soonest ending first; each opens its product page to start or join a group. */
export default function GroupbuyListPage() {
  const campaigns = useAsyncData(() => fetchRunningCampaigns(LISTED), [], { reloadOnShow: true });
  usePullDownRefresh(() => void campaigns.reload().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({ title: '好物一起拼，人满即成团', path: GROUPBUY_PAGES.list }));

  if (campaigns.loading) return <Skeleton rows={6} />;
  if (!campaigns.data?.length) {
    return (
      <EmptyState
        icon='group'
        title={campaigns.error ? '拼团活动加载失败' : '暂时没有进行中的拼团'}
        description={campaigns.error ? '网络好像开小差了' : '新的拼团活动上线后会出现在这里'}
        actionText={campaigns.error ? '重新加载' : '去首页逛逛'}
        onAction={() => (campaigns.error ? void campaigns.reload() : openPage(PAGES.home))}
        testId='groupbuy-list-empty'
      />
    );
  }
  return (
    <View className='home-gb home-gb--page' data-testid='groupbuy-list'>
      {campaigns.data.map((card) => (
        <CampaignCard key={card.campaignId} card={card} testId={`groupbuy-list-${card.campaignId}`} />
      ))}
    </View>
  );
}
