import { describe, expect, it } from 'vitest';
import { distanceMeters } from './geo.js';

describe('distanceMeters (haversine)', () => {
  it('is zero for the same point and the same in both directions', () => {
    const jingan = { latitude: 31.2293, longitude: 121.4481 };
    const pudong = { latitude: 31.2351, longitude: 121.5053 };
    expect(distanceMeters(jingan, jingan)).toBe(0);
    expect(distanceMeters(jingan, pudong)).toBeCloseTo(distanceMeters(pudong, jingan), 6);
  });

  it('gives 1/360 of the Earth circumference for one degree along the equator', () => {
    expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111_195.08, 1);
  });

  it('measures a known city distance: People\'s Square to the Bund is about 1.9 km', () => {
    const peoplesSquare = { latitude: 31.2304, longitude: 121.4737 };
    const bund = { latitude: 31.2400, longitude: 121.4900 };
    const d = distanceMeters(peoplesSquare, bund);
    expect(d).toBeGreaterThan(1_800);
    expect(d).toBeLessThan(1_950);
  });

  it('stays finite for antipodal points (half the circumference)', () => {
    expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6_371_008.8, 0);
  });
});
