import { describe, expect, it } from 'vitest';
import { birthdaysCelebratedOn, chinaDay, isBirthdayOn, isLeapYear } from './birthday-coupons-date.js';

describe('birthday date rule', () => {
  it('a 29 February birthday is celebrated on 28 February in a year without a 29th', () => {
    expect(isBirthdayOn('2000-02-29', { year: 2027, month: 2, day: 28 })).toBe(true);
    expect(isBirthdayOn('2000-02-29', { year: 2027, month: 3, day: 1 })).toBe(false);
    expect(isBirthdayOn('2000-02-28', { year: 2027, month: 2, day: 28 })).toBe(true);
  });

  it('in a leap year it is celebrated on the 29th, and the 28th belongs to 28 February birthdays only', () => {
    expect(isBirthdayOn('2000-02-29', { year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isBirthdayOn('2000-02-29', { year: 2028, month: 2, day: 28 })).toBe(false);
    expect(birthdaysCelebratedOn({ year: 2028, month: 2, day: 28 })).toEqual(['02-28']);
    expect(birthdaysCelebratedOn({ year: 2100, month: 2, day: 28 })).toEqual(['02-28', '02-29']);
  });

  it('leap years follow the Gregorian rule', () => {
    expect([2024, 2000, 2027, 2100].map(isLeapYear)).toEqual([true, true, false, false]);
  });

  it('other birthdays are their own month-day only', () => {
    expect(birthdaysCelebratedOn({ year: 2026, month: 5, day: 20 })).toEqual(['05-20']);
    expect(isBirthdayOn('1990-05-20', { year: 2026, month: 5, day: 21 })).toBe(false);
  });

  it('the day is the date in China (UTC+8), not in UTC', () => {
    expect(chinaDay(new Date('2026-05-19T16:00:00Z'))).toEqual({ year: 2026, month: 5, day: 20 });
    expect(chinaDay(new Date('2026-05-19T15:59:59.999Z'))).toEqual({ year: 2026, month: 5, day: 19 });
    expect(chinaDay(new Date('2026-12-31T16:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
  });
});
