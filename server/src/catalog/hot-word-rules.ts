/**
 * Whether a shopper would take two 热搜词 for the same word: equal after Unicode compatibility
 * folding (full-width Ｔ is T) and ignoring case. MySQL's utf8mb4_unicode_ci unique index calls
 * such words equal anyway and SQLite's would not; comparing here makes both drivers agree.
 */
export function sameHotWord(a: string, b: string): boolean {
  return foldHotWord(a) === foldHotWord(b);
}

function foldHotWord(word: string): string {
  return word.normalize('NFKC').toLocaleLowerCase('en-US');
}

/**
 * The list with the item at `from` moved to `position` (0 = first); a position past the end
 * means last, so a client that counted an older, longer list still gets a sensible move.
 */
export function movedTo<T>(items: readonly T[], from: number, position: number): T[] {
  if (from < 0 || from >= items.length) throw new RangeError(`no item at ${from}`);
  const rest = items.filter((_, i) => i !== from);
  const target = Math.min(Math.max(position, 0), rest.length);
  return [...rest.slice(0, target), items[from]!, ...rest.slice(target)];
}
