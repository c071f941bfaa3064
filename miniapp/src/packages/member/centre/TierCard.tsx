import { Text, View } from '@tarojs/components';
import type { MemberOverviewView } from '@shop/shared';
import { openPage } from '../../../lib/routes';
import { MemberAvatar } from '../components/MemberAvatar';
import { growthProgress, tierBenefits } from '../lib/tier';
import { MEMBER_PAGES } from '../../../lib/member-routes';

/** Who the member is, their tier, its benefits and how far the next tier is. */
export function TierCard({ member }: { member: MemberOverviewView }) {
  const progress = growthProgress(member);
  return (
    <View className='tier-card' data-testid='tier-card'>
      <View className='tier-card__who' onClick={() => openPage(MEMBER_PAGES.profile)}>
        <MemberAvatar nickname={member.nickname} avatarUrl={member.avatarUrl} />
        <View className='tier-card__names'>
          <Text className='tier-card__nickname'>{member.nickname}</Text>
          <Text className='tier-card__tier' data-testid='tier-name'>
            {member.tier?.name ?? '会员'}
          </Text>
        </View>
        <Text className='tier-card__edit'>编辑资料 ›</Text>
      </View>
      <View className='tier-card__growth'>
        <View className='tier-card__growth-head'>
          <Text>成长值 {member.growth}</Text>
          {member.nextTier ? <Text>{member.nextTier.name} {member.nextTier.growthThreshold}</Text> : null}
        </View>
        <View className='tier-card__bar'>
          <View className='tier-card__bar-fill' style={{ width: `${progress.percent}%` }} />
        </View>
        <Text className='tier-card__growth-text' data-testid='growth-text'>
          {progress.text}
        </Text>
      </View>
      <View className='tier-card__benefits'>
        {tierBenefits(member.tier).map((benefit) => (
          <Text key={benefit} className='tier-card__benefit'>
            {benefit}
          </Text>
        ))}
      </View>
    </View>
  );
}
