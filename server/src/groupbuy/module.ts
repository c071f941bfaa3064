import type { ModuleDefinition } from '../module-definition.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity, GroupbuyParticipationEntity } from './campaign.entity.js';
import { GroupbuyGroupEntity, GroupbuyMemberEntity } from './group.entity.js';
import { groupbuyRoutes } from './groupbuy.routes.js';
import { adminGroupbuyRoutes } from './admin-groupbuy.routes.js';
import { groupbuyExpiryJob } from './groupbuy-expiry.job.js';

/** The groupbuy module: 拼团 campaigns, groups and how groups end. */
export const groupbuyModule: ModuleDefinition = {
  name: 'groupbuy',
  entities: [GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity, GroupbuyParticipationEntity, GroupbuyGroupEntity, GroupbuyMemberEntity],
  routes: [groupbuyRoutes, adminGroupbuyRoutes],
  jobs: [groupbuyExpiryJob],
};
