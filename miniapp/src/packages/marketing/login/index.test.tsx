import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, setStorageSync } from '../../../../test/mocks/taro';
import { readStaffSession } from '../../staff/lib/staff-session';
import { readMarketerSession } from '../lib/marketer-session';
import { failure, marketerLoginAnswer, ok } from '../testing/fixtures';
import MarketingLoginPage from './index';

function fill(username: string, password: string) {
  fireEvent.change(screen.getByTestId('marketing-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('marketing-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('marketing-login-submit'));
}

describe('营销后台登录', () => {
  it('signs a marketer in and opens the campaigns, leaving the tablet session alone', async () => {
    routeRequests({ 'POST /staff/auth/login': () => ok(marketerLoginAnswer()) });
    render(<MarketingLoginPage />);
    fill('marketer', 'Demo-marketer-2026');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/campaigns/index' }));
    expect(readMarketerSession()).toMatchObject({ username: 'marketer', displayName: '市场部 小周' });
    expect(readStaffSession()).toBeNull();
  });

  it("sends the device id this device already keeps (the tablet's, when the console runs on it)", async () => {
    setStorageSync('shop.deviceId', 'tablet-device-0000000001');
    routeRequests({ 'POST /staff/auth/login': () => ok(marketerLoginAnswer()) });
    render(<MarketingLoginPage />);
    fill('marketer', 'Demo-marketer-2026');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(Taro.request.mock.calls[0]![0].header?.['X-Device-Id']).toBe('tablet-device-0000000001');
  });

  it("shows the server's message for wrong credentials", async () => {
    routeRequests({ 'POST /staff/auth/login': () => failure(401, 'INVALID_CREDENTIALS', '用户名或密码错误') });
    render(<MarketingLoginPage />);
    fill('marketer', 'nope');
    expect((await screen.findByTestId('marketing-login-error')).textContent).toBe('用户名或密码错误');
    expect(readMarketerSession()).toBeNull();
  });

  it('turns store staff away with the reason', async () => {
    routeRequests({ 'POST /staff/auth/login': () => ok(marketerLoginAnswer({ role: 'staff', storeId: 1, storeName: '栖行 静安体验店' })) });
    render(<MarketingLoginPage />);
    fill('staff.ja1', 'Demo-staff-2026');
    expect((await screen.findByTestId('marketing-login-error')).textContent).toBe('该账号没有营销后台权限，请使用营销或管理员账号');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('asks for both fields before calling the server', async () => {
    render(<MarketingLoginPage />);
    fill('marketer', '');
    expect((await screen.findByTestId('marketing-login-error')).textContent).toBe('请输入用户名和密码');
    expect(Taro.request).not.toHaveBeenCalled();
  });
});
