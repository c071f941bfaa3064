import { z } from 'zod';
import { MAX_INT } from './common.js';

/** An optional id filter in a query string, where `?skuId=` (empty) means no filter. */
const idFilterSchema = z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().max(MAX_INT).optional());

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
  skuId: z.number().int().positive().max(MAX_INT),
  locationId: z.number().int().positive().max(MAX_INT),
  quantity: z.number().int().min(1).max(1_000_000),
  reason: z.string().trim().min(1).max(200).default('入库'),
});
export type StockReceiveRequest = z.infer<typeof stockReceiveSchema>;

export const stockAdjustSchema = z.object({
  skuId: z.number().int().positive().max(MAX_INT),
  locationId: z.number().int().positive().max(MAX_INT),
  /** Signed change of on-hand units (stocktake correction, damage ...). */
  delta: z.number().int().min(-1_000_000).max(1_000_000).refine((d) => d !== 0, 'delta must not be 0'),
  reason: z.string().trim().min(1).max(200),
});
export type StockAdjustRequest = z.infer<typeof stockAdjustSchema>;

/**
 * Moves units between a store's sellable stock and its display samples (try-on items), both
 * ways, through the stock ledger. Display samples are never sold, reserved or dispatched.
 */
export const displayMoveSchema = z.object({
  storeId: z.number().int().positive().max(MAX_INT),
  skuId: z.number().int().positive().max(MAX_INT),
  quantity: z.number().int().min(1).max(10_000),
  /** to_display: sellable -> samples; to_stock: samples back on sale. */
  direction: z.enum(['to_display', 'to_stock']),
  reason: z.string().trim().min(1).max(200).default('样品调整'),
});
export type DisplayMoveRequest = z.infer<typeof displayMoveSchema>;

/** The most SKUs one display-samples query may name (a product's SKUs fit easily). */
export const MAX_DISPLAY_QUERY_SKUS = 100;

/** `?skuIds=1,2,3`: the SKUs whose display samples the tablet shows. */
export const displaySampleQuerySchema = z.object({
  skuIds: z
    .string()
    .trim()
    .min(1)
    .max(1200)
    .transform((text) => [...new Set(text.split(',').map((part) => Number(part.trim())))])
    .pipe(z.array(z.number().int().positive().max(MAX_INT)).min(1).max(MAX_DISPLAY_QUERY_SKUS)),
});
export type DisplaySampleQuery = z.infer<typeof displaySampleQuerySchema>;

/** Display samples of one SKU at the staff member's store (0 when it has none). */
export interface DisplaySampleView {
  skuId: number;
  units: number;
}

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

export type StockLocationKind = 'warehouse' | 'store' | 'display';

export interface StockLocationView {
  id: number;
  code: string;
  name: string;
  /** store: a store's sellable stock; display: its try-on samples, never sold. */
  kind: StockLocationKind;
  /** The store this location belongs to; null for the central warehouse. */
  storeId: number | null;
}

export type StockMovementKind = 'receive' | 'adjust' | 'reserve' | 'release' | 'commit' | 'to_display' | 'from_display';

export interface StockMovementView {
  id: number;
  skuId: number;
  locationId: number;
  /** to_display / from_display: a store's units moved to or back from its display samples (one row at each end). */
  kind: StockMovementKind;
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

/** Both ends of a display move after it: the store's sellable stock and its samples. */
export interface DisplayMoveView {
  sellable: StockView;
  display: StockView;
}

export interface StockAuditView {
  /** (sku, location) pairs compared. */
  checked: number;
  mismatches: StockAuditMismatch[];
}
