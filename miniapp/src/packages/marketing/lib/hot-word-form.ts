import { hotWordTextSchema } from '@shop/shared';
import { ApiError } from '../../../api/errors';

/** What is wrong with a word the marketer typed, by the same rule the server applies; null when it may be sent. */
export function hotWordProblem(text: string): string | null {
  const checked = hotWordTextSchema.safeParse(text);
  return checked.success ? null : (checked.error.issues[0]?.message ?? '请检查热搜词');
}

/**
 * The server's refusal of the word itself (taken, too long, the list full), to show under the
 * field; null for failures that are not about the word (network, a word deleted meanwhile).
 */
export function wordRefusal(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.details.find((detail) => detail.path === 'word')?.message ?? null;
}
