import { describe, expect, it } from 'vitest';
import Taro, { respondWith } from '../../../../test/mocks/taro';
import { readSession, saveSession } from '../../../lib/session';
import { readStaffSession } from '../lib/staff-session';
import { failure, ok, signInStaff } from '../testing/fixtures';
import { ApiError } from '../../../api/errors';
import { staffRequest } from './staff-http';

const memberAnswer = { token: 'member-token', expiresAt: new Date(Date.now() + 3600_000).toISOString(), roles: ['consumer' as const], member: { id: 7, nickname: '小栖', avatarUrl: null, isNew: false } };

describe('staffRequest', () => {
  it("sends the staff token, never the member's", async () => {
    saveSession(memberAnswer);
    signInStaff();
    respondWith(ok({ items: [] }));
    await staffRequest('/staff/orders', { query: { cursor: null, limit: 20 } });
    const call = Taro.request.mock.calls[0]![0];
    expect(call.header?.Authorization).toBe('Bearer staff-token');
    expect(call.url).toMatch(/\/api\/v1\/staff\/orders\?limit=20$/);
  });

  it("on 401 forgets the staff session (not the member's) and opens the tablet's login", async () => {
    saveSession(memberAnswer);
    signInStaff();
    respondWith(failure(401, 'UNAUTHENTICATED', '登录已过期，请重新登录'));
    await expect(staffRequest('/staff/orders')).rejects.toMatchObject({ status: 401 });
    expect(readStaffSession()).toBeNull();
    expect(readSession()?.token).toBe('member-token');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/login/index' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('keeps the session when a 401 is about something else (an expired member code)', async () => {
    signInStaff();
    respondWith(failure(401, 'MEMBER_CODE_EXPIRED', '会员码已过期，请让顾客刷新'));
    await expect(staffRequest('/staff/members/identify', { method: 'POST', body: { code: 'x' }, quiet: true })).rejects.toMatchObject({ code: 'MEMBER_CODE_EXPIRED' });
    expect(readStaffSession()).not.toBeNull();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it("toasts the server's message unless the caller shows it", async () => {
    signInStaff();
    respondWith(failure(409, 'OUT_OF_STOCK', '本白 库存不足'), failure(409, 'OUT_OF_STOCK', '本白 库存不足'));
    await expect(staffRequest('/staff/orders', { method: 'POST', body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '本白 库存不足' }));
    Taro.showToast.mockClear();
    await expect(staffRequest('/staff/orders', { method: 'POST', body: {}, quiet: true })).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('reports a network failure in Chinese', async () => {
    Taro.request.mockRejectedValueOnce(new Error('request:fail'));
    await expect(staffRequest('/products')).rejects.toMatchObject({ code: 'NETWORK' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络不给力，请检查网络后重试' }));
  });
});
