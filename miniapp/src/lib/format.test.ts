import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDateTime, formatDistance, maskPhone, price, specText } from './format';

describe('formatting', () => {
  it('shows fen as yuan with the shared helper', () => {
    expect(price(1230)).toBe('¥12.30');
    expect(price(5)).toBe('¥0.05');
    expect(price(1234567)).toBe('¥12,345.67');
    expect(() => price(12.5)).toThrow();
  });

  it('shows distances in metres below a kilometre', () => {
    expect(formatDistance(850)).toBe('850m');
    expect(formatDistance(1234)).toBe('1.2km');
    expect(formatDistance(25_400)).toBe('25km');
  });

  it('counts down as mm:ss, with hours when needed, never negative', () => {
    expect(formatCountdown(29 * 60_000 + 59_999)).toBe('29:59');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('00:00');
  });

  it('formats an instant in local time', () => {
    const local = new Date(2026, 10, 23, 9, 5);
    expect(formatDateTime(local.toISOString())).toBe('2026-11-23 09:05');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('joins spec values in the product spec order', () => {
    expect(specText({ 尺码: 'L', 颜色: '黑色' }, ['颜色', '尺码'])).toBe('黑色 / L');
    expect(specText({})).toBe('');
  });

  it('masks the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('021-1234')).toBe('021-1234');
  });
});
