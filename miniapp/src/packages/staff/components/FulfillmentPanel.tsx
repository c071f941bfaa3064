import type { AddressView } from '@shop/shared';
import { Input, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { AddressForm } from '../../../lib/address-form';
import { EmptyState, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { fetchStores } from '../api/catalog';
import { fetchMemberAddresses } from '../api/customers';
import type { CounterState, CounterFulfillmentType } from '../lib/counter';
import { FULFILLMENT_LABELS } from '../lib/order-body';
import { PanelFailed } from '../../../components/PanelFailed';

const CHOICES: readonly { type: CounterFulfillmentType; hint: string }[] = [
  { type: 'carry_out', hint: '本店现货，付款后带走' },
  { type: 'pickup', hint: '付款后凭取货码到店取' },
  { type: 'delivery', hint: '快递或门店配送到家' },
];

const ADDRESS_FIELDS: readonly { key: Exclude<keyof AddressForm, 'isDefault'>; label: string; wide?: boolean }[] = [
  { key: 'recipientName', label: '收货人' },
  { key: 'phone', label: '手机号' },
  { key: 'province', label: '省份' },
  { key: 'city', label: '城市' },
  { key: 'district', label: '区县' },
  { key: 'detail', label: '详细地址（街道、门牌号）', wide: true },
];

/** Pickup stores: this store first, then the others that take pickups. */
function PickupStores({ ownStoreId, chosen, onChoose }: { ownStoreId: number; chosen: number | null; onChoose: (storeId: number) => void }) {
  // Quiet: the panel says why the stores could not be read, with a retry.
  const stores = useAsyncData(() => fetchStores({ quiet: true }), []);
  if (stores.loading) return <Skeleton rows={2} />;
  if (!stores.data) return <PanelFailed error={stores.error} onRetry={() => void stores.reload()} testId='pickup-stores-failed' />;
  const list = stores.data.filter((s) => s.pickupEnabled).sort((a, b) => Number(b.id === ownStoreId) - Number(a.id === ownStoreId));
  const current = chosen ?? ownStoreId;
  if (list.length === 0) return <EmptyState icon='store' title='暂无可自提的门店' description='请选择现场带走或送货上门' />;
  return (
    <View className='staff-choices staff-fulfil__extra' data-testid='pickup-stores'>
      {list.map((store) => (
        <View key={store.id} className={`staff-choice${store.id === current ? ' staff-choice--on' : ''}`} onClick={() => onChoose(store.id)} data-testid={`pickup-store-${store.id}`}>
          <Text>{store.name}</Text>
          <Text className='staff-choice__hint'>{store.id === ownStoreId ? '本店' : store.openingHours}</Text>
        </View>
      ))}
    </View>
  );
}

/** The delivery address typed on the tablet (a member's name and phone come prefilled). */
function AddressFields({ address, onChange }: { address: AddressForm; onChange: (change: Partial<AddressForm>) => void }) {
  return (
    <View className='staff-address' data-testid='delivery-address'>
      {ADDRESS_FIELDS.map((field) => (
        <Input
          key={field.key}
          className={`staff-input staff-address__field${field.wide ? ' staff-address__field--wide' : ''}`}
          placeholder={field.label}
          value={address[field.key]}
          onInput={(e) => onChange({ [field.key]: e.detail.value })}
          data-testid={`address-${field.key}`}
        />
      ))}
    </View>
  );
}

const NO_ADDRESSES: AddressView[] = [];

/**
 * Where a delivery goes: one of the member's saved addresses (their default chosen at first),
 * or an address typed on the tablet, which is all a guest or a member without addresses has.
 */
function DeliveryAddress({ counterToken, addressId, address, onAddressId, onAddress }: { counterToken: string | null; addressId: CounterState['addressId']; address: AddressForm; onAddressId: (id: number | 'manual') => void; onAddress: (change: Partial<AddressForm>) => void }) {
  const saved = useAsyncData(() => (counterToken === null ? Promise.resolve(NO_ADDRESSES) : fetchMemberAddresses(counterToken)), [counterToken]);
  const list = saved.data ?? NO_ADDRESSES;
  useEffect(() => {
    if (addressId === null && list.length > 0) onAddressId((list.find((a) => a.isDefault) ?? list[0]!).id);
    // Runs when the answer or the choice changes (onAddressId is a new function every render).
  }, [addressId, list]);
  if (counterToken !== null && saved.loading) return <Text className='staff-muted staff-fulfil__extra'>正在读取会员的收货地址…</Text>;
  if (list.length === 0) {
    return (
      <View className='staff-fulfil__extra'>
        {counterToken !== null ? <Text className='staff-muted'>{saved.error ? '会员地址读取失败，请填写收货地址' : '会员还没有保存收货地址，请填写'}</Text> : null}
        <AddressFields address={address} onChange={onAddress} />
      </View>
    );
  }
  return (
    <View className='staff-fulfil__extra'>
      <View className='staff-choices' data-testid='saved-addresses'>
        {list.map((a) => (
          <View key={a.id} className={`staff-choice staff-saved-address${addressId === a.id ? ' staff-choice--on' : ''}`} onClick={() => onAddressId(a.id)} data-testid={`saved-address-${a.id}`}>
            <Text>
              {a.recipientName} {a.phone}
              {a.isDefault ? '（默认）' : ''}
            </Text>
            <Text className='staff-choice__hint'>
              {a.province}
              {a.city === a.province ? '' : a.city}
              {a.district} {a.detail}
            </Text>
          </View>
        ))}
        <View className={`staff-choice${addressId === 'manual' ? ' staff-choice--on' : ''}`} onClick={() => onAddressId('manual')} data-testid='address-manual'>
          <Text>手动填写</Text>
          <Text className='staff-choice__hint'>送到其他地址</Text>
        </View>
      </View>
      {addressId === 'manual' ? <AddressFields address={address} onChange={onAddress} /> : null}
    </View>
  );
}

export interface FulfillmentPanelProps {
  state: Pick<CounterState, 'fulfillment' | 'pickupStoreId' | 'address' | 'addressId' | 'customer'>;
  ownStoreId: number;
  onFulfillment: (type: CounterFulfillmentType) => void;
  onPickupStore: (storeId: number) => void;
  onAddress: (change: Partial<AddressForm>) => void;
  onAddressId: (addressId: number | 'manual') => void;
}

/** 现场带走 / 到店自提 / 送货上门, with the pickup store or the delivery address. */
export function FulfillmentPanel({ state, ownStoreId, onFulfillment, onPickupStore, onAddress, onAddressId }: FulfillmentPanelProps) {
  const counterToken = state.customer?.kind === 'member' ? state.customer.session.token : null;
  return (
    <View className='staff-card' data-testid='fulfillment-panel'>
      <Text className='staff-title'>取货方式</Text>
      <View className='staff-choices'>
        {CHOICES.map((choice) => (
          <View key={choice.type} className={`staff-choice${state.fulfillment === choice.type ? ' staff-choice--on' : ''}`} onClick={() => onFulfillment(choice.type)} data-testid={`fulfillment-${choice.type}`}>
            <Text>{FULFILLMENT_LABELS[choice.type]}</Text>
            <Text className='staff-choice__hint'>{choice.hint}</Text>
          </View>
        ))}
      </View>
      {state.fulfillment === 'pickup' ? <PickupStores ownStoreId={ownStoreId} chosen={state.pickupStoreId} onChoose={onPickupStore} /> : null}
      {state.fulfillment === 'delivery' ? <DeliveryAddress counterToken={counterToken} addressId={state.addressId} address={state.address} onAddressId={onAddressId} onAddress={onAddress} /> : null}
    </View>
  );
}
