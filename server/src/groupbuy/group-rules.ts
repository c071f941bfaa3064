/** The rules of a group's life that need no database. */

/** 模拟成团: complete a group at expiry when it is short by at most `shortBy` paid members (and someone paid). */
export function shouldSimulate(group: { size: number; paidCount: number }, shortBy: number | null): boolean {
  if (shortBy === null || group.paidCount === 0) return false;
  return group.size - group.paidCount <= shortBy;
}

/** Whether a campaign takes new groups and joins at `now`. */
export function campaignRunning(campaign: { status: string; startsAt: Date; endsAt: Date }, now: Date): boolean {
  return campaign.status === 'active' && campaign.startsAt <= now && now < campaign.endsAt;
}
