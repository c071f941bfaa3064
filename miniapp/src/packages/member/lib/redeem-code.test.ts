import { describe, expect, it } from 'vitest';
import { checkRedeemCode } from './redeem-code';

describe('redeem code entry', () => {
  it('trims and upper-cases like the server', () => {
    expect(checkRedeemCode('  welcome2026 ')).toEqual({ ok: true, code: 'WELCOME2026' });
  });

  it('refuses codes that are too short or too long', () => {
    expect(checkRedeemCode('abc')).toEqual({ ok: false, message: '请输入 4-32 位兑换码' });
    expect(checkRedeemCode('x'.repeat(33))).toEqual({ ok: false, message: '请输入 4-32 位兑换码' });
  });
});
