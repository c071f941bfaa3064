import type { ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { fetchProductGroupbuy } from '../../../api';
import { Price } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { price } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { formTimeText } from '../../../lib/countdown';
import { offerHeadline } from '../lib/offer';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';
import { OpenGroupRow } from './OpenGroupRow';
import './GroupbuyOffer.scss';

const GROUPS_SHOWN = 2;

/**
 * The product page's group-buy block: each running campaign with its group price beside the
 * single price and 发起拼团, then the groups others started that one can join now. Nothing when
 * the product has no campaign (or the call fails: the product page works without it).
 */
export function GroupbuyOffer({ product }: { product: ProductDetail }) {
  const answer = useAsyncData(() => fetchProductGroupbuy(product.id, { quiet: true }), [product.id]);
  // Mounted after the product loaded, so each show is a return to the page (a group may have filled meanwhile).
  useDidShow(() => void answer.reload());
  const [allGroups, setAllGroups] = useState(false);
  if (!answer.data) return null;
  const offers = answer.data.offers.flatMap((offer) => {
    const headline = offerHeadline(offer, product);
    return headline ? [{ offer, headline }] : [];
  });
  const groups = answer.data.openGroups;
  if (offers.length === 0 && groups.length === 0) return null;
  const shown = allGroups ? groups : groups.slice(0, GROUPS_SHOWN);

  return (
    <View className='gb-offer' data-testid='groupbuy-offer'>
      {offers.map(({ offer, headline }) => (
        <View key={offer.campaignId} className='gb-offer__campaign' data-testid={`groupbuy-campaign-${offer.campaignId}`}>
          <View className='gb-offer__prices'>
            <Text className='gb-tag'>{offer.groupSize}人团</Text>
            <Price fen={headline.groupPrice} size='lg' testId={`groupbuy-price-${offer.campaignId}`} />
            <Text className='gb-offer__single'>单买 {price(headline.listPrice)}</Text>
          </View>
          <View className='gb-offer__foot'>
            <Text className='gb-offer__hint'>
              {offer.leaderDiscount ? `团长再减 ${price(offer.leaderDiscount)} · ` : ''}
              {offer.newMembersOnly ? '仅限新用户参团 · ' : ''}
              {formTimeText(offer.formMinutes)}内成团
            </Text>
            <Text className='gb-pill' onClick={() => openPage(GROUPBUY_PAGES.start, { campaignId: offer.campaignId, productId: product.id })} data-testid={`groupbuy-start-${offer.campaignId}`}>
              发起拼团
            </Text>
          </View>
        </View>
      ))}
      {groups.length > 0 ? (
        <View className='gb-offer__groups'>
          <Text className='gb-offer__groups-title'>{groups.length} 个团正在拼，可直接参与</Text>
          {shown.map((group) => (
            <OpenGroupRow key={group.id} group={group} />
          ))}
          {groups.length > GROUPS_SHOWN && !allGroups ? (
            <Text className='gb-offer__more' onClick={() => setAllGroups(true)}>
              查看全部 ›
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
