import { describe, expect, it } from 'vitest';
import { checkCodeCount, checkSharedCode, emptySegmentForm, parsePhones, segmentRequest, segmentText, type SegmentForm } from './coupon-issue';

const segment = (fields: Partial<SegmentForm>) => segmentRequest({ ...emptySegmentForm(), ...fields });

describe('issuing a coupon', () => {
  it('checks the number of codes and the shared code as the server will', () => {
    expect(checkCodeCount(' 20 ')).toEqual({ ok: true, count: 20 });
    for (const typed of ['0', '1001', '', '2.5', 'ten']) expect(checkCodeCount(typed)).toEqual({ ok: false, message: '一次可生成 1 到 1000 个兑换码' });
    expect(checkSharedCode(' vip2026 ')).toEqual({ ok: true, code: 'VIP2026' });
    expect(checkSharedCode('ab-12')).toEqual({ ok: false, message: '通用兑换码为 4 到 32 位字母或数字' });
  });

  it('reads a pasted phone list, one per line or separated by commas, and names a bad number', () => {
    expect(parsePhones('13800138000\n13900139000，13800138000 、13700137000')).toEqual({ ok: true, phones: ['13800138000', '13900139000', '13700137000'] });
    expect(parsePhones('  ')).toEqual({ ok: false, message: '请填写至少一个手机号' });
    expect(parsePhones('13800138000, 1380013')).toEqual({ ok: false, message: '「1380013」不是 11 位手机号' });
  });

  it('turns each push choice into its segment, or says what is missing', () => {
    expect(segment({})).toEqual({ ok: true, segment: { kind: 'all' } });
    expect(segment({ kind: 'phones', phones: '13800138000' })).toEqual({ ok: true, segment: { kind: 'phones', phones: ['13800138000'] } });
    expect(segment({ kind: 'new_members', withinDays: '30' })).toEqual({ ok: true, segment: { kind: 'new_members', withinDays: 30 } });
    expect(segment({ kind: 'new_members', withinDays: '400' })).toEqual({ ok: false, message: '新注册会员指 1 到 365 天内注册的会员' });
    expect(segment({ kind: 'tier' })).toEqual({ ok: false, message: '请至少选择一个会员等级' });
    expect(segment({ kind: 'tier', tierCodes: ['gold'] })).toEqual({ ok: true, segment: { kind: 'tier', tierCodes: ['gold'] } });
    expect(segment({ kind: 'bought_in_category' })).toEqual({ ok: false, message: '请选择一个分类' });
    expect(segment({ kind: 'bought_in_category', categoryId: 3 })).toEqual({ ok: true, segment: { kind: 'bought_in_category', categoryId: 3 } });
    expect(segment({ kind: 'bought_in_category', categoryId: 3, boughtWithinDays: '90' })).toEqual({ ok: true, segment: { kind: 'bought_in_category', categoryId: 3, withinDays: 90 } });
    expect(segment({ kind: 'bought_in_category', categoryId: 3, boughtWithinDays: 'x' })).toEqual({ ok: false, message: '购买时间为最近 1 到 3650 天，不填则不限' });
    expect(segment({ kind: 'inactive_days', inactiveDays: '90' })).toEqual({ ok: true, segment: { kind: 'inactive_days', days: 90 } });
    expect(segment({ kind: 'inactive_days', inactiveDays: '0' })).toEqual({ ok: false, message: '沉睡天数为 1 到 3650 天' });
  });

  it('names who a push goes to for the confirmation', () => {
    expect(segmentText({ kind: 'all' })).toBe('全部会员');
    expect(segmentText({ kind: 'phones', phones: ['13800138000', '13900139000'] })).toBe('2 个手机号对应的会员');
    expect(segmentText({ kind: 'tier', tierCodes: ['gold', 'silver'] }, { tiers: new Map([['gold', '金卡']]) })).toBe('金卡、silver会员');
    expect(segmentText({ kind: 'bought_in_category', categoryId: 3, withinDays: 30 }, { categories: new Map([[3, '上衣']]) })).toBe('最近 30 天买过「上衣」的会员');
    expect(segmentText({ kind: 'inactive_days', days: 90 })).toBe('90 天未下单的会员');
  });
});
