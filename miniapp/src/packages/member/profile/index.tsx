import { View } from '@tarojs/components';
import { fetchMemberOverview } from '../../../api';
import { AsyncView, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { ConsentList } from './ConsentList';
import { PhoneBinding } from './PhoneBinding';
import { ProfileForm } from './ProfileForm';
import './index.scss';

/** 个人资料: profile fields, phone binding and consents. */
export default function ProfilePage() {
  const overview = useAsyncData(() => fetchMemberOverview({ quiet: true }), []);

  return (
    <AsyncView state={overview} skeleton={<Skeleton rows={6} avatar />}>
      {(member) => (
        <View className='profile'>
          <ProfileForm member={member} onSaved={overview.setData} />
          <PhoneBinding phone={member.phone} onBound={() => void overview.reload()} />
          <ConsentList memberId={member.id} />
        </View>
      )}
    </AsyncView>
  );
}
