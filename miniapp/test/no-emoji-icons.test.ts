import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emojiIn } from './emoji';

/**
 * No emoji in the storefront's sources. Emoji need an emoji font, and without one (many Linux and
 * Windows machines, some Android skins) they show as empty squares: icons come from
 * components/Icon.tsx, which draws them as SVG. Symbols that every font has (›, ·, ¥, → ...)
 * are fine (see ./emoji).
 */
const src = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.(tsx?|scss)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [path];
  });
}

describe('icons are SVG, never emoji', () => {
  it('finds emoji, including the ones that used to be icons here, and not ordinary symbols', () => {
    for (const icon of ['🔍', '🛍️', '📡', '🏬', '📞', '🧭', '🎟️', '🪙', '👥', '✕', '✓', '⏳', '⏰', '❔', '⚠️', '✅', '🟢', '🚚', '👑', '⭐']) {
      expect(emojiIn(`<Text>${icon} 打电话</Text>`), icon).not.toEqual([]);
    }
    expect(emojiIn("全部订单 › ¥69.00 · 立即领取 → 去使用 ©")).toEqual([]);
  });

  it('no source file in miniapp/src uses an emoji', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const chars = emojiIn(line);
          const points = chars.map((char) => [...char].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join('+'));
          return chars.length ? [`${relative(src, file)}:${index + 1} ${chars.join(' ')} (${points.join(', ')}): use <Icon name=... /> from components/Icon`] : [];
        }),
    );
    expect(found).toEqual([]);
  });
});
