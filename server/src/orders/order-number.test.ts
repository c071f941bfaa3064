import { describe, expect, it } from 'vitest';
import { newOrderNumber } from './order-number.js';

describe('newOrderNumber', () => {
  it('starts with the China-local date, which is a day ahead of UTC after 16:00 UTC', () => {
    expect(newOrderNumber(new Date('2026-11-23T15:59:59Z'), () => 0)).toBe('2611230000000000');
    expect(newOrderNumber(new Date('2026-11-23T16:00:00Z'), () => 0)).toBe('2611240000000000');
  });

  it('is 16 digits with the random part zero-padded', () => {
    let call = 0;
    const number = newOrderNumber(new Date('2026-01-02T00:00:00Z'), () => (call++ === 0 ? 42 : 99_999));
    expect(number).toBe('2601020004299999');
    expect(number).toMatch(/^\d{16}$/);
  });
});
