import { z } from 'zod';
import { staffPasswordSchema, staffUsernameSchema } from './auth.js';
import { idSchema } from './common.js';

/** `?lat=` with nothing after it means "not given", not 0. */
const coordinate = (limit: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(-limit).max(limit).optional());

/** Optional caller position; when given, stores come nearest first with their distance. */
export const storeLocationQuerySchema = z
  .object({ lat: coordinate(90), lng: coordinate(180) })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { message: 'give both lat and lng, or neither', path: ['lat'] });
export type StoreLocationQuery = z.infer<typeof storeLocationQuerySchema>;

export interface StoreView {
  id: number;
  code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: string;
  pickupEnabled: boolean;
  deliveryRadiusMeters: number;
  /** Whole metres from the position in the query; only present when lat/lng were given. */
  distanceMeters?: number;
}

// ---- Store administration (admin) ----

const storeText = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);

const storeFields = {
  name: storeText(80, '门店名称'),
  city: storeText(40, '城市'),
  district: storeText(40, '区县'),
  address: storeText(200, '地址'),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,40}$/, '电话号码格式不正确'),
  /** Free text as shown to customers, e.g. `10:00-22:00`. */
  openingHours: storeText(60, '营业时间'),
  deliveryRadiusMeters: z.number().int().min(0).max(100_000),
  pickupEnabled: z.boolean(),
  /** A ready pickup still uncollected after the configured days is cancelled and refunded. */
  cancelUncollectedPickups: z.boolean(),
  isActive: z.boolean(),
};

/** A new store; its sellable stock location (and display samples location) are created with it. */
export const adminStoreCreateSchema = z.object({
  /** Stable code, also the base of its stock locations' codes (`LOC-<code>`). */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, '门店编码为 2-24 位大写字母、数字或 -'),
  ...storeFields,
  deliveryRadiusMeters: storeFields.deliveryRadiusMeters.default(3000),
  pickupEnabled: storeFields.pickupEnabled.default(true),
  cancelUncollectedPickups: storeFields.cancelUncollectedPickups.default(false),
  isActive: storeFields.isActive.default(true),
});
export type AdminStoreCreateRequest = z.infer<typeof adminStoreCreateSchema>;

/** Any of a store's fields but its code; at least one. */
export const adminStoreUpdateSchema = z
  .object(storeFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: '没有要修改的内容' });
export type AdminStoreUpdateRequest = z.infer<typeof adminStoreUpdateSchema>;

/** A store as the back office sees it: every field, inactive ones too, and its stock locations. */
export interface AdminStoreView extends StoreView {
  isActive: boolean;
  cancelUncollectedPickups: boolean;
  sellableLocationId: number | null;
  displayLocationId: number | null;
  createdAt: string;
  updatedAt: string;
}

// ---- A store's team (store managers and admins) ----

export const TEAM_ROLES = ['staff', 'store_manager'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** `GET /staff/team`: a manager's own store; an admin may name any store (all stores when absent). */
export const staffTeamQuerySchema = z.object({
  storeId: idSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type StaffTeamQuery = z.infer<typeof staffTeamQuerySchema>;

export const staffDisplayNameSchema = z.string().trim().min(1, '请填写姓名').max(30, '姓名最多 30 个字');

/** A new account in a store: a manager creates `staff` in their own store; an admin any team role in any store. */
export const staffCreateSchema = z.object({
  username: staffUsernameSchema,
  displayName: staffDisplayNameSchema,
  password: staffPasswordSchema,
  role: z.enum(TEAM_ROLES).default('staff'),
  /** Required for an admin; a manager may leave it out (their own store). */
  storeId: idSchema.optional(),
});
export type StaffCreateRequest = z.infer<typeof staffCreateSchema>;

/** Rename, deactivate/reactivate, or set a new password (which signs the account out everywhere). */
export const staffUpdateSchema = z
  .object({
    displayName: staffDisplayNameSchema.optional(),
    isActive: z.boolean().optional(),
    password: staffPasswordSchema.optional(),
  })
  .strict()
  .refine((v) => v.displayName !== undefined || v.isActive !== undefined || v.password !== undefined, { message: '没有要修改的内容' });
export type StaffUpdateRequest = z.infer<typeof staffUpdateSchema>;

export interface StaffMemberView {
  id: number;
  username: string;
  displayName: string;
  role: TeamRole;
  storeId: number;
  storeName: string;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}
