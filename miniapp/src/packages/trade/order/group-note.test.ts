import { describe, expect, it } from 'vitest';
import { orderGroupNote } from './group-note';

describe('the group line of a group-buy order', () => {
  it('says where the group stands in every state', () => {
    const base = { size: 3, paidCount: 1 };
    expect(orderGroupNote({ ...base, status: 'pending' })).toBe('团长支付后开团，再邀请好友参团');
    expect(orderGroupNote({ ...base, status: 'open' })).toBe('已有 1/3 人付款，还差 2 人成团；到时未满自动退款');
    expect(orderGroupNote({ ...base, status: 'succeeded' })).toBe('拼团成功，订单已进入发货或备货');
    expect(orderGroupNote({ ...base, status: 'failed' })).toBe('人数未满，拼团失败，已付款项自动原路退回');
    expect(orderGroupNote({ ...base, status: 'cancelled' })).toBe('团长未在时限内支付，拼团已取消');
  });
});
