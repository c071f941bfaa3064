import { describe, expect, it } from 'vitest';
import { parsePickupInput, pickupQrPayload } from './pickup-code.js';

describe('pickup codes', () => {
  it('reads a typed code or a scanned QR, and nothing else', () => {
    expect(parsePickupInput(' 012345 ')).toEqual({ code: '012345', orderNo: null });
    expect(parsePickupInput(pickupQrPayload('2611231234567890', '987654'))).toEqual({ code: '987654', orderNo: '2611231234567890' });
    for (const bad of ['12345', '1234567', 'abcdef', 'PICKUP:1:123456', 'PICKUP:2611231234567890:12345']) expect(parsePickupInput(bad)).toBeNull();
  });
});
