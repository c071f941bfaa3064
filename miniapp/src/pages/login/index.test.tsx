import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { respondWith, setCurrentPage, setRouterParams } from '../../../test/mocks/taro';
import { goToLogin } from '../../lib/login-redirect';
import LoginPage from './index';

const tokenAnswer = { token: 'tok', expiresAt: new Date(Date.now() + 86_400_000).toISOString(), roles: ['consumer'], member: { id: 1, nickname: '林小雨', avatarUrl: null, isNew: true } };

/** The login page as goToLogin opened it: its own URL's `redirect` parameter, as the router passes it. */
async function openLoginFrom(route: string, options: Record<string, string> | undefined, fields = {}) {
  setCurrentPage(route, options, fields);
  goToLogin();
  await Promise.resolve();
  const url = Taro.navigateTo.mock.calls.at(-1)![0].url;
  const [path, query = ''] = url.split('?');
  expect(path).toBe('/pages/login/index');
  // Taro passes page parameters undecoded (weapp and H5 alike).
  setRouterParams(Object.fromEntries(query.split('&').filter(Boolean).map((p) => p.split('=') as [string, string])));
  setCurrentPage('pages/login/index');
}

async function logIn() {
  process.env.TARO_ENV = 'h5';
  respondWith({ statusCode: 200, data: tokenAnswer });
  render(<LoginPage />);
  fireEvent.change(screen.getByTestId('login-name'), { target: { value: '林小雨' } });
  await act(async () => void fireEvent.click(screen.getByTestId('login-submit')));
}

describe('login page', () => {
  it('brings a share link visitor back to the same group, with its id (H5, opened from the address)', async () => {
    await openLoginFrom('/packages/groupbuy/group/index', undefined, { path: '/packages/groupbuy/group/index?stamp=5', $taroParams: { id: '1', stamp: '5' } });
    await logIn();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=1' }));
  });

  it('continues to 发起拼团 with its campaign and product after logging in', async () => {
    await openLoginFrom('packages/groupbuy/start/index', { campaignId: '9', productId: '2' });
    await logIn();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/start/index?campaignId=9&productId=2' }));
  });

  it('goes back to a tab page with switchTab (tab pages take no query)', async () => {
    await openLoginFrom('pages/cart/index', {});
    await logIn();
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cart/index' }));
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('goes to 我的 when opened without a page to go back to', async () => {
    await logIn();
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
  });
});
