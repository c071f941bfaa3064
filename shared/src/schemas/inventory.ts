import { z } from 'zod';

/** An optional id filter in a query string, where `?skuId=` (empty) means no filter. */
const idFilterSchema = z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().max(2_147_483_647).optional());

export const stockQuerySchema = z.object({
  skuId: idFilterSchema,
  locationId: idFilterSchema,
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type StockQuery = z.infer<typeof stockQuerySchema>;

/** Ledger listing takes the same filters as the stock listing. */
export const stockMovementQuerySchema = stockQuerySchema;

export const stockReceiveSchema = z.object({
  skuId: z.number().int().positive(),
  locationId: z.number().int().positive(),
  quantity: z.number().int().min(1).max(1_000_000),
  reason: z.string().trim().min(1).max(200).default('入库'),
});
export type StockReceiveRequest = z.infer<typeof stockReceiveSchema>;

export const stockAdjustSchema = z.object({
  skuId: z.number().int().positive(),
  locationId: z.number().int().positive(),
  /** Signed change of on-hand units (stocktake correction, damage ...). */
  delta: z.number().int().min(-1_000_000).max(1_000_000).refine((d) => d !== 0, 'delta must not be 0'),
  reason: z.string().trim().min(1).max(200),
});
export type StockAdjustRequest = z.infer<typeof stockAdjustSchema>;

export interface StockView {
  id: number;
  skuId: number;
  skuCode: string;
  title: string;
  specText: string;
  locationId: number;
  locationCode: string;
  onHand: number;
  reserved: number;
  available: number;
  updatedAt: string;
}

export interface StockLocationView {
  id: number;
  code: string;
  name: string;
  kind: 'warehouse' | 'store';
  /** The store this location belongs to; null for the central warehouse. */
  storeId: number | null;
}

export interface StockMovementView {
  id: number;
  skuId: number;
  locationId: number;
  kind: 'receive' | 'adjust' | 'reserve' | 'release' | 'commit';
  onHandDelta: number;
  reservedDelta: number;
  reason: string;
  orderId: number | null;
  actor: string;
  createdAt: string;
}

/** A (sku, location) whose Stock row differs from the replay of its ledger (null: no Stock row). */
export interface StockAuditMismatch {
  skuId: number;
  locationId: number;
  onHand: number | null;
  reserved: number | null;
  ledgerOnHand: number;
  ledgerReserved: number;
}

export interface StockAuditView {
  /** (sku, location) pairs compared. */
  checked: number;
  mismatches: StockAuditMismatch[];
}
