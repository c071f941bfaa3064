import { Input, Text, View } from '@tarojs/components';
import type { AddressForm } from '../../../lib/address-form';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { fetchStores } from '../api/catalog';
import type { CounterState, FulfilmentType } from '../lib/counter';
import { FULFILMENT_LABELS } from '../lib/order-body';

const CHOICES: readonly { type: FulfilmentType; hint: string }[] = [
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
  const stores = useAsyncData(fetchStores, []);
  const list = (stores.data ?? []).filter((s) => s.pickupEnabled).sort((a, b) => Number(b.id === ownStoreId) - Number(a.id === ownStoreId));
  const current = chosen ?? ownStoreId;
  if (stores.loading) return <Text className='staff-muted'>正在加载门店…</Text>;
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
    <View className='staff-address staff-fulfil__extra' data-testid='delivery-address'>
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

export interface FulfilmentPanelProps {
  state: Pick<CounterState, 'fulfilment' | 'pickupStoreId' | 'address'>;
  ownStoreId: number;
  onFulfilment: (type: FulfilmentType) => void;
  onPickupStore: (storeId: number) => void;
  onAddress: (change: Partial<AddressForm>) => void;
}

/** 现场带走 / 到店自提 / 送货上门, with the pickup store or the delivery address. */
export function FulfilmentPanel({ state, ownStoreId, onFulfilment, onPickupStore, onAddress }: FulfilmentPanelProps) {
  return (
    <View className='staff-card' data-testid='fulfilment-panel'>
      <Text className='staff-title'>取货方式</Text>
      <View className='staff-choices'>
        {CHOICES.map((choice) => (
          <View key={choice.type} className={`staff-choice${state.fulfilment === choice.type ? ' staff-choice--on' : ''}`} onClick={() => onFulfilment(choice.type)} data-testid={`fulfilment-${choice.type}`}>
            <Text>{FULFILMENT_LABELS[choice.type]}</Text>
            <Text className='staff-choice__hint'>{choice.hint}</Text>
          </View>
        ))}
      </View>
      {state.fulfilment === 'pickup' ? <PickupStores ownStoreId={ownStoreId} chosen={state.pickupStoreId} onChoose={onPickupStore} /> : null}
      {state.fulfilment === 'delivery' ? <AddressFields address={state.address} onChange={onAddress} /> : null}
    </View>
  );
}
