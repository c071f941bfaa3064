import type { GroupbuyGroupView } from '@shop/shared';

/** The line under "拼团 · 拼团中" on a group-buy order: where the group stands and what it means for this order. */
export function orderGroupNote(group: Pick<GroupbuyGroupView, 'status' | 'size' | 'paidCount'>): string {
  switch (group.status) {
    case 'pending':
      return '团长支付后开团，再邀请好友参团';
    case 'open':
      return `已有 ${group.paidCount}/${group.size} 人付款，还差 ${Math.max(0, group.size - group.paidCount)} 人成团；到时未满自动退款`;
    case 'succeeded':
      return '拼团成功，订单已进入发货或备货';
    case 'failed':
      return '人数未满，拼团失败，已付款项自动原路退回';
    case 'cancelled':
      return '团长未在时限内支付，拼团已取消';
  }
}
