import { describe, expect, it } from 'vitest';
import { movedTo, sameHotWord } from './hot-word-rules.js';

describe('热搜词 rules', () => {
  it('takes words that differ only in case or full-width letters for the same word', () => {
    expect(sameHotWord('T恤', 't恤')).toBe(true);
    expect(sameHotWord('Ｔ恤', 'T恤')).toBe(true);
    expect(sameHotWord('帆布', '帆布包')).toBe(false);
  });

  it('moves an item up, down, to either end, and clamps a place past the end', () => {
    const words = ['a', 'b', 'c', 'd'];
    expect(movedTo(words, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(movedTo(words, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(movedTo(words, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(movedTo(words, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(movedTo(words, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(movedTo(words, 1, 1)).toEqual(words);
    expect(() => movedTo(words, 4, 0)).toThrow(RangeError);
  });
});
