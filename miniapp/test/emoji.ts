/**
 * Emoji: pictographs and the symbols that need an emoji font (Dingbats such as ✓ ✕ included), and
 * the emoji presentation selector. Symbols every font has (›, ·, ¥, →, © ...) are not emoji here.
 */
// The selector (FE0F) and the keycap mark (20E3) are meant to match on their own, as leftovers of an emoji.
// eslint-disable-next-line no-misleading-character-class
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{FE0F}\u{20E3}]/gu;
const NOT_ICONS = new Set(['©', '®', '™']);

/** The emoji characters in `text`, in order. */
export function emojiIn(text: string): string[] {
  return [...text.matchAll(EMOJI)].map((match) => match[0]).filter((char) => !NOT_ICONS.has(char));
}
