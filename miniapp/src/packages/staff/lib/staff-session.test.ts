import { describe, expect, it } from 'vitest';
import Taro, { storedValue } from '../../../../test/mocks/taro';
import { clearSession, readSession, saveSession } from '../../../lib/session';
import { staffLoginAnswer } from '../testing/fixtures';
import { clearStaffSession, counterAccount, isStoreManager, readStaffSession, saveStaffSession, staffToken } from './staff-session';

const memberAnswer = { token: 'member-token', expiresAt: new Date(Date.now() + 3600_000).toISOString(), roles: ['consumer' as const], member: { id: 7, nickname: '小栖', avatarUrl: null, isNew: false } };

describe('staff session', () => {
  it('keeps the staff member, their store and the token under its own key', () => {
    saveStaffSession(staffLoginAnswer());
    expect(readStaffSession()).toMatchObject({ token: 'staff-token', staffId: 21, displayName: '静安 小林', storeId: 1, storeName: '栖行 静安体验店' });
    expect(storedValue('shop.staffSession')).toBeTruthy();
    expect(storedValue('shop.session')).toBeUndefined();
  });

  it('lives beside a member session: signing either out leaves the other', () => {
    saveSession(memberAnswer);
    saveStaffSession(staffLoginAnswer({ storeName: null }));
    clearSession();
    expect(staffToken()).toBe('staff-token');
    saveSession(memberAnswer);
    clearStaffSession();
    expect(readStaffSession()).toBeNull();
    expect(readSession()?.token).toBe('member-token');
  });

  it('counts a token as gone a minute before it expires', () => {
    const expiresAt = Date.now() + 10 * 60_000;
    saveStaffSession({ ...staffLoginAnswer(), expiresAt: new Date(expiresAt).toISOString() });
    expect(staffToken(expiresAt - 61_000)).toBe('staff-token');
    expect(staffToken(expiresAt - 59_000)).toBeNull();
    expect(storedValue('shop.staffSession')).toBeUndefined();
  });

  it('accepts sellers with a store only', () => {
    expect(counterAccount(staffLoginAnswer())).toEqual({ ok: true, storeId: 1 });
    expect(counterAccount(staffLoginAnswer({ role: 'store_manager', storeId: 3 }))).toEqual({ ok: true, storeId: 3 });
    expect(counterAccount(staffLoginAnswer({ role: 'marketer', storeId: null }))).toEqual({ ok: false, reason: '该账号不是门店员工，无法使用门店收银台' });
    expect(counterAccount(staffLoginAnswer({ storeId: null }))).toEqual({ ok: false, reason: '该账号未分配门店，请联系店长' });
    expect(counterAccount(memberAnswer)).toMatchObject({ ok: false });
    expect(() => saveStaffSession(staffLoginAnswer({ role: 'admin' }))).toThrow();
  });

  it('keeps the role, so the tablet knows a store manager; a session saved before roles counts as staff', () => {
    expect(isStoreManager(saveStaffSession(staffLoginAnswer({ role: 'store_manager' })))).toBe(true);
    expect(readStaffSession()?.role).toBe('store_manager');
    expect(isStoreManager(saveStaffSession(staffLoginAnswer()))).toBe(false);
    const { role: _dropped, ...older } = saveStaffSession(staffLoginAnswer());
    Taro.setStorageSync('shop.staffSession', older);
    expect(readStaffSession()).toMatchObject({ staffId: 21 });
    expect(isStoreManager(readStaffSession())).toBe(false);
    expect(isStoreManager(null)).toBe(false);
  });
});
