import { describe, expect, it } from 'vitest';
import { member } from '../testing/fixtures';
import { membersNeeded, seatLayout } from './seats';

const kinds = (seats: ReturnType<typeof seatLayout>) => seats.map((s) => (s.kind === 'member' ? s.member.nickname : s.kind === 'more' ? `+${s.count}` : '?'));

describe('seat layout', () => {
  it('puts the members first, leader leading, then one empty seat per free place', () => {
    const seats = seatLayout({ size: 5, members: [member('团长', { isLeader: true }), member('小二', { paid: false })] });
    expect(kinds(seats)).toEqual(['团长', '小二', '?', '?', '?']);
  });

  it('has no empty seat in a full group', () => {
    expect(kinds(seatLayout({ size: 2, members: [member('甲'), member('乙')] }))).toEqual(['甲', '乙']);
  });

  it('folds big groups into a "+N" seat so the row stays short', () => {
    const seats = seatLayout({ size: 50, members: [member('甲'), member('乙'), member('丙')] }, 10);
    expect(seats).toHaveLength(10);
    expect(kinds(seats)).toEqual(['甲', '乙', '丙', '?', '?', '?', '?', '?', '?', '+41']);
  });

  it('shows exactly `max` seats without folding', () => {
    expect(seatLayout({ size: 10, members: [member('甲')] }, 10).every((s) => s.kind !== 'more')).toBe(true);
  });

  it('counts the paid members still missing, not the free seats', () => {
    // Two seats taken, only the leader paid: one more payment is not enough.
    expect(membersNeeded({ size: 3, paidCount: 1 })).toBe(2);
    expect(membersNeeded({ size: 3, paidCount: 3 })).toBe(0);
  });
});
