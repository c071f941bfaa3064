import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { CommissionService } from './commission.service.js';
import { ReferralTokens } from './referral-token.js';
import { ReferralsService } from './referrals.service.js';

/** Attribution and commission: who a member's orders credit (导购 binding), and what staff earn from it. */
export interface Attribution {
  referrals: ReferralsService;
  commission: CommissionService;
}

export function createAttribution(dataSource: DataSource, config: AppConfig): Attribution {
  return {
    referrals: new ReferralsService(dataSource, new ReferralTokens(config.authSecret), config.attribution.bindingDays),
    commission: new CommissionService(dataSource, config.attribution.commissionRateBasisPoints),
  };
}
