import { z } from 'zod';

/**
 * 热搜词 as the marketer manages them (GET /search/hot-words serves the storefront's side,
 * `HotWordsView` in catalog.ts). Until analytics counts search events this list is the source.
 */

/** The most words the list holds, on or off: the search page shows every word that is on as a chip. */
export const MAX_HOT_WORDS = 20;
export const HOT_WORD_MAX_LENGTH = 20;

/**
 * A word as a shopper would type it, trimmed: 1–20 characters (counted as characters, as MySQL's
 * varchar(20) counts them, so a 4-byte character is one), with no control or invisible format
 * characters: a zero-width space would make two words that look the same, and a line break would
 * break the chip.
 */
export const hotWordTextSchema = z
  .string()
  .trim()
  .min(1, '请输入热搜词')
  .refine((word) => [...word].length <= HOT_WORD_MAX_LENGTH, `热搜词最多 ${HOT_WORD_MAX_LENGTH} 个字`)
  .refine((word) => !/\p{C}/u.test(word), '热搜词不能包含换行、制表符等不可见字符');

/** POST /admin/hot-words: a new word goes to the end of the list. */
export const hotWordCreateSchema = z.object({
  word: hotWordTextSchema,
  /** Off: kept in the list, not shown on the search page until switched on. */
  isActive: z.boolean().default(true),
});
export type HotWordCreateRequest = z.infer<typeof hotWordCreateSchema>;

/** PATCH /admin/hot-words/:id: any of its text, whether it is on, its place (0 = first; past the end = last). */
export const hotWordUpdateSchema = z
  .object({
    word: hotWordTextSchema.optional(),
    isActive: z.boolean().optional(),
    position: z.number().int().min(0).max(MAX_HOT_WORDS - 1).optional(),
  })
  .refine((change) => change.word !== undefined || change.isActive !== undefined || change.position !== undefined, '请至少修改一项：热搜词、顺序或启用状态');
export type HotWordUpdateRequest = z.infer<typeof hotWordUpdateSchema>;

export interface AdminHotWordView {
  id: number;
  word: string;
  /** Shown on the search page. */
  isActive: boolean;
}

/**
 * The whole list in the order the search page shows it. Every write answers with it: a move
 * changes its neighbours' places too, and the console then draws exactly what the server holds.
 */
export interface AdminHotWordList {
  items: AdminHotWordView[];
}
