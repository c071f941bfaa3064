import { describe, expect, it } from 'vitest';
import { endsInText, groupSaving } from './home-content';

describe('home 拼团 cards', () => {
  const now = Date.parse('2026-11-23T08:00:00Z');
  const at = (ms: number) => new Date(now + ms).toISOString();

  it('says how long a campaign still runs, in the largest whole unit', () => {
    expect(endsInText(at(3 * 86_400_000 + 5 * 3_600_000), now)).toBe('还剩 3 天');
    expect(endsInText(at(86_400_000), now)).toBe('还剩 1 天');
    expect(endsInText(at(86_400_000 - 1), now)).toBe('还剩 23 小时');
    expect(endsInText(at(3_600_000), now)).toBe('还剩 1 小时');
    expect(endsInText(at(59 * 60_000 + 59_000), now)).toBe('还剩 59 分钟');
    expect(endsInText(at(10_000), now)).toBe('还剩 1 分钟');
  });

  it('says 已结束 once the end has passed, or when the date is unreadable', () => {
    expect(endsInText(at(0), now)).toBe('已结束');
    expect(endsInText(at(-60_000), now)).toBe('已结束');
    expect(endsInText('not a date', now)).toBe('已结束');
  });

  it('shows a saving only when the group price is below the list price', () => {
    expect(groupSaving({ groupPrice: 9900, listPrice: 15900 })).toBe(6000);
    expect(groupSaving({ groupPrice: 9900, listPrice: 9900 })).toBeNull();
  });
});
