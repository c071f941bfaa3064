import type { GroupbuyGroupView } from '@shop/shared';
import { price } from '../../../lib/format';
import { membersNeeded } from './seats';

/** The share card's title: what is missing and for how much, the way WeChat group-buys invite. */
export function shareTitle(group: Pick<GroupbuyGroupView, 'size' | 'paidCount' | 'status'>, productTitle: string, unitPrice: number | null): string {
  const priceText = unitPrice !== null ? `${price(unitPrice)} ` : '';
  if (group.status !== 'open') return `${priceText}拼团 ${productTitle}`;
  return `还差${membersNeeded(group)}人！${priceText}拼 ${productTitle}`;
}
