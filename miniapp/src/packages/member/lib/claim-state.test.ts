import { describe, expect, it } from 'vitest';
import { afterClaim, afterClaimFailure, scarcityText, ticketState } from './claim-state';

describe('claim ticket state', () => {
  const oneEach = { remaining: 10, remainingForMe: 1 };

  it('is open until the member has claimed what they may', () => {
    expect(ticketState(oneEach)).toBe('open');
    expect(ticketState(oneEach, afterClaim())).toBe('claimed');
    const twoEach = { remaining: 10, remainingForMe: 2 };
    expect(ticketState(twoEach, afterClaim())).toBe('open');
    expect(ticketState(twoEach, afterClaim(afterClaim()))).toBe('claimed');
  });

  it('shows 已抢光 when the server says sold out or the last one went to someone', () => {
    expect(ticketState(oneEach, afterClaimFailure(undefined, { code: 'COUPON_SOLD_OUT' }))).toBe('sold_out');
    expect(ticketState({ remaining: 1, remainingForMe: 3 }, afterClaim())).toBe('sold_out');
  });

  it('shows 已领取 when the server says the limit is reached', () => {
    expect(ticketState(oneEach, afterClaimFailure(undefined, { code: 'COUPON_LIMIT_REACHED' }))).toBe('claimed');
  });

  it('leaves the ticket open after other failures, so the member can retry', () => {
    expect(ticketState(oneEach, afterClaimFailure(undefined, { code: 'NETWORK' }))).toBe('open');
  });

  it('mentions scarcity only when few are left', () => {
    expect(scarcityText(8)).toBe('仅剩 8 张');
    expect(scarcityText(500)).toBeNull();
    expect(scarcityText(0)).toBeNull();
  });
});
