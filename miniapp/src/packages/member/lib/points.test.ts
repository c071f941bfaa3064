import { describe, expect, it } from 'vitest';
import { pointsEntryText } from './points';

describe('points ledger lines', () => {
  it('names the kind, the order and signs the amount', () => {
    expect(pointsEntryText({ kind: 'earn', orderId: 12, delta: 120 })).toEqual({ title: '购物获得 · 订单 12', amount: '+120' });
    expect(pointsEntryText({ kind: 'spend', orderId: 13, delta: -50 })).toEqual({ title: '下单抵扣 · 订单 13', amount: '-50' });
    expect(pointsEntryText({ kind: 'expire', orderId: null, delta: -10 })).toEqual({ title: '积分过期', amount: '-10' });
  });
});
