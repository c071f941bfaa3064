import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { bindPhone } from '../../../api';
import { SubmitButton } from '../../../components';
import { isH5 } from '../../../lib/config';
import { maskPhone } from '../../../lib/format';
import { toast, toastSuccess } from '../../../lib/toast';
import { devPhoneCode, phoneCodeFromButton, type PhoneCodeResult } from '../lib/phone-binding';

/**
 * 手机号: WeChat's own phone authorisation on weapp; on H5 (development and tests) a field whose
 * number the server's local provider accepts as `test:<phone>`.
 */
export function PhoneBinding({ phone, onBound }: { phone: string | null; onBound: () => void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  const bind = async (result: PhoneCodeResult) => {
    if (!result.ok) return toast(result.message);
    setBusy(true);
    try {
      await bindPhone(result.code);
      setTyped('');
      toastSuccess('手机号已绑定');
      onBound();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='profile-card'>
      <View className='profile-field'>
        <Text className='profile-field__label'>手机号</Text>
        <Text className='profile-field__value' data-testid='profile-phone'>
          {phone ? maskPhone(phone) : '未绑定'}
        </Text>
        {isH5() ? null : (
          <Button className='profile-phone__button' openType='getPhoneNumber' disabled={busy} loading={busy} onGetPhoneNumber={(e) => void bind(phoneCodeFromButton(e.detail)).catch(() => undefined)} data-testid='phone-wechat'>
            {phone ? '更换' : '微信授权绑定'}
          </Button>
        )}
      </View>
      {isH5() ? (
        <View className='profile-field'>
          <Input className='profile-field__input' type='number' maxlength={11} value={typed} placeholder='开发环境：输入手机号直接绑定' onInput={(e) => setTyped(e.detail.value)} data-testid='phone-dev-input' />
          <SubmitButton className='profile-phone__button' onSubmit={() => bind(devPhoneCode(typed))} disabled={typed.trim() === ''} busyText='绑定中' testId='phone-dev-submit'>
            {phone ? '更换' : '绑定'}
          </SubmitButton>
        </View>
      ) : null}
      <Text className='profile-card__note'>绑定手机号后，可在门店报手机号识别会员、累积积分</Text>
    </View>
  );
}
