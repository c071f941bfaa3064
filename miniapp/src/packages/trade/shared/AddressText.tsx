import type { AddressSnapshot } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { maskPhone } from '../../../lib/format';
import './trade.scss';

/** Who receives it (phone masked) and where: the same two lines on every address card. */
export function AddressText({ address, badge }: { address: AddressSnapshot; badge?: ReactNode }) {
  return (
    <View className='address-text'>
      <Text className='address-text__who'>
        {address.recipientName} {maskPhone(address.phone)}
        {badge}
      </Text>
      <Text className='address-text__where'>{`${address.province}${address.city}${address.district} ${address.detail}`}</Text>
    </View>
  );
}
