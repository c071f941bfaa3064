import { Input, Picker, Text, View } from '@tarojs/components';
import type { MemberOverviewView } from '@shop/shared';
import { useState } from 'react';
import { updateMemberProfile } from '../../../api';
import { SubmitButton } from '../../../components';
import { formatDateTime } from '../../../lib/format';
import { toast, toastSuccess } from '../../../lib/toast';
import { MemberAvatar } from '../components/MemberAvatar';
import { checkProfile, draftOf, type ProfileDraft } from '../lib/profile-form';

const today = () => formatDateTime(new Date().toISOString()).slice(0, 10);

/** Nickname, avatar URL and birthday; saves only what changed. */
export function ProfileForm({ member, onSaved }: { member: MemberOverviewView; onSaved: (member: MemberOverviewView) => void }) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(member));
  const set = (field: keyof ProfileDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const checked = checkProfile(member, draft);
    if (!checked.ok) return toast(checked.message);
    const saved = await updateMemberProfile(checked.patch);
    setDraft(draftOf(saved));
    onSaved(saved);
    toastSuccess('资料已保存');
  };

  return (
    <View className='profile-card'>
      <View className='profile-card__avatar'>
        <MemberAvatar nickname={draft.nickname} avatarUrl={/^https?:\/\//.test(draft.avatarUrl) ? draft.avatarUrl : null} size='lg' />
      </View>
      <View className='profile-field'>
        <Text className='profile-field__label'>昵称</Text>
        <Input className='profile-field__input' value={draft.nickname} maxlength={60} placeholder='怎么称呼你' onInput={(e) => set('nickname')(e.detail.value)} data-testid='profile-nickname' />
      </View>
      <View className='profile-field'>
        <Text className='profile-field__label'>头像链接</Text>
        <Input className='profile-field__input' value={draft.avatarUrl} maxlength={255} placeholder='https://…（可不填）' onInput={(e) => set('avatarUrl')(e.detail.value)} data-testid='profile-avatar' />
      </View>
      <View className='profile-field'>
        <Text className='profile-field__label'>生日</Text>
        <Picker mode='date' value={draft.birthday || '1995-01-01'} start='1900-01-01' end={today()} onChange={(e) => set('birthday')(e.detail.value)}>
          <View className={`profile-field__input${draft.birthday ? '' : ' profile-field__input--empty'}`} data-testid='profile-birthday'>
            {draft.birthday || '选择生日，生日月有礼'}
          </View>
        </Picker>
      </View>
      <SubmitButton className='profile-card__save' onSubmit={save} busyText='保存中…' testId='profile-save'>
        保存资料
      </SubmitButton>
    </View>
  );
}
