import { describe, expect, it } from 'vitest';
import Taro, { respondWith, setCurrentPage, storedValue } from '../../test/mocks/taro';
import { devLoginCode, isValidDevName, renewSessionSilently, signIn } from './login';
import { goToLogin, returnAfterLogin } from './login-redirect';

const tokenAnswer = { token: 'tok', expiresAt: new Date(Date.now() + 86_400_000).toISOString(), roles: ['consumer'], member: { id: 1, nickname: 'n', avatarUrl: null, isNew: true } };

describe('login', () => {
  it('signs in on weapp with the wx.login code', async () => {
    respondWith({ statusCode: 200, data: tokenAnswer });
    await signIn();
    expect(Taro.login).toHaveBeenCalled();
    expect(Taro.request.mock.calls[0]![0].data).toEqual({ code: 'wx-code' });
    expect(storedValue('shop.session')).toMatchObject({ token: 'tok', memberId: 1 });
  });

  it('signs in on H5 with the development login under a name', async () => {
    process.env.TARO_ENV = 'h5';
    respondWith({ statusCode: 200, data: tokenAnswer });
    await signIn(' alice ');
    expect(Taro.login).not.toHaveBeenCalled();
    expect(Taro.request.mock.calls[0]![0].data).toEqual({ code: 'test:alice' });
    expect(devLoginCode('bob')).toBe('test:bob');
    expect(isValidDevName('  ')).toBe(false);
    expect(isValidDevName('x'.repeat(41))).toBe(false);
  });

  it('renews the session silently on weapp, one wx.login for calls failing together', async () => {
    respondWith({ statusCode: 200, data: tokenAnswer });
    const [a, b] = await Promise.all([renewSessionSilently(), renewSessionSilently()]);
    expect([a, b]).toEqual([true, true]);
    expect(Taro.login).toHaveBeenCalledTimes(1);
    expect(storedValue('shop.session')).toMatchObject({ token: 'tok' });
    Taro.login.mockRejectedValueOnce(new Error('login:fail'));
    await expect(renewSessionSilently()).resolves.toBe(false);
  });

  it('has no silent login on H5', async () => {
    process.env.TARO_ENV = 'h5';
    await expect(renewSessionSilently()).resolves.toBe(false);
    expect(Taro.login).not.toHaveBeenCalled();
  });

  it('goes back to the page that needed the login, with its query', async () => {
    setCurrentPage('packages/trade/checkout/index', { from: 'cart' });
    goToLogin();
    await Promise.resolve();
    returnAfterLogin();
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/checkout/index?from=cart' });
  });

  it('goes back to a tab page with switchTab, and to 我的 when nothing was remembered', async () => {
    setCurrentPage('pages/cart/index');
    goToLogin();
    await Promise.resolve();
    returnAfterLogin();
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cart/index' });
    returnAfterLogin();
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/me/index' });
  });
});
