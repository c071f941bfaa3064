import { describe, expect, it } from 'vitest';
import Taro, { respondWith, setCurrentPage, storedValue } from '../../test/mocks/taro';
import { devLoginCode, isValidDevName, renewSessionSilently, signIn } from './login';
import { goToLogin, loginPageUrl, returnAfterLogin, returnUrlFrom } from './login-redirect';

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

  it('opens the login page with the page that needed it, query included, and goes back there', async () => {
    setCurrentPage('packages/trade/checkout/index', { from: 'cart' });
    goToLogin();
    await Promise.resolve();
    const url = '/pages/login/index?redirect=%2Fpackages%2Ftrade%2Fcheckout%2Findex%3Ffrom%3Dcart';
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url });
    returnAfterLogin(url.split('redirect=')[1]);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/checkout/index?from=cart' });
  });

  it('keeps the query of an H5 share link (Taro H5 leaves options empty)', async () => {
    setCurrentPage('/packages/groupbuy/group/index', undefined, { path: '/packages/groupbuy/group/index?stamp=2', $taroParams: { id: '1', stamp: '2' } });
    goToLogin();
    await Promise.resolve();
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/groupbuy/group/index?id=1')}` });
  });

  it('replaces a page that cannot be used signed out with the login page', async () => {
    setCurrentPage('packages/groupbuy/start/index', { campaignId: '9', productId: '2' });
    goToLogin(undefined, { replace: true });
    await Promise.resolve();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/groupbuy/start/index?campaignId=9&productId=2')}` });
  });

  it('goes back to a tab page with switchTab, and to 我的 when there is nothing (or nothing safe) to go back to', () => {
    expect(returnUrlFrom('%2Fpages%2Fcart%2Findex')).toBe('/pages/cart/index');
    expect(returnUrlFrom('/packages/groupbuy/group/index?id=1')).toBe('/packages/groupbuy/group/index?id=1');
    returnAfterLogin('%2Fpages%2Fcart%2Findex');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cart/index' });
    returnAfterLogin(undefined);
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/me/index' });
    for (const unsafe of ['https%3A%2F%2Fevil.example', '%2Fpages%2Flogin%2Findex', '%E0%A4%A']) expect(returnUrlFrom(unsafe)).toBeNull();
    expect(loginPageUrl('/pages/login/index')).toBe('/pages/login/index');
  });
});
