import { Brackets, type DataSource } from 'typeorm';
import type { Job } from '../../jobs/job.js';
import type { TierLookup } from '../../coupons/coupon-issuer.js';
import type { CouponsService } from '../../coupons/coupons.service.js';
import { MemberProfileEntity } from '../profile/member-profile.entity.js';
import { MemberTierEntity } from './member-tier.entity.js';
import { birthdaysCelebratedOn, chinaDay } from './birthday-coupons-date.js';

const BATCH = 500;

/**
 * On a member's birthday (the date in China) their current tier's birthday coupon, once a year:
 * every instance carries sourceRef `birthday:<year>`, unique per member, so running again, or
 * in two processes at once, issues nothing twice. Each run walks today's birthdays in member id
 * batches (a scan of member_profile: birthdays are not indexed by month-day), which also serves
 * members who reach a tier with a birthday coupon, or enter their birthday, later in the day.
 */
export class BirthdayCoupons {
  constructor(
    private readonly db: DataSource,
    private readonly coupons: CouponsService,
    private readonly tierOf: TierLookup,
  ) {}

  /** Returns how many coupons this run issued. */
  async grantDue(now: Date): Promise<number> {
    const today = chinaDay(now);
    const tiers = await this.db.manager.find(MemberTierEntity);
    const templateOfTier = new Map(tiers.flatMap((t) => (t.birthdayCouponTemplateId === null ? [] : [[t.code, t.birthdayCouponTemplateId] as const])));
    if (templateOfTier.size === 0) return 0;
    const grant = { source: 'birthday' as const, sourceRef: `birthday:${today.year}`, actor: 'system:birthday' };
    const patterns = birthdaysCelebratedOn(today).map((monthDay) => `____-${monthDay}`);
    let issued = 0;
    for (let afterId = 0; ; ) {
      const memberIds = await this.birthdaysAfter(patterns, afterId);
      if (memberIds.length === 0) return issued;
      afterId = memberIds[memberIds.length - 1]!;
      const tierOf = await this.tierOf(this.db.manager, memberIds);
      const byTemplate = new Map<number, number[]>();
      for (const id of memberIds) {
        const templateId = templateOfTier.get(tierOf.get(id) ?? '');
        if (templateId !== undefined) byTemplate.set(templateId, [...(byTemplate.get(templateId) ?? []), id]);
      }
      for (const [templateId, ids] of byTemplate) issued += await this.coupons.grantOnce(templateId, ids, grant, now);
      if (memberIds.length < BATCH) return issued;
    }
  }

  /** Members after `afterId` whose 'YYYY-MM-DD' birthday matches one of the LIKE patterns (keyset). */
  private async birthdaysAfter(patterns: string[], afterId: number): Promise<number[]> {
    const rows = await this.db.manager
      .createQueryBuilder(MemberProfileEntity, 'p')
      .select('p.memberId', 'id')
      .where('p.memberId > :afterId', { afterId })
      .andWhere(new Brackets((any) => patterns.forEach((pattern, i) => any.orWhere(`p.birthday LIKE :birthday${i}`, { [`birthday${i}`]: pattern }))))
      .orderBy('p.memberId', 'ASC')
      .limit(BATCH)
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }
}

/** Issues today's birthday coupons (see BirthdayCoupons); safe in every instance at once. */
export const birthdayCouponJob: Job = {
  name: 'membership.birthday-coupons',
  run: (services, now) => new BirthdayCoupons(services.dataSource, services.coupons, services.growth.tierLookup).grantDue(now),
};
