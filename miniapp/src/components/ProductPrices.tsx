import { View } from '@tarojs/components';
import { Price } from './Price';

/** A list price with the member price beside it when a member pays less. */
export function ProductPrices({ price, memberPrice, size = 'md' }: { price: number; memberPrice: number | null; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <View className='product-prices' style={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: '6px' }}>
      <Price fen={price} size={size} />
      {memberPrice !== null && memberPrice < price ? <Price fen={memberPrice} size='sm' label='会员价' /> : null}
    </View>
  );
}
