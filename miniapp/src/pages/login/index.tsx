import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { SubmitButton } from '../../components';
import { isH5 } from '../../lib/config';
import { isValidDevName, signIn } from '../../lib/login';
import { LOGIN_RETURN_PARAM, returnAfterLogin } from '../../lib/login-redirect';
import { toast, toastSuccess } from '../../lib/toast';
import './index.scss';

/** Sign in, then back to where the user was: the page and query in `?redirect=`. */
export default function LoginPage() {
  const { params } = useRouter();
  const [name, setName] = useState('');
  const h5 = isH5();

  const submit = async () => {
    if (h5 && !isValidDevName(name)) {
      toast('请输入 1-40 个字的名字');
      return;
    }
    await signIn(name);
    toastSuccess('登录成功');
    returnAfterLogin(params[LOGIN_RETURN_PARAM]);
  };

  return (
    <View className='login'>
      <View className='login__brand'>
        <Text className='login__logo'>栖行</Text>
        <Text className='login__slogan'>QIXING · 线上下单，门店体验</Text>
      </View>
      {h5 ? (
        <View className='login__form'>
          <Text className='login__hint'>开发环境登录：输入任意名字，同名即同一会员</Text>
          <Input className='login__input' placeholder='你的名字，如 alice' value={name} maxlength={40} onInput={(e) => setName(e.detail.value)} data-testid='login-name' />
        </View>
      ) : null}
      <SubmitButton onSubmit={submit} busyText='登录中…' className='login__submit' testId='login-submit'>
        {h5 ? '登录' : '微信一键登录'}
      </SubmitButton>
      <Text className='login__terms'>登录即表示同意《用户协议》与《隐私政策》</Text>
    </View>
  );
}
