import type { GroupbuyGroupView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { group, myGroup } from '../testing/fixtures';
import { groupPageState, myGroupLabel, mySeatText, refundNote, type GroupPageInput } from './group-state';

const stateOf = (fields: Omit<Partial<GroupPageInput>, 'group'> & { group?: Partial<GroupbuyGroupView> }) =>
  groupPageState({ mine: null, order: null, offerOpen: true, ...fields, group: { ...group(), ...fields.group } });

describe('group page state', () => {
  it('invites a stranger to join an open group with free seats', () => {
    const state = stateOf({});
    expect(state).toMatchObject({ title: '还差 1 人拼团成功', note: '仅剩 1 个名额，快来参团', actions: ['join'] });
  });

  it('lets a paid member invite friends and see their order', () => {
    const state = stateOf({ mine: { orderId: 70, orderStatus: 'paid', isLeader: true } });
    expect(state.actions).toEqual(['invite', 'view_order']);
  });

  it('asks a member with an unpaid seat to pay first', () => {
    expect(stateOf({ mine: { orderId: 70, orderStatus: 'pending_payment', isLeader: false } }).actions).toEqual(['pay', 'view_order']);
    expect(stateOf({ group: { status: 'pending' }, mine: { orderId: 70, orderStatus: 'pending_payment', isLeader: true } })).toMatchObject({ title: '待支付', actions: ['pay', 'view_order'] });
  });

  it('treats a seat given up (order cancelled) as no seat: the viewer may join again', () => {
    expect(stateOf({ mine: { orderId: 70, orderStatus: 'cancelled', isLeader: false } })).toMatchObject({ actions: ['join'] });
  });

  it('offers a new group when every seat is held or the campaign is over', () => {
    expect(stateOf({ group: { remainingSeats: 0 } }).actions).toEqual(['start_new']);
    expect(stateOf({ offerOpen: false })).toMatchObject({ actions: ['browse'], note: '活动已结束或拼团库存已抢光' });
  });

  it('shows 拼团成功 to members and strangers alike', () => {
    expect(stateOf({ group: { status: 'succeeded', paidCount: 2 }, mine: { orderId: 70, orderStatus: 'awaiting_shipment', isLeader: false } })).toMatchObject({ title: '拼团成功', tone: 'success', actions: ['view_order', 'start_new'] });
    expect(stateOf({ group: { status: 'succeeded' }, offerOpen: false })).toMatchObject({ title: '拼团成功', actions: ['browse'] });
  });

  it('shows the refund from the member’s order when the group failed', () => {
    const state = stateOf({ group: { status: 'failed' }, mine: { orderId: 70, orderStatus: 'refunded', isLeader: true }, order: { status: 'refunded', refundedTotal: 9400 } });
    expect(state).toMatchObject({ title: '拼团失败', tone: 'fail', note: '已退款 ¥94.00，原路退回', actions: ['view_order', 'start_new'] });
  });

  it('says what happens to the money while the refund is on its way', () => {
    expect(refundNote({ status: 'refunding', refundedTotal: 0 })).toBe('退款处理中，将原路退回');
    expect(refundNote({ status: 'paid', refundedTotal: 0 })).toBe('人数未满，已付款项将原路退回');
    expect(refundNote({ status: 'cancelled', refundedTotal: 0 })).toBe('订单未支付，已自动取消');
  });

  it('waits for the leader of a group not open yet', () => {
    expect(stateOf({ group: { status: 'pending', expiresAt: null } })).toMatchObject({ title: '等待团长支付', actions: ['start_new'] });
    expect(stateOf({ group: { status: 'cancelled' } })).toMatchObject({ title: '拼团已取消', tone: 'fail' });
  });
});

describe('my group labels', () => {
  it('labels each seat from the member’s side', () => {
    expect(myGroupLabel(myGroup({ status: 'open', orderStatus: 'pending_payment' })).text).toBe('待支付');
    expect(myGroupLabel(myGroup({ status: 'open', size: 3, paidCount: 1 })).text).toBe('拼团中 · 还差 2 人');
    expect(myGroupLabel(myGroup({ status: 'succeeded', orderStatus: 'awaiting_shipment' }))).toEqual({ text: '拼团成功', tone: 'success' });
    expect(myGroupLabel(myGroup({ status: 'failed', orderStatus: 'refunded' }))).toEqual({ text: '拼团失败 · 已退款', tone: 'fail' });
    expect(myGroupLabel(myGroup({ status: 'failed', orderStatus: 'refunding' })).text).toBe('拼团失败 · 退款中');
    expect(myGroupLabel(myGroup({ status: 'failed', orderStatus: 'cancelled' })).text).toBe('拼团失败');
    expect(myGroupLabel(myGroup({ status: 'open', orderStatus: 'cancelled' })).text).toBe('已取消');
    expect(myGroupLabel(myGroup({ status: 'cancelled', orderStatus: 'cancelled' })).text).toBe('已取消');
  });
});

describe('the viewer’s own seat', () => {
  it('says the group is theirs, and that their seat waits for the payment while the group forms', () => {
    expect(mySeatText({ orderId: 70, orderStatus: 'paid', isLeader: false }, { status: 'open' })).toBe('你已参团');
    expect(mySeatText({ orderId: 70, orderStatus: 'paid', isLeader: true }, { status: 'open' })).toBe('你是团长');
    expect(mySeatText({ orderId: 70, orderStatus: 'pending_payment', isLeader: false }, { status: 'open' })).toBe('你已参团 · 待支付，名额为你保留中');
    expect(mySeatText({ orderId: 70, orderStatus: 'refunded', isLeader: false }, { status: 'failed' })).toBe('你已参团');
  });

  it('says nothing to a stranger or to a member who gave up their seat', () => {
    expect(mySeatText(null, { status: 'open' })).toBeNull();
    expect(mySeatText({ orderId: 70, orderStatus: 'cancelled', isLeader: false }, { status: 'open' })).toBeNull();
  });
});
