import type { MyGroupbuyView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { LazyImage, Price } from '../../../components';
import { formatDateTime } from '../../../lib/format';
import { PAGES, openPage } from '../../../lib/routes';
import { GroupAvatar } from '../components/GroupAvatar';
import { GroupCountdown } from '../components/GroupCountdown';
import { myGroupLabel } from '../lib/group-state';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';

/** The main button of a card: what this member has left to do in the group. */
function nextStep(item: MyGroupbuyView): string {
  if (item.orderStatus === 'pending_payment' && (item.status === 'open' || item.status === 'pending')) return '去支付';
  if (item.status === 'open' && item.orderStatus !== 'cancelled') return '邀请好友';
  return '查看拼团';
}

/** One of my groups: campaign, members, my label, time left, and the ways to the group and my order. */
export function MyGroupCard({ item }: { item: MyGroupbuyView }) {
  const label = myGroupLabel(item);
  const openGroup = () => openPage(GROUPBUY_PAGES.group, { id: item.id });
  return (
    <View className='my-group' data-testid={`my-group-${item.id}`}>
      <View className='my-group__head' onClick={openGroup}>
        <Text className='my-group__name'>
          {item.isLeader ? <Text className='gb-tag'>团长</Text> : null} {item.campaignName}
        </Text>
        <Text className={`my-group__label my-group__label--${label.tone}`} data-testid={`my-group-${item.id}-label`}>
          {label.text}
        </Text>
      </View>
      <View className='my-group__product' onClick={openGroup} data-testid={`my-group-${item.id}-product`}>
        <LazyImage src={item.productImage} className='my-group__image' />
        <View className='my-group__goods'>
          <Text className='my-group__title'>{item.productTitle}</Text>
          {item.line ? (
            <Text className='my-group__spec'>
              {item.line.specText ? `${item.line.specText} · ` : ''}×{item.line.quantity}
            </Text>
          ) : null}
          <View className='my-group__prices'>
            <Text className='gb-tag'>{item.size}人团</Text>
            <Price fen={item.line?.unitPrice ?? item.groupPrice} size='sm' label='拼团价' testId={`my-group-${item.id}-price`} />
            <Price fen={item.line?.listPrice ?? item.listPrice} size='sm' strike />
          </View>
        </View>
      </View>
      <View className='my-group__members' onClick={openGroup}>
        {item.members.map((member, index) => (
          <GroupAvatar key={index} nickname={member.nickname} avatarUrl={member.avatarUrl} small />
        ))}
        <Text className='my-group__size'>
          {item.paidCount}/{item.size} 人
        </Text>
      </View>
      <View className='my-group__foot'>
        {item.status === 'open' ? <GroupCountdown expiresAt={item.expiresAt} testId={`my-group-${item.id}-countdown`} /> : <Text className='my-group__time'>{item.openedAt ? `开团于 ${formatDateTime(item.openedAt)}` : ''}</Text>}
        <View className='my-group__buttons'>
          <Text className='gb-pill gb-pill--plain' onClick={() => openPage(PAGES.order, { id: item.orderId })} data-testid={`my-group-${item.id}-order`}>
            查看订单
          </Text>
          <Text className='gb-pill' onClick={openGroup} data-testid={`my-group-${item.id}-open`}>
            {nextStep(item)}
          </Text>
        </View>
      </View>
    </View>
  );
}
