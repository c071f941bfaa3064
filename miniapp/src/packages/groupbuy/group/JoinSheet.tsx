import type { GroupbuyOfferView, ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { Icon } from '../../../components/Icon';
import { useRef } from 'react';
import { joinGroup, type GroupOrderBody } from '../../../api';
import { createIdempotencyKeeper } from '../../../lib/idempotency';
import { GroupOrderForm } from '../components/GroupOrderForm';
import { payThenShowGroup } from '../lib/pay';

/** The bottom sheet to take a seat: SKU at the group price, delivery or pickup, pay. */
export function JoinSheet({ groupId, product, offer, onClose }: { groupId: number; product: ProductDetail; offer: GroupbuyOfferView; onClose: () => void }) {
  const keeper = useRef(createIdempotencyKeeper()).current;
  const join = async (body: GroupOrderBody) => {
    const { order, group } = await joinGroup(groupId, body, keeper.keyFor(body));
    keeper.reset();
    await payThenShowGroup(order, group.id);
  };
  return (
    <View className='gb-sheet' data-testid='join-sheet'>
      <View className='gb-sheet__mask' onClick={onClose} />
      <View className='gb-sheet__panel'>
        <View className='gb-sheet__head'>
          <Text className='gb-sheet__title'>参与拼团</Text>
          <View className='gb-sheet__close' onClick={onClose} data-testid='gb-sheet-close'>
            <Icon name='close' size={40} color='#999' label='关闭' />
          </View>
        </View>
        <GroupOrderForm product={product} offer={offer} role='member' submitText='立即参团' onSubmit={join} />
      </View>
    </View>
  );
}
