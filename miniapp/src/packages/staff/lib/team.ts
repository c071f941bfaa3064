import { staffPasswordProblem, staffUsernameSchema, type StaffMemberView } from '@shop/shared';
import { ApiError } from '../../../api/errors';

export const TEAM_ROLE_LABELS: Record<StaffMemberView['role'], string> = { staff: '店员', store_manager: '店长' };

export interface NewStaffForm {
  username: string;
  displayName: string;
  password: string;
}

export const EMPTY_NEW_STAFF: NewStaffForm = { username: '', displayName: '', password: '' };

/** What is wrong with the form before it is sent, in the words the server would use, or null. */
export function newStaffProblem(form: NewStaffForm): string | null {
  if (!form.username.trim()) return '请填写用户名';
  const username = staffUsernameSchema.safeParse(form.username);
  if (!username.success) return username.error.issues[0]?.message ?? '用户名格式不正确';
  if (!form.displayName.trim()) return '请填写姓名';
  if (form.displayName.trim().length > 30) return '姓名最多 30 个字';
  return staffPasswordProblem(form.password);
}

/** The form as the server takes it: the username the way it will be kept (lowercase). */
export function newStaffBody(form: NewStaffForm): NewStaffForm {
  return { username: form.username.trim().toLowerCase(), displayName: form.displayName.trim(), password: form.password };
}

/** A refused create or reset shown in place: the server's Chinese message for a taken name or a policy the form missed. */
export function teamErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return '该用户名已被使用，请换一个';
    if (error.code === 'VALIDATION_FAILED') {
      const message = error.details?.[0]?.message ?? error.message;
      return /[\u4e00-\u9fa5]/.test(message) ? message : '填写的内容不符合要求';
    }
    if (/[\u4e00-\u9fa5]/.test(error.message)) return error.message;
  }
  return '操作失败，请稍后再试';
}

/** What a manager may do to a row: never to themselves or another manager (the server refuses those too). */
export function manageable(member: StaffMemberView, selfId: number): boolean {
  return member.id !== selfId && member.role === 'staff';
}

/** The active first, then by id (the order they joined). */
export function teamOrder(members: readonly StaffMemberView[]): StaffMemberView[] {
  return [...members].sort((a, b) => Number(b.isActive) - Number(a.isActive) || a.id - b.id);
}
