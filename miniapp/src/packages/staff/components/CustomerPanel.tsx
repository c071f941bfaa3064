import type { PhoneChallengeView } from '@shop/shared';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '../../../components';
import { ApiError, errorText } from '../../../api/errors';
import { maskPhone } from '../../../lib/format';
import { toastSuccess } from '../../../lib/toast';
import { challengePhone, confirmPhone, identifyMember, registerMember } from '../api/customers';
import type { Customer } from '../lib/counter';
import { customerQuery } from '../lib/customer-input';
import { CodeEntry } from './CodeEntry';

/** Who is buying: the member card once identified (or 散客), with a way to change it. */
function CustomerCard({ customer, onClear }: { customer: Customer; onClear: () => void }) {
  return (
    <View className='staff-row staff-row--between' data-testid='customer-card'>
      {customer.kind === 'member' ? (
        <View className='staff-grow'>
          <Text className='staff-customer__name' data-testid='customer-name'>{customer.member.nickname}</Text>
          <View className='staff-row'>
            <Text className='staff-customer__tier' data-testid='customer-tier'>{customer.member.tier?.name ?? '普通会员'}</Text>
            <Text className='staff-muted' data-testid='customer-points'>积分 {customer.member.pointsBalance}</Text>
            {customer.member.phone ? <Text className='staff-muted'>{maskPhone(customer.member.phone)}</Text> : null}
            <Text className='staff-muted' data-testid='customer-verified'>已验证</Text>
          </View>
        </View>
      ) : (
        <View className='staff-grow'>
          <Text className='staff-customer__name' data-testid='customer-name'>散客</Text>
          <Text className='staff-muted'>按原价结算，不积分、不用券</Text>
        </View>
      )}
      <Text className='staff-link' onClick={onClear} data-testid='customer-change'>
        更换顾客
      </Text>
    </View>
  );
}

/** A phone number nobody has: register them as a member on the spot (the nickname may wait); a code goes to the number next. */
function NewMemberForm({ phone, onRegistered }: { phone: string; onRegistered: (challenge: PhoneChallengeView) => void }) {
  const [nickname, setNickname] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const register = async () => {
    try {
      const answer = await registerMember(phone, nickname.trim() || null);
      toastSuccess(answer.existed ? '该手机号已是会员，验证码已发送' : '新会员已注册，验证码已发送');
      onRegistered(answer.challenge);
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <View className='staff-register' data-testid='register-panel'>
      <Text className='staff-muted'>手机号 {phone} 还不是会员，可现场注册：</Text>
      <View className='staff-row'>
        <Input className='staff-input staff-grow' placeholder='会员称呼（选填）' value={nickname} onInput={(e) => setNickname(e.detail.value)} data-testid='register-nickname' />
        <SubmitButton onSubmit={register} busyText='注册中…' testId='register-member'>
          新会员注册
        </SubmitButton>
      </View>
      {problem ? (
        <Text className='staff-error' data-testid='register-error'>
          {problem}
        </Text>
      ) : null}
    </View>
  );
}

/** The texted code the member reads out: the proof that the phone's owner is at the counter. */
function PhoneCodeForm({ challenge, onConfirmed, onCancel }: { challenge: PhoneChallengeView; onConfirmed: (customer: Customer) => void; onCancel: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async (text: string): Promise<boolean> => {
    const code = text.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      setProblem('请输入短信中的 6 位验证码');
      return false;
    }
    try {
      const { member, session } = await confirmPhone(challenge.challengeId, code);
      onConfirmed({ kind: 'member', member, session });
      return true;
    } catch (error) {
      setProblem(errorText(error));
      return false;
    }
  };
  return (
    <View className='staff-register' data-testid='phone-code-panel'>
      <Text className='staff-muted' data-testid='phone-code-sent'>
        验证码已发送至 {challenge.phone}，请顾客读出短信中的 6 位数字
      </Text>
      <CodeEntry placeholder='6 位验证码' actionText='验证' busyText='验证中…' scanText='' onSubmit={confirm} problem={problem} testId='phone-code' scannable={false}>
        <SubmitButton onSubmit={async () => onCancel()} variant='plain' testId='phone-code-cancel'>
          取消
        </SubmitButton>
      </CodeEntry>
    </View>
  );
}

/**
 * 识别顾客: the member QR scanned with the camera (mini-program), its 12 digits typed (a keyboard
 * scanner types the QR too, ending with Enter), or the phone number confirmed with a texted code;
 * or a guest sale. Only a proven member's points, coupons and addresses can be used.
 */
export function CustomerPanel({ customer, onChange }: { customer: Customer | null; onChange: (customer: Customer | null) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  /** A phone the lookup did not find: offered for registration. */
  const [unknownPhone, setUnknownPhone] = useState<string | null>(null);
  /** A code is on its way to the member's phone. */
  const [challenge, setChallenge] = useState<PhoneChallengeView | null>(null);

  const choose = (next: Customer | null) => {
    setProblem(null);
    setUnknownPhone(null);
    setChallenge(null);
    onChange(next);
  };

  const identify = async (text: string): Promise<boolean> => {
    const query = customerQuery(text);
    setUnknownPhone(null);
    if (query.kind === 'invalid') {
      setProblem(query.message);
      return false;
    }
    try {
      if (query.kind === 'phone') {
        setChallenge(await challengePhone(query.phone));
        setProblem(null);
        return true;
      }
      const { member, session } = await identifyMember(query.code);
      choose({ kind: 'member', member, session });
      return true;
    } catch (error) {
      const nobody = query.kind === 'phone' && error instanceof ApiError && error.code === 'NOT_FOUND';
      if (nobody) setUnknownPhone(query.phone);
      setProblem(nobody ? '没有找到这个手机号的会员' : errorText(error));
      return false;
    }
  };

  const codeSent = (sent: PhoneChallengeView) => {
    setUnknownPhone(null);
    setProblem(null);
    setChallenge(sent);
  };

  return (
    <View className='staff-card' data-testid='customer-panel'>
      <Text className='staff-title'>识别顾客</Text>
      {customer ? (
        <CustomerCard customer={customer} onClear={() => choose(null)} />
      ) : challenge ? (
        <PhoneCodeForm key={challenge.challengeId} challenge={challenge} onConfirmed={choose} onCancel={() => setChallenge(null)} />
      ) : (
        <View>
          <CodeEntry placeholder='会员码下方 12 位数字 / 手机号' actionText='识别' busyText='识别中…' scanText='扫会员码' onSubmit={identify} problem={problem} testId='customer'>
            <SubmitButton onSubmit={async () => choose({ kind: 'guest' })} variant='plain' testId='customer-guest'>
              散客
            </SubmitButton>
          </CodeEntry>
          {unknownPhone ? <NewMemberForm key={unknownPhone} phone={unknownPhone} onRegistered={codeSent} /> : null}
        </View>
      )}
    </View>
  );
}
