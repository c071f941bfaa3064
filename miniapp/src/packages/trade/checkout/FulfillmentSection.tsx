import type { AddressView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { SectionRetry, Skeleton } from '../../../components';
import type { FulfillmentChoice } from '../../../lib/checkout';
import { formatDistance } from '../../../lib/format';
import { AddressText } from '../shared/AddressText';
import { STOCK_LEVEL_TEXT, type PickupStoreRow } from '../../../lib/store-stock';

export interface FulfillmentSectionProps {
  fulfillment: FulfillmentChoice;
  address: AddressView | null;
  stores: PickupStoreRow[];
  /** The store list is still loading, or could not be loaded. */
  storesState: 'loading' | 'failed' | 'ready';
  onRetryStores: () => void;
  storeId: number | null;
  /** The addresses could not be loaded: a retry instead of "添加收货地址" (the member may have some). */
  addressFailed?: boolean;
  onRetryAddress?: () => void;
  onFulfillment: (choice: FulfillmentChoice) => void;
  onPickAddress: () => void;
  onStore: (storeId: number) => void;
}

/** 快递配送 with the delivery address, or 到店自提 with the stores (hours, distance, stock). */
export function FulfillmentSection({ fulfillment, address, stores, storesState, onRetryStores, storeId, addressFailed = false, onRetryAddress, onFulfillment, onPickAddress, onStore }: FulfillmentSectionProps) {
  return (
    <View className='trade-card'>
      <View className='checkout__switch'>
        {(['delivery', 'pickup'] as const).map((choice) => (
          <Text key={choice} className={`checkout__switch-item${fulfillment === choice ? ' checkout__switch-item--on' : ''}`} onClick={() => onFulfillment(choice)} data-testid={`fulfillment-${choice}`}>
            {choice === 'delivery' ? '快递配送' : '到店自提'}
          </Text>
        ))}
      </View>
      {fulfillment === 'delivery' && addressFailed && onRetryAddress ? (
        <SectionRetry text='收货地址加载失败' onRetry={onRetryAddress} testId='checkout-address-failed' />
      ) : fulfillment === 'delivery' ? (
        <View className='checkout__address' onClick={onPickAddress} data-testid='checkout-address'>
          {address ? (
            <AddressText address={address} />
          ) : (
            <Text className='checkout__address-empty'>＋ 添加收货地址</Text>
          )}
          <Text className='checkout__more'>›</Text>
        </View>
      ) : (
        <View data-testid='pickup-stores'>
          {storesState === 'loading' ? <Skeleton rows={2} /> : null}
          {storesState === 'failed' ? <SectionRetry text='门店加载失败' onRetry={onRetryStores} testId='pickup-stores-failed' /> : null}
          {storesState === 'ready' && stores.length === 0 ? <Text className='checkout__hint'>暂无可自提的门店</Text> : null}
          {stores.map(({ store, level }) => (
            <View key={store.id} className={`checkout__store${store.id === storeId ? ' checkout__store--on' : ''}${level === 'none' ? ' checkout__store--off' : ''}`} onClick={() => onStore(store.id)} data-testid={`store-${store.id}`}>
              <View className='checkout__store-head'>
                <Text className='checkout__store-name'>{store.name}</Text>
                <Text className={`checkout__stock checkout__stock--${level}`}>{STOCK_LEVEL_TEXT[level]}</Text>
              </View>
              <Text className='checkout__store-line'>{store.address}</Text>
              <Text className='checkout__store-line'>
                营业时间 {store.openingHours}
                {store.distanceMeters !== undefined ? ` · 距你 ${formatDistance(store.distanceMeters)}` : ''}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
