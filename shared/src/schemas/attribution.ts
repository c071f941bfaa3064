import { z } from 'zod';
import type { Fen } from '../money.js';
import type { OrderStatus } from '../order-status.js';
import { cursorQuerySchema, idSchema } from './common.js';

/** Attribution (导购 binding through share cards and store QR codes) and staff commission. */

/** A referral token as the mini-program received it in `?ref=`; its signature is checked by the server. */
export const referralBindSchema = z.object({ token: z.string().trim().min(1).max(1024) });
export type ReferralBindRequest = z.infer<typeof referralBindSchema>;

/** Whose store QR to print: a chosen staff member of the store, or (absent) its manager. */
export const referralQrQuerySchema = z.object({ staffId: idSchema.optional() });
export type ReferralQrQuery = z.infer<typeof referralQrQuerySchema>;

/** A commission month as `YYYY-MM`, in China time; absent means the current month. */
export const commissionMonthSchema = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式为 YYYY-MM，例如 2026-11');

export const staffCommissionQuerySchema = cursorQuerySchema.extend({ month: commissionMonthSchema.optional() });
export type StaffCommissionQuery = z.infer<typeof staffCommissionQuerySchema>;

export const COMMISSION_REPORT_FORMATS = ['json', 'csv'] as const;
export type CommissionReportFormat = (typeof COMMISSION_REPORT_FORMATS)[number];

export const teamCommissionQuerySchema = z.object({
  month: commissionMonthSchema.optional(),
  format: z.enum(COMMISSION_REPORT_FORMATS).default('json'),
});
export type TeamCommissionQuery = z.infer<typeof teamCommissionQuerySchema>;

export const adminCommissionQuerySchema = teamCommissionQuerySchema.extend({ storeId: idSchema.optional() });
export type AdminCommissionQuery = z.infer<typeof adminCommissionQuerySchema>;

/** How a consumer came to a staff member: a share card from their phone, a QR printed in the store, or registered by them at the counter. */
export type ReferralSource = 'share_card' | 'store_qr' | 'counter';

/** What the share card or store QR carries: `path` opens the mini-program with `?ref=<token>`. */
export interface ReferralTokenView {
  token: string;
  path: string;
  expiresAt: string;
  source: ReferralSource;
  staff: { id: number; username: string; displayName: string };
  store: { id: number; name: string };
}

/** The staff member a consumer's own orders credit, while the binding lasts. */
export interface ReferralBindingView {
  staff: { id: number; displayName: string };
  store: { id: number; name: string };
  source: ReferralSource;
  boundAt: string;
  expiresAt: string;
}

/**
 * bound: this token's staff member now holds the binding; extended: they already did and it
 * lasts longer now; kept: another staff member's active binding stands (first binding wins).
 */
export interface ReferralBindResult {
  outcome: 'bound' | 'extended' | 'kept';
  binding: ReferralBindingView;
}

/** One staff member's month: paid and refunded over orders paid in the month that credit them. */
export interface CommissionFigures {
  orders: number;
  paid: Fen;
  refunded: Fen;
  net: Fen;
  commission: Fen;
}

export interface CommissionOrderView {
  orderId: number;
  orderNo: string;
  status: OrderStatus;
  channel: string;
  paidAt: string;
  paid: Fen;
  refunded: Fen;
  net: Fen;
}

export interface CommissionPeriodView {
  month: string;
  /** [from, to) as instants: the month's first day 00:00 in China to the next month's. */
  from: string;
  to: string;
  rateBasisPoints: number;
}

export interface StaffCommissionView extends CommissionPeriodView, CommissionFigures {
  staff: { id: number; username: string; displayName: string; storeId: number | null; storeName: string | null };
  /** The month's orders, most recently paid first. */
  items: CommissionOrderView[];
  nextCursor: string | null;
}

export interface CommissionReportRow extends CommissionFigures {
  staffId: number;
  username: string;
  displayName: string;
  role: 'staff' | 'store_manager';
  isActive: boolean;
  storeId: number;
  storeName: string;
}

export interface CommissionReportView extends CommissionPeriodView {
  /** The one store reported on; null for every store. */
  store: { id: number; name: string } | null;
  rows: CommissionReportRow[];
  totals: CommissionFigures;
}
