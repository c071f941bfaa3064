import { maskPhone, type MemberOverviewView } from '@shop/shared';
import type { MemberService } from './member.service.js';
import type { PointsService } from './points/points.service.js';
import type { GrowthService } from './tiers/growth.service.js';
import type { ProfileService } from './profile/profile.service.js';
import { progressToNext } from './tiers/tier-rules.js';
import { tierView } from './tiers/tier-views.js';

/** What the member centre (GET /members/me) and the store tablet show about a member. */
export class MemberOverviewService {
  constructor(
    private readonly members: MemberService,
    private readonly profiles: ProfileService,
    private readonly growth: GrowthService,
    private readonly points: PointsService,
  ) {}

  async overview(memberId: number): Promise<MemberOverviewView> {
    const member = await this.members.get(memberId);
    const [birthday, { growth, tier, tiers }, pointsBalance] = await Promise.all([this.profiles.birthdayOf(memberId), this.growth.growthOf(memberId), this.points.balanceOf(memberId)]);
    const next = progressToNext(tiers, tier, growth);
    return {
      id: member.id,
      nickname: member.nickname,
      avatarUrl: member.avatarUrl,
      phone: member.phone,
      birthday,
      tier: tier ? tierView(tier) : null,
      growth,
      nextTier: next ? { code: next.tier.code, name: next.tier.name, growthThreshold: next.tier.growthThreshold, growthNeeded: next.growthNeeded } : null,
      pointsBalance,
    };
  }

  /** For staff: the same, with the phone masked (138****8000). */
  async forStaff(memberId: number): Promise<MemberOverviewView> {
    const view = await this.overview(memberId);
    return { ...view, phone: view.phone ? maskPhone(view.phone) : null };
  }
}
