import type { GroupbuyCampaignCard } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { LazyImage, Price } from '.';
import { endsInText, groupSaving } from '../lib/home-content';
import { price } from '../lib/format';
import { PAGES, openPage } from '../lib/routes';
import { GROUPBUY_PAGES } from '../lib/groupbuy-routes';
import './GroupbuySection.scss';

/**
 * 拼团: running campaigns, each opening its product page (the group offer, 发起拼团 and the
 * groups one can join are there); 全部 › opens the 拼团 list when there are more than shown.
 * Nothing is drawn while there are none.
 */
export function GroupbuySection({ campaigns, more }: { campaigns: readonly GroupbuyCampaignCard[]; more: boolean }) {
  if (campaigns.length === 0) return null;
  return (
    <View className='home-gb' data-testid='home-groupbuy'>
      <View className='home-gb__head'>
        <Text className='home-gb__title'>拼团</Text>
        <Text className='home-gb__subtitle'>好物一起拼 · 不成团自动退款</Text>
        {more ? (
          <Text className='home-gb__more' data-testid='home-groupbuy-more' onClick={() => openPage(GROUPBUY_PAGES.list)}>
            全部 ›
          </Text>
        ) : null}
      </View>
      {campaigns.map((card) => (
        <CampaignCard key={card.campaignId} card={card} testId={`home-groupbuy-${card.campaignId}`} />
      ))}
    </View>
  );
}

/** One running campaign: product, group size, group price against the list price, time left; opens the product page. */
export function CampaignCard({ card, testId }: { card: GroupbuyCampaignCard; testId: string }) {
  const saving = groupSaving(card);
  return (
    <View className='home-gb__card' data-testid={testId} onClick={() => openPage(PAGES.product, { id: card.productId })}>
      <LazyImage src={card.productImage} className='home-gb__image' />
      <View className='home-gb__body'>
        <Text className='home-gb__product'>{card.productTitle}</Text>
        <View className='home-gb__prices'>
          <Text className='home-gb__size'>{card.groupSize}人团</Text>
          <Price fen={card.groupPrice} size='md' testId={`${testId}-price`} />
          <Price fen={card.listPrice} size='sm' strike />
        </View>
        <View className='home-gb__foot'>
          <Text className='home-gb__ends'>{saving !== null ? `省${price(saving)} · ` : ''}{endsInText(card.endsAt)}</Text>
          <Text className='home-gb__go'>去开团</Text>
        </View>
      </View>
    </View>
  );
}
