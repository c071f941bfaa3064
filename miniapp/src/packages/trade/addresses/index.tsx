import type { AddressView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { deleteAddress, fetchAddresses } from '../../../api';
import { AsyncView, EmptyState, Skeleton, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { putPicked } from '../../../lib/picked';
import { PAGES, openPage } from '../../../lib/routes';
import { AddressText } from '../shared/AddressText';
import '../shared/trade.scss';
import './index.scss';

/** 收货地址: the member's addresses; opened from checkout (`?select=1`) a tap picks one. */
export default function AddressesPage() {
  const { params } = useRouter();
  const selecting = params.select === '1';
  const addresses = useAsyncData(() => fetchAddresses({ quiet: true }), [], { reloadOnShow: true });

  const pick = (address: AddressView) => {
    if (!selecting) return;
    putPicked('address', address.id);
    void Taro.navigateBack();
  };

  const remove = async (address: AddressView) => {
    const { confirm } = await Taro.showModal({ title: '删除地址', content: '确定删除这个收货地址吗？', confirmColor: '#e4393c' });
    if (!confirm) return;
    await deleteAddress(address.id);
    await addresses.reload();
  };

  // Not an AsyncView `empty`: with no address yet the page keeps its 新增收货地址 bar under the empty state.
  return <AsyncView state={addresses} skeleton={<Skeleton rows={6} />}>{(list) => <AddressList list={list} selecting={selecting} onPick={pick} onRemove={(address) => void remove(address)} />}</AsyncView>;
}

function AddressList({ list, selecting, onPick, onRemove }: { list: readonly AddressView[]; selecting: boolean; onPick: (address: AddressView) => void; onRemove: (address: AddressView) => void }) {
  const addNew = () => openPage(PAGES.addressEdit, { select: selecting ? 1 : undefined });
  return (
    <View className='addresses'>
      {list.length === 0 ? <EmptyState icon='location' title='还没有收货地址' description='添加一个地址，下单更快' actionText='新增地址' onAction={addNew} /> : null}
      {list.map((address) => (
        <View key={address.id} className='trade-card addresses__card' data-testid='address-card'>
          <View onClick={() => onPick(address)}>
            <AddressText address={address} badge={address.isDefault ? <Text className='addresses__default'>默认</Text> : null} />
          </View>
          <View className='addresses__actions'>
            <Text onClick={() => openPage(PAGES.addressEdit, { id: address.id })}>编辑</Text>
            <Text onClick={() => onRemove(address)}>删除</Text>
          </View>
        </View>
      ))}
      <View className='trade-bar'>
        <SubmitButton className='addresses__add' onSubmit={async () => addNew()} testId='add-address'>
          ＋ 新增收货地址
        </SubmitButton>
      </View>
    </View>
  );
}
