import type { IconName } from '../components/Icon';
import { GROUPBUY_PAGES } from './groupbuy-routes';
import { MEMBER_PAGES } from './member-routes';
import { PAGES, type PagePath, type PageParams } from './routes';

export interface Banner {
  title: string;
  subtitle: string;
  /** CSS background of the slide. */
  background: string;
  path: PagePath;
  params?: PageParams;
}

/** The home page's slides. Static until the back office manages banners. */
export const BANNERS: readonly Banner[] = [
  { title: '秋冬上新', subtitle: '重磅棉与羊毛，暖而不闷', background: 'linear-gradient(135deg, #3a3a3a, #8c7a63)', path: PAGES.search, params: { sort: 'new' } },
  { title: '门店自提', subtitle: '线上下单 · 就近门店 2 小时取货', background: 'linear-gradient(135deg, #1f4037, #99a98a)', path: PAGES.category },
  { title: '会员专享价', subtitle: '登录即享会员价，满 ¥99 包邮', background: 'linear-gradient(135deg, #8e2c2c, #e4393c)', path: PAGES.search, params: { sort: 'sales' } },
];

export interface HomeEntry {
  icon: IconName;
  label: string;
  /** null: not open yet (shown, with a "coming soon" toast). */
  path: PagePath | null;
}

/** Activity entries under the categories; group-buys arrive with their pages. */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  { icon: 'group', label: '我的拼团', path: GROUPBUY_PAGES.mine },
  { icon: 'coupon', label: '领券中心', path: MEMBER_PAGES.couponCentre },
  { icon: 'store', label: '附近门店', path: MEMBER_PAGES.stores },
  { icon: 'package', label: '我的订单', path: PAGES.orders },
];

/** Running group-buy campaigns the home page's 拼团 section shows (the rest are on their product pages). */
export const HOME_GROUPBUY_LIMIT = 4;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "还剩 3 天" / "还剩 5 小时" / "还剩 12 分钟" until a campaign ends (rounded down, at least a minute); "已结束" after. */
export function endsInText(endsAt: string, now: number = Date.now()): string {
  const left = Date.parse(endsAt) - now;
  if (!(left > 0)) return '已结束';
  if (left >= DAY) return `还剩 ${Math.floor(left / DAY)} 天`;
  if (left >= HOUR) return `还剩 ${Math.floor(left / HOUR)} 小时`;
  return `还剩 ${Math.max(1, Math.floor(left / MINUTE))} 分钟`;
}

/** "省¥60.00" beside a card's group price; null when the group price saves nothing. */
export function groupSaving(card: { groupPrice: number; listPrice: number }): number | null {
  const saving = card.listPrice - card.groupPrice;
  return saving > 0 ? saving : null;
}
