import { View } from '@tarojs/components';
import { fetchMemberOverview } from '../../../api';
import { EmptyState, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { ConsentList } from './ConsentList';
import { PhoneBinding } from './PhoneBinding';
import { ProfileForm } from './ProfileForm';
import './index.scss';

/** 个人资料: profile fields, phone binding and consents. */
export default function ProfilePage() {
  const overview = useAsyncData(fetchMemberOverview, []);

  if (overview.loading) return <Skeleton rows={6} avatar />;
  if (!overview.data) {
    return <EmptyState icon='offline' title='资料加载失败' description='网络好像开小差了' actionText='重新加载' onAction={() => void overview.reload()} />;
  }
  const member = overview.data;
  return (
    <View className='profile'>
      <ProfileForm member={member} onSaved={overview.setData} />
      <PhoneBinding phone={member.phone} onBound={() => void overview.reload()} />
      <ConsentList memberId={member.id} />
    </View>
  );
}
