import { describe, expect, it } from 'vitest';
import { EMPTY_ADDRESS_FORM, formFromWechat, validateAddress } from './address-form';
import { canCancel, canConfirmReceipt, canPay, paymentSettled, statusHint } from './order-state';
import { ORDER_TABS, orderTab } from './order-tabs';

describe('order states', () => {
  const future = new Date(Date.now() + 60_000).toISOString();
  const past = new Date(Date.now() - 1000).toISOString();
  it('follows the shared state machine', () => {
    expect(canCancel({ status: 'pending_payment' })).toBe(true);
    expect(canCancel({ status: 'awaiting_shipment' })).toBe(false);
    expect(canPay({ status: 'pending_payment', payDeadline: future })).toBe(true);
    expect(canPay({ status: 'pending_payment', payDeadline: past })).toBe(false);
    expect(paymentSettled({ status: 'pending_payment' })).toBe(false);
    expect(paymentSettled({ status: 'awaiting_pickup' })).toBe(true);
    expect(canConfirmReceipt({ status: 'shipped' })).toBe(true);
    expect(canConfirmReceipt({ status: 'awaiting_pickup' })).toBe(false);
  });

  it('explains a timed-out cancellation', () => {
    const cancelled = { status: 'cancelled' as const, fulfillment: { type: 'delivery' as const, address: null, store: null, eta: null } };
    expect(statusHint({ ...cancelled, cancelReason: 'not paid in time' })).toBe('超时未支付，订单已取消');
    expect(statusHint({ ...cancelled, cancelReason: 'cancelled by buyer' })).toBe('订单已取消');
  });

  it('has the tabs shoppers know, each asking for a status', () => {
    expect(ORDER_TABS.map((t) => t.label)).toEqual(['全部', '待付款', '待发货', '待自提', '待收货', '已完成', '售后']);
    expect(orderTab('aftersales').statuses).toEqual(['refunding', 'refunded']);
    expect(orderTab('all').statuses).toEqual([]);
    expect(orderTab('nonsense').key).toBe('all');
  });
});

describe('address form', () => {
  it('validates with the shared schema and names the field', () => {
    expect(validateAddress(EMPTY_ADDRESS_FORM)).toEqual({ ok: false, message: '请填写正确的收货人' });
    const filled = { ...EMPTY_ADDRESS_FORM, recipientName: '张三', phone: '1381234', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 1 号' };
    expect(validateAddress(filled)).toEqual({ ok: false, message: '请输入 11 位手机号' });
    expect(validateAddress({ ...filled, phone: '13812345678' })).toMatchObject({ ok: true, input: { phone: '13812345678', isDefault: false } });
  });

  it('maps the WeChat address picker result', () => {
    expect(formFromWechat({ userName: '李四', telNumber: '13900000000', provinceName: '上海市', cityName: '上海市', countyName: '徐汇区', detailInfo: '武康路 1 号' })).toMatchObject({ recipientName: '李四', district: '徐汇区' });
  });
});
