import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, storedValue } from '../../../../test/mocks/taro';
import { readStaffSession } from '../lib/staff-session';
import { failure, ok, staffLoginAnswer } from '../testing/fixtures';
import StaffLoginPage from './index';

function fill(username: string, password: string) {
  fireEvent.change(screen.getByTestId('staff-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('staff-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('staff-login-submit'));
}

describe('员工登录', () => {
  it('signs a seller in with their store and opens the counter', async () => {
    routeRequests({ 'POST /staff/auth/login': () => ok(staffLoginAnswer()) });
    render(<StaffLoginPage />);
    fill('staff.ja1', 'Demo-staff-2026');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/counter/index' }));
    expect(readStaffSession()).toMatchObject({ username: 'staff.ja1', storeId: 1, storeName: '栖行 静安体验店' });
    // The login answer names the store: one request, no separate store lookup.
    expect(Taro.request).toHaveBeenCalledTimes(1);
    expect(JSON.parse(JSON.stringify(Taro.request.mock.calls[0]![0].data))).toEqual({ username: 'staff.ja1', password: 'Demo-staff-2026' });
  });

  it("sends this tablet's device id with every sign-in: created on the first, the same on the next", async () => {
    routeRequests({ 'POST /staff/auth/login': () => failure(401, 'INVALID_CREDENTIALS', '用户名或密码错误') });
    render(<StaffLoginPage />);
    fill('staff.ja1', 'wrong');
    await screen.findByTestId('staff-login-error');
    fill('staff.ja1', 'wrong again');
    await waitFor(() => expect(Taro.request).toHaveBeenCalledTimes(2));
    const [first, second] = Taro.request.mock.calls.map(([request]) => request.header?.['X-Device-Id']);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(second).toBe(first);
    expect(storedValue('shop.deviceId')).toBe(first);
  });

  it("shows the server's message for wrong credentials and keeps nobody signed in", async () => {
    routeRequests({ 'POST /staff/auth/login': () => failure(401, 'INVALID_CREDENTIALS', '用户名或密码错误') });
    render(<StaffLoginPage />);
    fill('staff.ja1', 'wrong');
    expect((await screen.findByTestId('staff-login-error')).textContent).toBe('用户名或密码错误');
    expect(readStaffSession()).toBeNull();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('refuses accounts that do not sell in a store', async () => {
    routeRequests({ 'POST /staff/auth/login': () => ok(staffLoginAnswer({ role: 'marketer', storeId: null })) });
    render(<StaffLoginPage />);
    fill('marketer', 'Demo-marketer-2026');
    expect((await screen.findByTestId('staff-login-error')).textContent).toBe('该账号不是门店员工，无法使用门店收银台');
    expect(readStaffSession()).toBeNull();
  });

  it('asks for both fields before calling the server', async () => {
    render(<StaffLoginPage />);
    fill('', '');
    expect((await screen.findByTestId('staff-login-error')).textContent).toBe('请输入用户名和密码');
    expect(Taro.request).not.toHaveBeenCalled();
  });
});
