import { describe, expect, it } from 'vitest';
import { rfc3339China, truncateUtf8 } from './pay-client.js';

describe('WeChat Pay request formatting', () => {
  it('truncates descriptions by UTF-8 bytes without splitting characters', () => {
    const title = '重磅纯棉圆领T恤'.repeat(10);
    const cut = truncateUtf8(title, 127);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(127);
    expect(title.startsWith(cut)).toBe(true);
    expect(Buffer.byteLength(truncateUtf8(title, 127) + title[cut.length], 'utf8')).toBeGreaterThan(127);
    expect(truncateUtf8('abc', 127)).toBe('abc');
  });

  it('formats time_expire as China time with an offset and no milliseconds', () => {
    expect(rfc3339China(new Date('2026-11-23T12:30:45.678Z'))).toBe('2026-11-23T20:30:45+08:00');
  });
});
