import type { ModuleDefinition } from '../module-definition.js';
import { StoreEntity } from './store.entity.js';
import { StaffAccountEntity } from './staff-account.entity.js';
import { PhoneChallengeEntity } from './counter/phone-challenge.entity.js';
import { StaffKnownDeviceEntity } from './staff-known-device.entity.js';
import { ReferralBindingEntity, ReferralEventEntity } from './attribution/referral.entity.js';
import { staffAuthRoutes } from './staff-auth.routes.js';
import { storeRoutes } from './stores.routes.js';
import { adminStoreRoutes } from './admin-stores.routes.js';
import { teamRoutes } from './team/team.routes.js';
import { counterRoutes } from './counter/counter.routes.js';
import { staffOrderRoutes } from './staff-orders.routes.js';
import { attributionRoutes } from './attribution/attribution.routes.js';
import { uncollectedPickupsJob } from './pickup/uncollected-pickups.job.js';

/** The stores module: experience stores, staff and their sign-in, the team desk, the counter, pickup, attribution and commission. */
export const storesModule: ModuleDefinition = {
  name: 'stores',
  entities: [StoreEntity, StaffAccountEntity, PhoneChallengeEntity, StaffKnownDeviceEntity, ReferralBindingEntity, ReferralEventEntity],
  routes: [staffAuthRoutes, storeRoutes, adminStoreRoutes, teamRoutes, counterRoutes, staffOrderRoutes, attributionRoutes],
  jobs: [uncollectedPickupsJob],
};
