import type { GroupbuyGroupView, MyGroupbuyView, OrderView } from '@shop/shared';
import { price } from '../../../lib/format';
import { membersNeeded } from './seats';

/** The viewer's own seat in the group (from 我的拼团), if they hold one. */
export type MySeat = Pick<MyGroupbuyView, 'orderId' | 'orderStatus' | 'isLeader'>;

/** What the viewer can do on the group page; the first of a state's actions is the main button. */
export type GroupAction = 'pay' | 'invite' | 'join' | 'start_new' | 'view_order' | 'browse';

export type GroupTone = 'progress' | 'success' | 'fail';

export interface GroupPageState {
  title: string;
  note: string;
  tone: GroupTone;
  actions: GroupAction[];
}

export interface GroupPageInput {
  group: Pick<GroupbuyGroupView, 'status' | 'size' | 'paidCount' | 'remainingSeats'>;
  mine: MySeat | null;
  /** The viewer's order (for the refund shown on failure); null while unknown. */
  order: Pick<OrderView, 'status' | 'refundedTotal'> | null;
  /** The campaign still takes orders for this product (running, units left): joining and starting are possible. */
  offerOpen: boolean;
}

/** A seat given up (its order cancelled unpaid) no longer counts: the viewer may join again. */
export function liveSeat(mine: MySeat | null): MySeat | null {
  return mine && mine.orderStatus !== 'cancelled' ? mine : null;
}

/**
 * The line that tells a member the group is theirs: "你已参团" (or "你是团长") once paid, with
 * "待支付" while their seat waits for the payment; null for anyone else.
 */
export function mySeatText(mine: MySeat | null, group: Pick<GroupbuyGroupView, 'status'>): string | null {
  const seat = liveSeat(mine);
  if (!seat) return null;
  const who = seat.isLeader ? '你是团长' : '你已参团';
  if (seat.orderStatus === 'pending_payment' && (group.status === 'open' || group.status === 'pending')) return `${who} · 待支付，名额为你保留中`;
  return who;
}

/** What a failed group did with the viewer's money, in the words of their order. */
export function refundNote(order: GroupPageInput['order']): string {
  if (!order) return '人数未满，已付款项将原路退回';
  if (order.status === 'refunded') return `已退款 ${price(order.refundedTotal)}，原路退回`;
  if (order.status === 'refunding') return '退款处理中，将原路退回';
  if (order.status === 'cancelled') return '订单未支付，已自动取消';
  return '人数未满，已付款项将原路退回';
}

function elsewhere(offerOpen: boolean, member: boolean): GroupAction[] {
  const own: GroupAction[] = member ? ['view_order'] : [];
  return [...own, offerOpen ? 'start_new' : 'browse'];
}

/** Headline, note and buttons of the group page for whoever looks at it. */
export function groupPageState({ group, mine, order, offerOpen }: GroupPageInput): GroupPageState {
  const seat = liveSeat(mine);
  const isMember = seat !== null;
  const unpaid = seat?.orderStatus === 'pending_payment';
  switch (group.status) {
    case 'succeeded':
      return { title: '拼团成功', tone: 'success', note: isMember ? '人已凑齐，商家将尽快为你备货发货' : '这个团已经成团啦，你也可以开一个新团', actions: elsewhere(offerOpen, isMember) };
    case 'failed':
      return { title: '拼团失败', tone: 'fail', note: isMember ? refundNote(order) : '人数未满，这个团没有成功', actions: elsewhere(offerOpen, isMember) };
    case 'cancelled':
      return { title: '拼团已取消', tone: 'fail', note: '团长未在时限内支付', actions: elsewhere(offerOpen, isMember) };
    case 'pending':
      if (unpaid) return { title: '待支付', tone: 'progress', note: '支付成功后开团，再邀请好友参团', actions: ['pay', 'view_order'] };
      return { title: '等待团长支付', tone: 'progress', note: '团长支付后即可参团', actions: elsewhere(offerOpen, isMember) };
    case 'open': {
      const title = `还差 ${membersNeeded(group)} 人拼团成功`;
      if (unpaid) return { title, tone: 'progress', note: '请尽快支付，超时未付名额将释放', actions: ['pay', 'view_order'] };
      if (isMember) return { title, tone: 'progress', note: '邀请好友参团，人满即成团；到时未满自动退款', actions: ['invite', 'view_order'] };
      if (!offerOpen) return { title, tone: 'progress', note: '活动已结束或拼团库存已抢光', actions: ['browse'] };
      if (group.remainingSeats === 0) return { title, tone: 'progress', note: '名额已被占满，等待其他成员支付', actions: ['start_new'] };
      return { title, tone: 'progress', note: `仅剩 ${group.remainingSeats} 个名额，快来参团`, actions: ['join'] };
    }
  }
}

/** The label on a card of 我的拼团: the group's state from this member's side. */
export function myGroupLabel(item: Pick<MyGroupbuyView, 'status' | 'size' | 'paidCount' | 'orderStatus'>): { text: string; tone: GroupTone } {
  if (item.orderStatus === 'cancelled' && item.status !== 'failed') return { text: '已取消', tone: 'fail' };
  if (item.orderStatus === 'pending_payment' && (item.status === 'open' || item.status === 'pending')) return { text: '待支付', tone: 'progress' };
  switch (item.status) {
    case 'open':
      return { text: `拼团中 · 还差 ${membersNeeded(item)} 人`, tone: 'progress' };
    case 'pending':
      return { text: '待团长支付', tone: 'progress' };
    case 'succeeded':
      return { text: '拼团成功', tone: 'success' };
    case 'failed':
      if (item.orderStatus === 'refunded') return { text: '拼团失败 · 已退款', tone: 'fail' };
      if (item.orderStatus === 'refunding') return { text: '拼团失败 · 退款中', tone: 'fail' };
      return { text: '拼团失败', tone: 'fail' };
    case 'cancelled':
      return { text: '已取消', tone: 'fail' };
  }
}
