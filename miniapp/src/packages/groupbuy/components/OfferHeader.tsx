import { leaderUnitPrice, type GroupbuyGroupView, type GroupbuyOfferView, type ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { LazyImage, Price } from '../../../components';
import { price } from '../../../lib/format';
import { offerHeadline, type GroupRole } from '../lib/offer';
import './groupbuy.scss';

/** The product with its group price (the leader's own price when starting with a leader discount) and the single price struck. */
export function OfferHeader({ product, offer, role }: { product: ProductDetail; offer: GroupbuyOfferView | null; role: GroupRole }) {
  const headline = offer ? offerHeadline(offer, product) : null;
  const leaderPrice = headline && offer?.leaderDiscount && role === 'leader' ? leaderUnitPrice(headline.groupPrice, offer.leaderDiscount) : null;
  return (
    <View className='gb-header'>
      <LazyImage src={product.images[0] ?? null} className='gb-header__image' />
      <View className='gb-header__body'>
        <Text className='gb-header__title' data-testid='gb-product-title'>
          {product.title}
        </Text>
        {offer && headline ? (
          <View className='gb-header__prices'>
            <Text className='gb-tag'>{offer.groupSize}人团</Text>
            <Price fen={leaderPrice ?? headline.groupPrice} size='lg' label={leaderPrice !== null ? '团长价' : '拼团价'} testId='gb-unit-price' />
            <Price fen={headline.listPrice} size='sm' strike />
          </View>
        ) : null}
        {leaderPrice !== null && offer?.leaderDiscount && headline ? (
          <Text className='gb-header__note' data-testid='gb-leader-note'>
            拼团价 {price(headline.groupPrice)}，团长再减 {price(offer.leaderDiscount)}
          </Text>
        ) : null}
      </View>
    </View>
  );
}

/** The same header from the group's own facts: shown at once, before the product and its offer have loaded. */
export function GroupFactsHeader({ group }: { group: Pick<GroupbuyGroupView, 'productTitle' | 'productImage' | 'size' | 'groupPrice' | 'listPrice'> }) {
  return (
    <View className='gb-header' data-testid='gb-group-facts'>
      <LazyImage src={group.productImage} className='gb-header__image' />
      <View className='gb-header__body'>
        <Text className='gb-header__title' data-testid='gb-product-title'>
          {group.productTitle}
        </Text>
        <View className='gb-header__prices'>
          <Text className='gb-tag'>{group.size}人团</Text>
          <Price fen={group.groupPrice} size='lg' label='拼团价' testId='gb-unit-price' />
          {group.listPrice > group.groupPrice ? <Price fen={group.listPrice} size='sm' strike /> : null}
        </View>
      </View>
    </View>
  );
}
