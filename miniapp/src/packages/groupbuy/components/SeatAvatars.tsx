import type { GroupbuyGroupView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { seatLayout } from '../lib/seats';
import { GroupAvatar } from './GroupAvatar';
import './groupbuy.scss';

/** The group's seats: members (团长 marked, unpaid ones 待支付), then empty seats waiting for friends. */
export function SeatAvatars({ group }: { group: Pick<GroupbuyGroupView, 'size' | 'members'> }) {
  return (
    <View className='gb-seats' data-testid='group-seats'>
      {seatLayout(group).map((seat, index) => {
        if (seat.kind === 'more') {
          return (
            <View key='more' className='gb-seat'>
              <View className='gb-avatar gb-avatar--more'>
                <Text>+{seat.count}</Text>
              </View>
            </View>
          );
        }
        if (seat.kind === 'empty') {
          return (
            <View key={`empty-${index}`} className='gb-seat' data-testid='seat-empty'>
              <View className='gb-avatar gb-avatar--empty'>
                <Text>?</Text>
              </View>
            </View>
          );
        }
        const { member } = seat;
        return (
          <View key={`member-${index}`} className='gb-seat' data-testid='seat-member'>
            <GroupAvatar nickname={member.nickname} avatarUrl={member.avatarUrl} />
            {member.isLeader ? <Text className='gb-seat__badge'>团长</Text> : null}
            {!member.paid ? <Text className='gb-seat__badge gb-seat__badge--wait'>待支付</Text> : null}
            <Text className='gb-seat__name'>{member.nickname}</Text>
          </View>
        );
      })}
    </View>
  );
}
