import type { CouponTemplate } from './coupon-template.entity.js';

const DAY_MS = 86_400_000;

/** Active and inside its claim window (an open end means no limit on that side). */
export function isHandingOut(template: CouponTemplate, now: Date): boolean {
  if (template.status !== 'active') return false;
  if (template.claimStartsAt && new Date(template.claimStartsAt).getTime() > now.getTime()) return false;
  if (template.claimEndsAt && new Date(template.claimEndsAt).getTime() <= now.getTime()) return false;
  return instanceValidity(template, now).validUntil.getTime() > now.getTime();
}

/** When an instance received now may be used: the fixed dates, or N days from now. */
export function instanceValidity(template: CouponTemplate, now: Date): { validFrom: Date; validUntil: Date } {
  const validity = template.validity;
  if (validity.kind === 'fixed') return { validFrom: new Date(validity.from), validUntil: new Date(validity.until) };
  return { validFrom: now, validUntil: new Date(now.getTime() + validity.days * DAY_MS) };
}

/** Whether a member belongs to the template's audience. `tierCode` is null until tiers exist. */
export function inAudience(template: CouponTemplate, member: { createdAt: Date }, tierCode: string | null, now: Date): boolean {
  const audience = template.audience;
  if (audience.kind === 'everyone') return true;
  if (audience.kind === 'new_members') return new Date(member.createdAt).getTime() >= now.getTime() - audience.withinDays * DAY_MS;
  return tierCode !== null && audience.codes.includes(tierCode);
}
