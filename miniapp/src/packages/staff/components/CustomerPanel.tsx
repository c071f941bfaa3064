import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '../../../components';
import { errorText } from '../../../api/errors';
import { maskPhone } from '../../../lib/format';
import { identifyMember, lookupMemberByPhone } from '../api/customers';
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

/**
 * 识别顾客: the member QR scanned with the camera (mini-program), its 12 digits or the phone
 * number typed (a keyboard scanner types the QR too, ending with Enter), or a guest sale.
 */
export function CustomerPanel({ customer, onChange }: { customer: Customer | null; onChange: (customer: Customer | null) => void }) {
  const [problem, setProblem] = useState<string | null>(null);

  const identify = async (text: string): Promise<boolean> => {
    const query = customerQuery(text);
    if (query.kind === 'invalid') {
      setProblem(query.message);
      return false;
    }
    try {
      const member = query.kind === 'phone' ? await lookupMemberByPhone(query.phone) : await identifyMember(query.code);
      setProblem(null);
      onChange({ kind: 'member', member });
      return true;
    } catch (error) {
      setProblem(errorText(error));
      return false;
    }
  };

  return (
    <View className='staff-card' data-testid='customer-panel'>
      <Text className='staff-title'>识别顾客</Text>
      {customer ? (
        <CustomerCard customer={customer} onClear={() => onChange(null)} />
      ) : (
        <CodeEntry placeholder='会员码下方 12 位数字 / 手机号' actionText='识别' busyText='识别中…' scanText='扫会员码' onSubmit={identify} problem={problem} testId='customer'>
          <SubmitButton onSubmit={async () => onChange({ kind: 'guest' })} variant='plain' testId='customer-guest'>
            散客
          </SubmitButton>
        </CodeEntry>
      )}
    </View>
  );
}
