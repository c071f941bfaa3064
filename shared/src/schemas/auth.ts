import { z } from 'zod';

export const ROLES = ['consumer', 'staff', 'store_manager', 'marketer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const wechatLoginSchema = z.object({ code: z.string().min(1).max(128) });
export type WechatLoginRequest = z.infer<typeof wechatLoginSchema>;

export const staffLoginSchema = z.object({
  username: z.string().min(1).max(64),
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
