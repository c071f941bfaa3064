import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { manageable, newStaffBody, newStaffProblem, teamErrorText } from './team';
import type { StaffMemberView } from '@shop/shared';

describe('team form and rules on the tablet', () => {
  it('checks a new account before sending it, in Chinese', () => {
    const form = { username: 'staff.ja3', displayName: '赵小满', password: 'Welcome-2026' };
    expect(newStaffProblem(form)).toBeNull();
    expect(newStaffProblem({ ...form, username: '' })).toBe('请填写用户名');
    expect(newStaffProblem({ ...form, username: '中文' })).toMatch(/^用户名为/);
    expect(newStaffProblem({ ...form, displayName: '  ' })).toBe('请填写姓名');
    expect(newStaffProblem({ ...form, password: 'Short1' })).toBe('密码至少 8 位');
    expect(newStaffProblem({ ...form, password: '12345678' })).toBe('密码需包含字母');
    expect(newStaffProblem({ ...form, password: 'with space 1' })).toBe('密码不能包含空格');
    expect(newStaffBody({ ...form, username: ' Staff.JA3 ', displayName: ' 赵小满 ' })).toEqual(form);
  });

  it('shows refusals in words a manager understands', () => {
    expect(teamErrorText(new ApiError(409, 'CONFLICT', 'username taken'))).toBe('该用户名已被使用，请换一个');
    expect(teamErrorText(new ApiError(400, 'VALIDATION_FAILED', 'Invalid password: 密码需包含数字', [{ path: 'password', message: '密码需包含数字' }]))).toBe('密码需包含数字');
    expect(teamErrorText(new ApiError(403, 'FORBIDDEN', '只能管理本门店的员工'))).toBe('只能管理本门店的员工');
    expect(teamErrorText(new Error('boom'))).toBe('操作失败，请稍后再试');
  });

  it('offers actions on staff rows only, never on the manager themselves or another manager', () => {
    const row = (fields: Partial<StaffMemberView>) => ({ id: 21, role: 'staff', ...fields }) as StaffMemberView;
    expect(manageable(row({}), 20)).toBe(true);
    expect(manageable(row({ id: 20, role: 'store_manager' }), 20)).toBe(false);
    expect(manageable(row({ id: 23, role: 'store_manager' }), 20)).toBe(false);
  });
});
