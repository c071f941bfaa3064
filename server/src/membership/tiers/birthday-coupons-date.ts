import { CHINA_OFFSET_MS } from '../../util/china-time.js';

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** The calendar day in China at `instant`. */
export function chinaDay(instant: Date): CalendarDay {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthDay = (month: number, day: number) => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The birthdays ('MM-DD') celebrated on `day`: its own month-day and, on 28 February of a year
 * without a 29th, also 29 February, so those members get their birthday every year.
 */
export function birthdaysCelebratedOn(day: CalendarDay): string[] {
  const own = monthDay(day.month, day.day);
  return own === '02-28' && !isLeapYear(day.year) ? [own, '02-29'] : [own];
}

/** Whether a 'YYYY-MM-DD' birthday is celebrated on `day`. */
export function isBirthdayOn(birthday: string, day: CalendarDay): boolean {
  return birthdaysCelebratedOn(day).includes(birthday.slice(5));
}
