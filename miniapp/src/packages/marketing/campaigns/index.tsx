import { Text, View } from '@tarojs/components';
import { formatFen, type GroupbuyCampaignView } from '@shop/shared';
import { useState } from 'react';
import { Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { toastSuccess } from '../../../lib/toast';
import { fetchCampaigns, fetchCampaignStats, setCampaignStatus } from '../api/campaigns';
import { PanelFailed } from '../../../components/PanelFailed';
import { marketingPage } from '../components/MarketingShell';
import { PromotionList } from '../components/PromotionList';
import { StatFigures } from '../components/StatFigures';
import { StatusBadge, StatusMoves } from '../components/StatusMoves';
import { campaignFacts, campaignStatFigures } from '../lib/campaign-text';
import { MARKETING_PAGES } from '../routes';

/** The campaign's numbers; should they fail, the card says so with a retry and stays usable. */
function CampaignStats({ id }: { id: number }) {
  const stats = useAsyncData(() => fetchCampaignStats(id), [id]);
  if (stats.loading) return <Skeleton rows={1} />;
  if (!stats.data) return <PanelFailed error={stats.error} onRetry={() => void stats.reload()} testId={`campaign-stats-${id}-failed`} />;
  return <StatFigures figures={campaignStatFigures(stats.data)} testId={`campaign-stats-${id}`} />;
}

function CampaignCard({ initial }: { initial: GroupbuyCampaignView }) {
  const [campaign, setCampaign] = useState(initial);
  return (
    <View className='staff-list-row' data-testid={`campaign-${campaign.id}`}>
      <View className='staff-grow'>
        <View className='staff-row'>
          <Text className='staff-title' data-testid='campaign-name'>{campaign.name}</Text>
          <StatusBadge status={campaign.status} testId={`campaign-status-${campaign.id}`} />
        </View>
        <Text className='staff-muted'>{campaign.productTitle}</Text>
        <View className='mk-facts'>
          {campaignFacts(campaign).map((fact) => (
            <Text key={fact}>{fact}</Text>
          ))}
        </View>
        {campaign.skus.map((sku) => (
          <View key={sku.skuId} className='mk-sku'>
            <Text className='mk-sku__name'>{sku.specText || `规格 #${sku.skuId}`}</Text>
            <Text className='staff-muted'>原价 {formatFen(sku.listPrice)}</Text>
            <Text>拼团价 {formatFen(sku.groupPrice)}</Text>
            <Text className='staff-muted'>
              已售 {sku.sold} / {sku.stockCap}
            </Text>
          </View>
        ))}
        {campaign.status === 'draft' ? null : <CampaignStats id={campaign.id} />}
        <StatusMoves
          name={campaign.name}
          status={campaign.status}
          testId={`campaign-${campaign.id}-move`}
          onMove={async (target) => {
            setCampaign(await setCampaignStatus(campaign.id, target));
            toastSuccess('已更新');
          }}
        />
      </View>
    </View>
  );
}

/** 拼团活动: every campaign with its SKUs, numbers and status actions; new ones from the button. */
function CampaignsDesk() {
  return (
    <PromotionList noun='拼团活动' testId='campaign' newPage={MARKETING_PAGES.campaignNew} empty={{ icon: 'group', description: '新建一个活动，选择商品和拼团价即可上线' }} load={fetchCampaigns}>
      {(campaign: GroupbuyCampaignView) => <CampaignCard initial={campaign} />}
    </PromotionList>
  );
}

export default marketingPage('campaigns', CampaignsDesk);
