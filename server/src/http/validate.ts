import type { z } from 'zod';
import { AppError } from '@shop/shared';

/** Parses input with a shared zod schema; failures become 400 VALIDATION_FAILED with details. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  const first = details[0];
  throw new AppError('VALIDATION_FAILED', first ? `Invalid ${first.path}: ${first.message}` : 'Invalid request', details);
}
