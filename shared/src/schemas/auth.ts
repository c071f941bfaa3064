import { z } from 'zod';

export const ROLES = ['consumer', 'staff', 'store_manager', 'marketer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const wechatLoginSchema = z.object({ code: z.string().min(1).max(128) });
export type WechatLoginRequest = z.infer<typeof wechatLoginSchema>;

export const staffLoginSchema = z.object({
  /** Account names are kept lowercase; people type them any way. */
  username: z.string().trim().min(1).max(64).toLowerCase(),
  password: z.string().min(1).max(128),
});
export type StaffLoginRequest = z.infer<typeof staffLoginSchema>;

export interface AuthTokenResponse {
  token: string;
  expiresAt: string;
  roles: Role[];
  member?: { id: number; nickname: string; avatarUrl: string | null; isNew: boolean };
  /** storeName: the home store's name for headers (null for accounts without a store). */
  staff?: { id: number; username: string; displayName: string; role: Role; storeId: number | null; storeName: string | null };
}

/** New staff usernames: 3-32 lowercase letters, digits, `.`, `_` or `-`, starting with a letter or digit (typed in any case, kept lowercase). */
export const staffUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '用户名为 3-32 位小写字母、数字或 . _ -，以字母或数字开头');

export const STAFF_PASSWORD_MIN_LENGTH = 8;

/**
 * Password policy for staff accounts set by a manager or admin: 8-64 characters, no spaces,
 * at least one letter and one digit (the demo passwords `Demo-staff-2026` pass).
 */
export const staffPasswordSchema = z
  .string()
  .min(STAFF_PASSWORD_MIN_LENGTH, `密码至少 ${STAFF_PASSWORD_MIN_LENGTH} 位`)
  .max(64, '密码最多 64 位')
  .regex(/^\S+$/, '密码不能包含空格')
  .regex(/[A-Za-z]/, '密码需包含字母')
  .regex(/[0-9]/, '密码需包含数字');

/** Why a password would be refused, in Chinese, or null when it passes (the tablet checks before sending). */
export function staffPasswordProblem(password: string): string | null {
  const result = staffPasswordSchema.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? '密码不符合要求');
}
