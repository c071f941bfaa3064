import type { GroupbuyGroupView, GroupbuyMemberView } from '@shop/shared';

export type Seat = { kind: 'member'; member: GroupbuyMemberView } | { kind: 'empty' } | { kind: 'more'; count: number };

/** Most seats drawn in one row set; bigger groups (up to 50) fold the rest into "+N". */
export const MAX_SHOWN_SEATS = 10;

/**
 * The avatar row of a group: its members as the server orders them (leader first), then one
 * empty seat ("?") per place still free. When there are more than `max` seats, the last shown
 * one says how many more there are.
 */
export function seatLayout(group: Pick<GroupbuyGroupView, 'size' | 'members'>, max = MAX_SHOWN_SEATS): Seat[] {
  const members: Seat[] = group.members.map((member) => ({ kind: 'member', member }));
  const empties: Seat[] = Array.from({ length: Math.max(0, group.size - group.members.length) }, () => ({ kind: 'empty' }));
  const seats = [...members, ...empties];
  if (seats.length <= max) return seats;
  return [...seats.slice(0, max - 1), { kind: 'more', count: seats.length - (max - 1) }];
}

/** Paid members still missing before the group succeeds (a reserved seat is not yet a member). */
export function membersNeeded(group: Pick<GroupbuyGroupView, 'size' | 'paidCount'>): number {
  return Math.max(0, group.size - group.paidCount);
}
