import { isStringArray, storageSlot } from './storage';

const MAX_HISTORY = 10;
const slot = storageSlot('shop.searchHistory', isStringArray);

/** Recent searches, newest first. */
export function readSearchHistory(): string[] {
  return slot.read() ?? [];
}

/** Puts a search on top (once), keeping the newest ten. */
export function rememberSearch(term: string): string[] {
  const trimmed = term.trim();
  if (!trimmed) return readSearchHistory();
  const next = [trimmed, ...readSearchHistory().filter((t) => t !== trimmed)].slice(0, MAX_HISTORY);
  slot.write(next);
  return next;
}

export function clearSearchHistory(): void {
  slot.remove();
}
