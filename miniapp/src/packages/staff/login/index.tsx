import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '../../../components';
import { errorText } from '../../../api/errors';
import { replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { staffLogin } from '../api/auth';
import { INITIAL_COUNTER, keepCounterDraft } from '../lib/counter';
import { counterAccount, saveStaffSession } from '../lib/staff-session';
import { STAFF_PAGES } from '../routes';
import '../components/staff.scss';
import './index.scss';

/** 员工登录: the tablet's own sign-in (username and password), separate from the member's. */
export default function StaffLoginPage() {
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
      const answer = await staffLogin(username.trim(), password);
      const account = counterAccount(answer);
      if (!account.ok) {
        setProblem(account.reason);
        return;
      }
      saveStaffSession(answer);
      // Whoever signs in starts at an empty counter, not with the last shift's customer.
      keepCounterDraft(INITIAL_COUNTER);
      toastSuccess('登录成功');
      replacePage(STAFF_PAGES.counter);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <View className='staff staff-login'>
      <View className='staff-card staff-login__card'>
        <Text className='staff-login__brand'>栖行 · 门店收银台</Text>
        <Text className='staff-muted'>门店员工请使用工号登录</Text>
        <Input className='staff-input staff-input--wide staff-login__field' placeholder='用户名，如 staff.ja1' value={username} onInput={(e) => setUsername(e.detail.value)} data-testid='staff-username' />
        <Input className='staff-input staff-input--wide staff-login__field' placeholder='密码' password value={password} onInput={(e) => setPassword(e.detail.value)} onConfirm={() => void submit()} data-testid='staff-password' />
        {problem ? (
          <Text className='staff-error' data-testid='staff-login-error'>
            {problem}
          </Text>
        ) : null}
        <SubmitButton onSubmit={submit} busyText='登录中…' className='staff-block staff-login__submit' testId='staff-login-submit'>
          登录
        </SubmitButton>
      </View>
    </View>
  );
}
