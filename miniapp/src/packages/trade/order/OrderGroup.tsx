import type { GroupbuyGroupView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { Icon } from '../../../components/Icon';
import { formatDateTime } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';
import { orderGroupNote } from './group-note';

/** A group-buy order's group: its state, how far it is, and the way to the group page (invite, pay, outcome). */
export function OrderGroup({ group }: { group: GroupbuyGroupView }) {
  return (
    <View className='trade-card order-group' data-testid='order-group' onClick={() => openPage(GROUPBUY_PAGES.group, { id: group.id })}>
      <View className='order-group__head'>
        <View className='trade-section-title'>
          <Icon name='group' size={32} color='#333' className='icon--lead' />
          <Text>拼团 · {group.campaignName}</Text>
        </View>
        <Text className={`order-group__status order-group__status--${group.status}`} data-testid='order-group-status'>
          {group.statusLabel}
        </Text>
      </View>
      <Text className='order__where' data-testid='order-group-note'>
        {orderGroupNote(group)}
      </Text>
      {group.status === 'open' && group.expiresAt ? <Text className='order__where'>{formatDateTime(group.expiresAt)} 截止</Text> : null}
      <Text className='order-group__link' data-testid='order-group-link'>
        {group.status === 'open' ? '邀请好友参团 ›' : '查看拼团 ›'}
      </Text>
    </View>
  );
}
