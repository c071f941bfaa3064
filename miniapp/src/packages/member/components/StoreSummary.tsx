import { Text, View } from '@tarojs/components';
import type { StoreView } from '@shop/shared';
import { formatDistance } from '../../../lib/format';
import { fullAddress, isOpenNow } from '../lib/stores';
import './StoreSummary.scss';

/** Name, open/closed, hours, address and distance of a store. */
export function StoreSummary({ store }: { store: StoreView }) {
  const open = isOpenNow(store.openingHours);
  return (
    <View className='store-summary'>
      <View className='store-summary__head'>
        <Text className='store-summary__name'>{store.name}</Text>
        {store.distanceMeters !== undefined ? (
          <Text className='store-summary__distance' data-testid={`store-distance-${store.id}`}>
            {formatDistance(store.distanceMeters)}
          </Text>
        ) : null}
      </View>
      <View className='store-summary__hours'>
        {open !== null ? <Text className={`store-summary__status${open ? ' store-summary__status--open' : ''}`}>{open ? '营业中' : '已打烊'}</Text> : null}
        <Text>营业时间 {store.openingHours}</Text>
      </View>
      <Text className='store-summary__address'>{fullAddress(store)}</Text>
    </View>
  );
}
