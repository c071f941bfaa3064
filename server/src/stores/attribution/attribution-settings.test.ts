import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

describe('attribution settings', () => {
  it('bind for 15 days and pay 3% by default', () => {
    expect(loadConfig({}).attribution).toEqual({ bindingDays: 15, commissionRateBasisPoints: 300 });
  });

  it('read ATTRIBUTION_DAYS and COMMISSION_RATE_BASIS_POINTS, and refuse nonsense', () => {
    expect(loadConfig({ ATTRIBUTION_DAYS: '7', COMMISSION_RATE_BASIS_POINTS: '450' }).attribution).toEqual({ bindingDays: 7, commissionRateBasisPoints: 450 });
    expect(() => loadConfig({ ATTRIBUTION_DAYS: '0' })).toThrow(/ATTRIBUTION_DAYS/);
    expect(() => loadConfig({ COMMISSION_RATE_BASIS_POINTS: '10001' })).toThrow(/COMMISSION_RATE_BASIS_POINTS/);
    expect(() => loadConfig({ COMMISSION_RATE_BASIS_POINTS: '2.5' })).toThrow(/COMMISSION_RATE_BASIS_POINTS/);
  });
});
