import { Input, Text, View } from '@tarojs/components';
import type { AuthTokenResponse } from '@shop/shared';
import { useState } from 'react';
import { errorText } from '../api/errors';
import { toastSuccess } from '../lib/toast';
import { SubmitButton } from './SubmitButton';

export interface DeskLoginProps {
  brand: string;
  hint: string;
  usernamePlaceholder: string;
  /** Prefix of the data-testid hooks: `<prefix>-username`, `-password`, `-login-error`, `-login-submit`. */
  testIdPrefix: string;
  login: (username: string, password: string) => Promise<AuthTokenResponse>;
  /** Keeps the answer and opens the desk (null), or says why this account cannot use the desk. */
  accept: (answer: AuthTokenResponse) => string | null;
}

/**
 * The sign-in card of an employee desk (store tablet, marketing console): username and password,
 * the problem in words under the fields, one submit at a time. Styled by the desk's stylesheet.
 */
export function DeskLogin({ brand, hint, usernamePlaceholder, testIdPrefix, login, accept }: DeskLoginProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (!username.trim() || !password) {
      setProblem('请输入用户名和密码');
      return;
    }
    setProblem(null);
    try {
      const refused = accept(await login(username.trim(), password));
      if (refused) setProblem(refused);
      else toastSuccess('登录成功');
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <View className='staff staff-login'>
      <View className='staff-card staff-login__card'>
        <Text className='staff-login__brand'>{brand}</Text>
        <Text className='staff-muted'>{hint}</Text>
        <Input className='staff-input staff-input--wide staff-login__field' placeholder={usernamePlaceholder} value={username} onInput={(e) => setUsername(e.detail.value)} data-testid={`${testIdPrefix}-username`} />
        <Input className='staff-input staff-input--wide staff-login__field' placeholder='密码' password value={password} onInput={(e) => setPassword(e.detail.value)} onConfirm={() => void submit()} data-testid={`${testIdPrefix}-password`} />
        {problem ? (
          <Text className='staff-error' data-testid={`${testIdPrefix}-login-error`}>
            {problem}
          </Text>
        ) : null}
        <SubmitButton onSubmit={submit} busyText='登录中…' className='staff-block staff-login__submit' testId={`${testIdPrefix}-login-submit`}>
          登录
        </SubmitButton>
      </View>
    </View>
  );
}
