import { z } from 'zod';
import { cursorQuerySchema, fenSchema, idSchema, phoneSchema } from './common.js';
import type { AuthTokenResponse } from './auth.js';

/** Membership: points ledger, tiers and growth, member code, profile and consents. */

export const POINTS_ENTRY_KINDS = ['earn', 'spend', 'reverse_earn', 'refund_spend', 'expire', 'adjust'] as const;
export type PointsEntryKind = (typeof POINTS_ENTRY_KINDS)[number];

export const MAX_POINTS_DELTA = 10_000_000;

export const pointsLedgerQuerySchema = cursorQuerySchema;

export const pointsAdjustSchema = z.object({
  delta: z
    .number()
    .int()
    .min(-MAX_POINTS_DELTA)
    .max(MAX_POINTS_DELTA)
    .refine((n) => n !== 0, 'must not be 0'),
  reason: z.string().trim().min(1).max(150),
});
export type PointsAdjust = z.infer<typeof pointsAdjustSchema>;

export interface PointsEntryView {
  id: number;
  delta: number;
  kind: PointsEntryKind;
  orderId: number | null;
  reference: string;
  expiresAt: string | null;
  createdAt: string;
}

export interface PointsLedgerView {
  balance: number;
  items: PointsEntryView[];
  nextCursor: string | null;
}

const tierCodeSchema = z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lowercase letters, digits and _, starting with a letter');

const tierFields = {
  name: z.string().trim().min(1).max(30),
  growthThreshold: z.number().int().min(0).max(100_000_000),
  /** Percent of the price paid: 95 = 5% off. */
  discountPercent: z.number().int().min(50).max(99).nullable().default(null),
  freeShippingThreshold: fenSchema.nullable().default(null),
  birthdayCouponTemplateId: idSchema.nullable().default(null),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
};

export const memberTierCreateSchema = z.object({ code: tierCodeSchema, ...tierFields });
export type MemberTierCreate = z.infer<typeof memberTierCreateSchema>;

/** The code is immutable: coupon audiences and members' growth rows refer to it. */
export const memberTierPatchSchema = z
  .object({
    name: tierFields.name,
    growthThreshold: tierFields.growthThreshold,
    discountPercent: z.number().int().min(50).max(99).nullable(),
    freeShippingThreshold: fenSchema.nullable(),
    birthdayCouponTemplateId: idSchema.nullable(),
    sortOrder: z.number().int().min(0).max(10_000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type MemberTierPatch = z.infer<typeof memberTierPatchSchema>;

export const memberTierListQuerySchema = cursorQuerySchema;

export interface MemberTierView {
  id: number;
  code: string;
  name: string;
  growthThreshold: number;
  discountPercent: number | null;
  freeShippingThreshold: number | null;
  birthdayCouponTemplateId: number | null;
  sortOrder: number;
}

export interface MemberOverviewView {
  id: number;
  nickname: string;
  avatarUrl: string | null;
  phone: string | null;
  birthday: string | null;
  tier: MemberTierView | null;
  growth: number;
  /** The next tier up and how much growth is still needed; null at the top tier. */
  nextTier: { code: string; name: string; growthThreshold: number; growthNeeded: number } | null;
  pointsBalance: number;
}

/**
 * GET /members/me/code: the member code, live for a minute: 12 random digits that the QR encodes
 * (`code`, short enough to scan easily off a phone screen) and that are printed under it
 * (`digits`, the same) for staff to type when the member reads them out.
 */
export interface MemberCodeAnswer {
  code: string;
  digits: string;
  expiresAt: string;
}

export const memberIdentifySchema = z.object({ code: z.string().trim().min(1).max(2000) });

/** POST /staff/members/phone-challenge: text a code to the member with this phone. */
export const counterPhoneChallengeSchema = z.object({ phone: phoneSchema });
/** POST /staff/members/phone-confirm: the code the member reads out from the text. */
export const counterPhoneConfirmSchema = z.object({ challengeId: idSchema, code: z.string().trim().regex(/^\d{6}$/, '请输入短信中的 6 位验证码') });

/**
 * Proof that the member is at this counter now (their live member code, or their phone
 * confirmed with a texted code), for this staff member at this store. Sent back as the
 * `X-Counter-Token` header on everything that touches the member's points, coupons, addresses
 * and benefits.
 */
export interface CounterSessionView {
  token: string;
  expiresAt: string;
}

/** The member identified at the counter, phone masked, with the counter session that lets staff act for them. */
export interface CounterCustomerView {
  member: MemberOverviewView;
  session: CounterSessionView;
}

/** A code was texted to the member's phone (shown masked); staff type what the member reads out. */
export interface PhoneChallengeView {
  challengeId: number;
  phone: string;
  expiresAt: string;
}

const birthdaySchema = z.iso.date('birthday must be YYYY-MM-DD').refine((d) => d >= '1900-01-01' && new Date(`${d}T00:00:00Z`).getTime() <= Date.now(), 'birthday must be a past date');

export const memberProfilePatchSchema = z
  .object({
    nickname: z.string().trim().min(1).max(60),
    // https only: the storefront's content policy loads images from https origins, never plain http.
    avatarUrl: z.url({ protocol: /^https$/ }).max(255).nullable(),
    birthday: birthdaySchema.nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type MemberProfilePatch = z.infer<typeof memberProfilePatchSchema>;

export const CONSENT_KINDS = ['privacy', 'marketing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const memberConsentSchema = z.object({
  kind: z.enum(CONSENT_KINDS),
  granted: z.boolean(),
  version: z.string().trim().min(1).max(32),
});
export type MemberConsentInput = z.infer<typeof memberConsentSchema>;

export interface MemberConsentView {
  id: number;
  kind: ConsentKind;
  granted: boolean;
  version: string;
  createdAt: string;
}

/** The `code` from the mini-program's getPhoneNumber button. */
export const memberPhoneBindSchema = z.object({ code: z.string().trim().min(1).max(128) });

/**
 * POST /members/me/phone. `session` is set when the number belonged to a member registered at a
 * store counter who had not signed in with WeChat: this WeChat user is that member now (their
 * points and orders stay theirs), and the app continues with this token; null otherwise.
 */
export interface MemberPhoneBindAnswer {
  phone: string;
  session: AuthTokenResponse | null;
}

/** POST /staff/members/register: a new member by phone at the store counter. */
export const staffMemberRegisterSchema = z.object({
  phone: phoneSchema,
  nickname: z.string().trim().min(1).max(60).optional(),
});
export type StaffMemberRegister = z.infer<typeof staffMemberRegisterSchema>;

/**
 * After 新会员注册: `existed` when the number was already a member's (nobody was created). Either
 * way a code is texted to the number; the member's benefits open once it is confirmed.
 */
export interface StaffMemberRegisterAnswer {
  existed: boolean;
  challenge: PhoneChallengeView;
}
