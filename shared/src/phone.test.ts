import { describe, expect, it } from 'vitest';
import { maskPhone } from './phone.js';

describe('maskPhone', () => {
  it('keeps the first three and the last four digits of a mainland mobile number', () => {
    expect(maskPhone('13912342222')).toBe('139****2222');
  });

  it('leaves what is not an 11-digit number alone (already masked, landlines)', () => {
    expect(maskPhone('139****2222')).toBe('139****2222');
    expect(maskPhone('021-6123 4567')).toBe('021-6123 4567');
  });
});
