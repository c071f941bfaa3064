import { describe, expect, it } from 'vitest';
import { MEMBER_CODE_REFRESH_MS, nextRefreshIn, spacedDigits } from './member-code';

describe('member code digits', () => {
  it('groups the 12 digits in fours for reading aloud', () => {
    expect(spacedDigits('837219450631')).toBe('8372 1945 0631');
  });
});

describe('member code refresh timing', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('refreshes a few seconds before a one-minute code expires', () => {
    expect(nextRefreshIn('2026-11-23T10:01:00Z', now)).toBe(55_000);
  });

  it('never waits longer than a minute, even for a long-lived code', () => {
    expect(nextRefreshIn('2026-11-23T11:00:00Z', now)).toBe(MEMBER_CODE_REFRESH_MS);
  });

  it('does not spin on an already expired or unreadable code', () => {
    expect(nextRefreshIn('2026-11-23T09:59:00Z', now)).toBe(5_000);
    expect(nextRefreshIn('soon', now)).toBe(5_000);
  });
});
