import { MY_GROUP_FILTERS, type MyGroupFilter } from '@shop/shared';
import type { TabItem } from '../../../components';

/** 我的拼团's tabs: all seats, or one of the server's filters (GET /groupbuy/mine?status=). */
export type MyGroupTab = 'all' | MyGroupFilter;

export const MY_GROUP_TABS: readonly TabItem<MyGroupTab>[] = [
  { key: 'all', label: '全部' },
  { key: 'open', label: '拼团中' },
  { key: 'succeeded', label: '拼团成功' },
  { key: 'failed', label: '未成团' },
];

/** The tab a link asks for (`?tab=`), 全部 when it names none we know. */
export function myGroupTab(param: string | undefined): MyGroupTab {
  return (MY_GROUP_FILTERS as readonly string[]).includes(param ?? '') ? (param as MyGroupFilter) : 'all';
}

/** What an empty tab says. */
export function myGroupsEmpty(tab: MyGroupTab): { title: string; description: string } {
  switch (tab) {
    case 'all':
      return { title: '还没有参加过拼团', description: '好物一起拼，人满即成团，不成团自动退款' };
    case 'open':
      return { title: '没有进行中的拼团', description: '去开一个团，邀请好友一起拼' };
    case 'succeeded':
      return { title: '还没有拼团成功的订单', description: '人满即成团，成团后尽快发货' };
    case 'failed':
      return { title: '没有未成团的记录', description: '未成团的订单会自动全额退款' };
  }
}
