import { describe, expect, it } from 'vitest';
import { newAccountStore, refusalToManage, revokesTokens, teamStoreOf, type TeamActor } from './team-rules.js';

const admin: TeamActor = { kind: 'admin', staffId: 1 };
const managerA: TeamActor = { kind: 'manager', staffId: 10, storeId: 100 };

describe('team rules', () => {
  it('scopes a team list to the manager’s own store; an admin picks any or all', () => {
    expect(teamStoreOf(managerA, undefined)).toEqual({ storeId: 100 });
    expect(teamStoreOf(managerA, 100)).toEqual({ storeId: 100 });
    expect(teamStoreOf(managerA, 200)).toBe('只能管理本门店的员工');
    expect(teamStoreOf(admin, undefined)).toEqual({ storeId: null });
    expect(teamStoreOf(admin, 200)).toEqual({ storeId: 200 });
  });

  it('lets a manager add only staff to their own store, an admin any team role anywhere', () => {
    expect(newAccountStore(managerA, 'staff', undefined)).toEqual({ storeId: 100 });
    expect(newAccountStore(managerA, 'staff', 100)).toEqual({ storeId: 100 });
    expect(newAccountStore(managerA, 'staff', 200)).toMatchObject({ refusal: expect.any(String) });
    expect(newAccountStore(managerA, 'store_manager', undefined)).toMatchObject({ refusal: '店长只能添加店员账号' });
    expect(newAccountStore(admin, 'store_manager', 200)).toEqual({ storeId: 200 });
    expect(newAccountStore(admin, 'staff', undefined)).toMatchObject({ missing: true });
  });

  it('lets a manager manage only the staff of their own store, never a manager, admin or themselves', () => {
    const rename = { displayName: 'x' };
    expect(refusalToManage(managerA, { id: 11, role: 'staff', storeId: 100 }, { isActive: false })).toBeNull();
    expect(refusalToManage(managerA, { id: 21, role: 'staff', storeId: 200 }, rename)).toBe('只能管理本门店的员工');
    expect(refusalToManage(managerA, { id: 12, role: 'store_manager', storeId: 100 }, rename)).toBe('只能管理店员账号');
    expect(refusalToManage(managerA, { id: 1, role: 'admin', storeId: null }, rename)).toBe('只能管理门店员工账号');
    expect(refusalToManage(managerA, { id: 10, role: 'store_manager', storeId: 100 }, { isActive: false })).toBe('不能停用自己的账号');
    expect(refusalToManage(managerA, { id: 10, role: 'store_manager', storeId: 100 }, rename)).not.toBeNull();
  });

  it('lets an admin manage any store’s staff and managers, but not other back-office accounts', () => {
    expect(refusalToManage(admin, { id: 12, role: 'store_manager', storeId: 100 }, { isActive: false })).toBeNull();
    expect(refusalToManage(admin, { id: 21, role: 'staff', storeId: 200 }, { password: 'abc12345' })).toBeNull();
    expect(refusalToManage(admin, { id: 2, role: 'marketer', storeId: null }, { isActive: false })).toBe('只能管理门店员工账号');
  });

  it('revokes tokens on a password reset or a deactivation, not on a rename or reactivation', () => {
    expect(revokesTokens(true, { password: 'abc12345' })).toBe(true);
    expect(revokesTokens(true, { isActive: false })).toBe(true);
    expect(revokesTokens(false, { isActive: false })).toBe(false);
    expect(revokesTokens(false, { isActive: true })).toBe(false);
    expect(revokesTokens(true, { displayName: 'x' })).toBe(false);
  });
});
