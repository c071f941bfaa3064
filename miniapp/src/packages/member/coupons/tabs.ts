import type { MyCouponFilter } from '../../../api';
import type { TabItem } from '../../../components';

export const MY_COUPON_TABS: readonly TabItem<MyCouponFilter>[] = [
  { key: 'usable', label: '可使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
];

/** The tab a link asked for (`?tab=used`), else 可使用. */
export function tabFromQuery(value: string | undefined): MyCouponFilter {
  return MY_COUPON_TABS.find((tab) => tab.key === value)?.key ?? 'usable';
}
