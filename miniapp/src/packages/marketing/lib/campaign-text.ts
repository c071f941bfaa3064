import { formatFen, type GroupbuyCampaignStats, type GroupbuyCampaignView } from '@shop/shared';
import { formatDateTime } from '../../../lib/format';
import { formTimeText } from '../../../lib/countdown';

/** The rules of a campaign as short phrases for its card. */
export function campaignFacts(c: GroupbuyCampaignView): string[] {
  return [
    `${c.groupSize} 人团`,
    `${formTimeText(c.formMinutes)}内成团`,
    `${formatDateTime(c.startsAt)} 至 ${formatDateTime(c.endsAt)}`,
    `每人限参 ${c.perMemberLimit} 次`,
    ...(c.newMembersOnly ? ['仅限新人参团'] : []),
    ...(c.simulateWhenShortBy !== null ? [`差 ${c.simulateWhenShortBy} 人内模拟成团`] : []),
    ...(c.leaderDiscount !== null ? [`团长再减 ${formatFen(c.leaderDiscount)}`] : []),
  ];
}

export interface StatFigure {
  key: string;
  label: string;
  value: string;
}

/** Success rate from basis points: 6667 -> "66.67%". */
export function basisPointsText(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}

export function campaignStatFigures(s: GroupbuyCampaignStats): StatFigure[] {
  return [
    { key: 'started', label: '开团', value: String(s.groupsStarted) },
    { key: 'succeeded', label: '成团', value: String(s.groupsSucceeded) },
    { key: 'failed', label: '失败', value: String(s.groupsFailed) },
    { key: 'rate', label: '成团率', value: basisPointsText(s.successRateBasisPoints) },
    { key: 'gmv', label: 'GMV', value: formatFen(s.gmv) },
    { key: 'new', label: '新客', value: String(s.newMembers) },
  ];
}
