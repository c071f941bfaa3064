import type { ModuleDefinition } from '../module-definition.js';
import { MemberEntity } from './member.entity.js';
import { AddressEntity } from './address.entity.js';
import { PointsAccountEntity } from './points/points-account.entity.js';
import { PointsEntryEntity } from './points/points-entry.entity.js';
import { MemberTierEntity } from './tiers/member-tier.entity.js';
import { MemberGrowthEntity } from './tiers/member-growth.entity.js';
import { MemberProfileEntity } from './profile/member-profile.entity.js';
import { MemberConsentEntity } from './profile/member-consent.entity.js';
import { MemberCodeDigitsEntity } from './member-code/member-code-digits.entity.js';
import { memberAuthRoutes } from './auth.routes.js';
import { addressRoutes } from './address.routes.js';
import { memberRoutes } from './members.routes.js';
import { adminMemberRoutes } from './admin-members.routes.js';
import { pointsExpiryJob } from './points/points-expiry.job.js';
import { birthdayCouponJob } from './tiers/birthday-coupons.job.js';

/** The membership module: members, sign-in, addresses, profiles and consents, points, tiers and growth. */
export const membershipModule: ModuleDefinition = {
  name: 'membership',
  entities: [MemberEntity, AddressEntity, PointsAccountEntity, PointsEntryEntity, MemberTierEntity, MemberGrowthEntity, MemberProfileEntity, MemberConsentEntity, MemberCodeDigitsEntity],
  routes: [memberAuthRoutes, addressRoutes, memberRoutes, adminMemberRoutes],
  jobs: [pointsExpiryJob, birthdayCouponJob],
};
