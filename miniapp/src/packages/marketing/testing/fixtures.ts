import type { AuthTokenResponse, GroupbuyCampaignStats, GroupbuyCampaignView } from '@shop/shared';
import { saveMarketerSession, type MarketerSession } from '../lib/marketer-session';

/** Test data for the marketing console, shaped like the server's answers (see shared/src/schemas). */

export { failure, offline, ok, productDetail, skuView } from '../../../../test/fixtures';

export function marketerLoginAnswer(fields: Partial<NonNullable<AuthTokenResponse['staff']>> = {}): AuthTokenResponse {
  return {
    token: 'marketer-token',
    expiresAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
    roles: ['marketer'],
    staff: { id: 3, username: 'marketer', displayName: '市场部 小周', role: 'marketer', storeId: null, storeName: null, ...fields },
  };
}

export function signInMarketer(): MarketerSession {
  const saved = saveMarketerSession(marketerLoginAnswer());
  if (!saved.ok) throw new Error(saved.reason);
  return saved.session;
}

export function campaignView(fields: Partial<GroupbuyCampaignView> = {}): GroupbuyCampaignView {
  return {
    id: 11,
    name: 'T恤 两人团',
    productId: 2,
    productTitle: '重磅纯棉圆领T恤',
    productImage: null,
    groupSize: 2,
    formMinutes: 1440,
    startsAt: '2026-12-01T02:00:00.000Z',
    endsAt: '2026-12-08T02:00:00.000Z',
    perMemberLimit: 1,
    newMembersOnly: false,
    simulateWhenShortBy: null,
    leaderDiscount: null,
    status: 'active',
    skus: [{ skuId: 201, specText: '颜色:本白', listPrice: 15900, groupPrice: 9900, stockCap: 50, sold: 6 }],
    createdAt: '2026-11-30T02:00:00.000Z',
    ...fields,
  };
}

export function campaignStats(fields: Partial<GroupbuyCampaignStats> = {}): GroupbuyCampaignStats {
  return { campaignId: 11, groupsStarted: 3, groupsSucceeded: 2, groupsFailed: 1, successRateBasisPoints: 6666, gmv: 39600, newMembers: 2, ...fields };
}
