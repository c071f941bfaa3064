import type { GroupbuyGroupView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { openPage } from '../../../lib/routes';
import { membersNeeded } from '../lib/seats';
import { GROUPBUY_PAGES } from '../../../lib/groupbuy-routes';
import { GroupAvatar } from './GroupAvatar';
import { GroupCountdown } from './GroupCountdown';
import './groupbuy.scss';

/** A group one can join: its leader, how many are missing, time left, 去参团. */
export function OpenGroupRow({ group }: { group: GroupbuyGroupView }) {
  const leader = group.members.find((m) => m.isLeader) ?? group.members[0];
  return (
    <View className='gb-open-group' onClick={() => openPage(GROUPBUY_PAGES.group, { id: group.id })} data-testid={`open-group-${group.id}`}>
      <GroupAvatar nickname={leader?.nickname ?? '团长'} avatarUrl={leader?.avatarUrl ?? null} small />
      <Text className='gb-open-group__name'>{leader?.nickname ?? '团长'}</Text>
      <View className='gb-open-group__side'>
        <Text className='gb-open-group__need'>还差 {membersNeeded(group)} 人</Text>
        <GroupCountdown expiresAt={group.expiresAt} testId={`open-group-${group.id}-countdown`} />
      </View>
      <Text className='gb-pill'>去参团</Text>
    </View>
  );
}
