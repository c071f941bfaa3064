import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro';
import { fetchRunningCampaigns } from '../../../api';
import { AsyncView, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { PAGES, openPage } from '../../../lib/routes';
import { CampaignCard } from '../../../components/GroupbuySection';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';

/** As many running campaigns as the server lists at once (it keeps no more than that running in practice). */
const LISTED = 50;

/** 拼团: every running campaign, soonest ending first; each opens its product page to start or join a group. */
export default function GroupbuyListPage() {
  const campaigns = useAsyncData(() => fetchRunningCampaigns(LISTED), [], { reloadOnShow: true });
  usePullDownRefresh(() => void campaigns.reload().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({ title: '好物一起拼，人满即成团', path: GROUPBUY_PAGES.list }));

  return (
    <AsyncView
      state={campaigns}
      skeleton={<Skeleton rows={6} />}
      isEmpty={(list) => list.length === 0}
      empty={{ icon: 'group', title: '暂时没有进行中的拼团', description: '新的拼团活动上线后会出现在这里', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home), testId: 'groupbuy-list-empty' }}
    >
      {(list) => (
        <View className='home-gb home-gb--page' data-testid='groupbuy-list'>
          {list.map((card) => (
            <CampaignCard key={card.campaignId} card={card} testId={`groupbuy-list-${card.campaignId}`} />
          ))}
        </View>
      )}
    </AsyncView>
  );
}
