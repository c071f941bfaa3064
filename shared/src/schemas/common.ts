import { z } from 'zod';
import { MAX_FEN } from '../money.js';
import { MAX_INT } from '../int-column.js';

export { MAX_INT };

/** A row id, from JSON (number) or from a path/query (decimal digits only: no "0x10", "1e3"). */
export const idSchema = z
  .union([z.number(), z.string().regex(/^\d{1,10}$/, 'must be a whole number').transform(Number)])
  .pipe(z.number().int().positive().max(MAX_INT));
export const idParamsSchema = z.object({ id: idSchema });

/** An amount of money in fen: a non-negative safe integer. */
export const fenSchema = z.number().int().nonnegative().max(MAX_FEN);
export const fenQuerySchema = z.coerce.number().int().nonnegative().max(MAX_FEN);

export const quantitySchema = z.number().int().min(1).max(999);

export const cursorQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` to get the next page; null when there is no more. */
  nextCursor: string | null;
}

export const phoneSchema = z.string().regex(/^1\d{10}$/, '请输入 11 位手机号');

/**
 * Parse without zod's compiled (`new Function`) fast path. For browsers under a content policy
 * that forbids eval (the H5 storefront); the server keeps the faster compiled parsers.
 */
export function parseSchemasWithoutEval(): void {
  z.config({ jitless: true });
}
