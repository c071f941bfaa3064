import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '../../../components';
import { errorText } from '../../../api/errors';
import { replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { marketerLogin } from '../api/auth';
import { saveMarketerSession } from '../lib/marketer-session';
import { MARKETING_PAGES } from '../routes';
import '../components/marketing.scss';

/** 营销后台登录: marketers and admins sign in with their account, apart from shoppers and store staff. */
export default function MarketingLoginPage() {
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
      const saved = saveMarketerSession(await marketerLogin(username.trim(), password));
      if (!saved.ok) {
        setProblem(saved.reason);
        return;
      }
      toastSuccess('登录成功');
      replacePage(MARKETING_PAGES.campaigns);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <View className='staff staff-login'>
      <View className='staff-card staff-login__card'>
        <Text className='staff-login__brand'>栖行 · 营销后台</Text>
        <Text className='staff-muted'>拼团活动与优惠券，请使用营销账号登录</Text>
        <Input className='staff-input staff-input--wide staff-login__field' placeholder='用户名，如 marketer' value={username} onInput={(e) => setUsername(e.detail.value)} data-testid='marketing-username' />
        <Input className='staff-input staff-input--wide staff-login__field' placeholder='密码' password value={password} onInput={(e) => setPassword(e.detail.value)} onConfirm={() => void submit()} data-testid='marketing-password' />
        {problem ? (
          <Text className='staff-error' data-testid='marketing-login-error'>
            {problem}
          </Text>
        ) : null}
        <SubmitButton onSubmit={submit} busyText='登录中…' className='staff-block staff-login__submit' testId='marketing-login-submit'>
          登录
        </SubmitButton>
      </View>
    </View>
  );
}
