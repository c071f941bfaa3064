import { z } from 'zod';

export const stockQuerySchema = z.object({
  skuId: z.coerce.number().int().positive().optional(),
  locationId: z.coerce.number().int().positive().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const stockReceiveSchema = z.object({
  skuId: z.number().int().positive(),
  locationId: z.number().int().positive(),
  quantity: z.number().int().min(1).max(1_000_000),
  reason: z.string().trim().min(1).max(200).default('入库'),
});

export const stockAdjustSchema = z.object({
  skuId: z.number().int().positive(),
  locationId: z.number().int().positive(),
  /** Signed change of on-hand units (stocktake correction, damage ...). */
  delta: z.number().int().min(-1_000_000).max(1_000_000).refine((d) => d !== 0, 'delta must not be 0'),
  reason: z.string().trim().min(1).max(200),
});

export interface StockView {
  skuId: number;
  locationId: number;
  onHand: number;
  reserved: number;
  available: number;
}
