import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import { redeemCouponCode } from '../../../api';
import { SubmitButton } from '../../../components';
import { toast, toastSuccess } from '../../../lib/toast';
import { checkRedeemCode } from '../lib/redeem-code';

/** 兑换码: type a code from a poster or a gift card, get the coupon. */
export function RedeemBar({ onRedeemed }: { onRedeemed: () => void }) {
  const [typed, setTyped] = useState('');

  const redeem = async () => {
    const checked = checkRedeemCode(typed);
    if (!checked.ok) return toast(checked.message);
    await redeemCouponCode(checked.code);
    setTyped('');
    toastSuccess('兑换成功');
    onRedeemed();
  };

  return (
    <View className='redeem-bar'>
      <Input className='redeem-bar__input' value={typed} placeholder='输入兑换码' maxlength={32} onInput={(e) => setTyped(e.detail.value)} data-testid='redeem-input' />
      <SubmitButton className='redeem-bar__button' onSubmit={redeem} disabled={typed.trim() === ''} busyText='兑换中' testId='redeem-submit'>
        兑换
      </SubmitButton>
    </View>
  );
}
