import type { MemberOverviewView, PointsEntryView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { fetchMemberOverview, fetchPointsLedger } from '../../../api';
import { AsyncView, Icon, Skeleton, type IconName } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { openPage, type PagePath } from '../../../lib/routes';
import { MemberCodeCard } from '../components/MemberCodeCard';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import { PointsCard } from './PointsCard';
import { TierCard } from './TierCard';
import './index.scss';

const RECENT_POINTS = 3;

const LINKS: readonly { icon: IconName; label: string; path: PagePath }[] = [
  { icon: 'coupon', label: '我的优惠券', path: MEMBER_PAGES.coupons },
  { icon: 'gift', label: '领券中心', path: MEMBER_PAGES.couponCentre },
  { icon: 'store', label: '附近门店', path: MEMBER_PAGES.stores },
  { icon: 'user', label: '个人资料', path: MEMBER_PAGES.profile },
];

/** 会员中心: tier and growth, member code, points, and the member's other pages. */
export default function MemberCentrePage() {
  const overview = useAsyncData(() => fetchMemberOverview({ quiet: true }), [], { reloadOnShow: true });
  const recent = useAsyncData(() => fetchPointsLedger(null, RECENT_POINTS, { quiet: true }), [], { reloadOnShow: true });

  usePullDownRefresh(async () => {
    await Promise.all([overview.reload(), recent.reload()]);
    Taro.stopPullDownRefresh();
  });

  // The recent points are a side line: the card simply leaves them out when they fail.
  return (
    <AsyncView state={overview} skeleton={<Skeleton rows={6} avatar />}>
      {(member) => <CentreContent member={member} recent={recent.data?.items ?? null} />}
    </AsyncView>
  );
}

function CentreContent({ member, recent }: { member: MemberOverviewView; recent: readonly PointsEntryView[] | null }) {
  return (
    <View className='member-centre'>
      <TierCard member={member} />
      <MemberCodeCard />
      <PointsCard balance={member.pointsBalance} recent={recent} />
      <View className='centre-card centre-links'>
        {LINKS.map((link) => (
          <View key={link.label} className='centre-links__item' onClick={() => openPage(link.path)}>
            <Icon name={link.icon} size={44} color='#333' className='centre-links__icon' />
            <Text className='centre-links__label'>{link.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
