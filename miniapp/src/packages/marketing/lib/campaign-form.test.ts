import { describe, expect, it } from 'vitest';
import { groupbuyCampaignCreateSchema } from '@shop/shared';
import { productDetail, skuView } from '../testing/fixtures';
import { campaignErrorsAfterEdit, campaignRequest, chooseProduct, emptyCampaignForm, parseLocalDateTime, type CampaignForm } from './campaign-form';

const NOW = new Date(2026, 11, 3, 10, 15, 42);

function tee() {
  return productDetail({
    specs: [{ name: '颜色', values: ['本白', '橄榄绿', '停产'] }],
    skus: [skuView(201, { 颜色: '本白' }, 40), skuView(202, { 颜色: '橄榄绿' }, 0, {}, { price: 16900 }), skuView(203, { 颜色: '停产' }, 5, {}, { isActive: false })],
  });
}

/** A form a marketer filled in properly: 本白 at ¥99, 30 units. */
function filled(fields: Partial<CampaignForm> = {}): CampaignForm {
  const form = chooseProduct(emptyCampaignForm(NOW), tee());
  return { ...form, skus: form.skus.map((s) => (s.skuId === 201 ? { ...s, included: true, groupPrice: '99', stockCap: '30' } : s)), ...fields };
}

describe('the new-campaign form', () => {
  it('starts as a 2-person group forming within 24 hours, running a week from this minute', () => {
    const form = emptyCampaignForm(NOW);
    expect(form).toMatchObject({ groupSize: '2', formTime: '24', formUnit: 'hours', perMemberLimit: '1', startsAt: '2026-12-03 10:15', endsAt: '2026-12-10 10:15', newMembersOnly: false });
  });

  it('lists the chosen product’s active SKUs with their list prices, none included, caps at warehouse stock', () => {
    const form = chooseProduct(emptyCampaignForm(NOW), tee());
    expect(form.product).toEqual({ id: 2, title: '重磅纯棉圆领T恤' });
    expect(form.name).toBe('重磅纯棉圆领T恤 拼团');
    expect(form.skus).toEqual([
      { skuId: 201, specText: '本白', listPrice: 15900, included: false, groupPrice: '', stockCap: '40' },
      { skuId: 202, specText: '橄榄绿', listPrice: 16900, included: false, groupPrice: '', stockCap: '1' },
    ]);
  });

  it('turns a complete form into the request the server validates, money in fen and time in minutes', () => {
    const result = campaignRequest(filled({ name: ' 冬季两人团 ', groupSize: '3', formTime: '90', formUnit: 'minutes', leaderDiscount: '5.5', simulateWhenShortBy: '1', newMembersOnly: true, perMemberLimit: '2' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toEqual({
      name: '冬季两人团',
      productId: 2,
      groupSize: 3,
      formMinutes: 90,
      startsAt: new Date(2026, 11, 3, 10, 15).toISOString(),
      endsAt: new Date(2026, 11, 10, 10, 15).toISOString(),
      perMemberLimit: 2,
      newMembersOnly: true,
      simulateWhenShortBy: 1,
      leaderDiscount: 550,
      skus: [{ skuId: 201, groupPrice: 9900, stockCap: 30 }],
    });
    expect(groupbuyCampaignCreateSchema.safeParse(result.body).success).toBe(true);
    expect(campaignRequest(filled({ formTime: '2', formUnit: 'hours' }))).toMatchObject({ ok: true, body: { formMinutes: 120 } });
  });

  it('says what to fix, field by field, before anything reaches the server', () => {
    const errorsOf = (form: CampaignForm) => {
      const result = campaignRequest(form);
      return result.ok ? {} : result.errors;
    };
    expect(errorsOf(emptyCampaignForm(NOW))).toEqual({ name: '请填写活动名称', product: '请选择参团商品' });
    expect(errorsOf(chooseProduct(emptyCampaignForm(NOW), tee())).skus).toBe('请至少选择一个参团规格');
    expect(errorsOf(filled({ skus: filled().skus.map((s) => ({ ...s, groupPrice: s.included ? '159' : '' })) })).skus).toBe('本白：拼团价必须低于原价');
    expect(errorsOf(filled({ skus: filled().skus.map((s) => ({ ...s, groupPrice: s.included ? '9.999' : '' })) })).skus).toBe('本白：请填写拼团价');
    expect(errorsOf(filled({ skus: filled().skus.map((s) => ({ ...s, stockCap: s.included ? '0' : s.stockCap })) })).skus).toBe('本白：限量至少 1 件');
    expect(errorsOf(filled({ groupSize: '1' })).groupSize).toBe('成团人数为 2 到 50 人');
    expect(errorsOf(filled({ groupSize: '51' })).groupSize).toBe('成团人数为 2 到 50 人');
    expect(errorsOf(filled({ formTime: '4', formUnit: 'minutes' })).formTime).toBe('成团时限为 5 分钟到 7 天');
    expect(errorsOf(filled({ formTime: '169', formUnit: 'hours' })).formTime).toBe('成团时限为 5 分钟到 7 天');
    expect(errorsOf(filled({ endsAt: '2026-12-03 10:15' })).endsAt).toBe('结束时间必须晚于开始时间');
    expect(errorsOf(filled({ startsAt: '2026-02-30 10:00' })).startsAt).toBe('请按 2026-12-01 10:00 的格式填写');
    expect(errorsOf(filled({ simulateWhenShortBy: '2' })).simulateWhenShortBy).toBe('差几人可模拟成团：至少 1 人，且少于成团人数');
    expect(errorsOf(filled({ leaderDiscount: '99' })).leaderDiscount).toBe('团长优惠必须小于每个拼团价');
    expect(errorsOf(filled({ leaderDiscount: '-1' })).leaderDiscount).toBe('团长优惠请填写金额，如 10 或 9.9');
    expect(errorsOf(filled({ perMemberLimit: '0' })).perMemberLimit).toBe('每人限参 1 到 20 次');
  });

  it("drops a field's problem as soon as that field changes, and keeps the others", () => {
    const errors = { name: '请填写活动名称', groupSize: '成团人数为 2 到 50 人', skus: '本白：请填写拼团价' };
    expect(campaignErrorsAfterEdit(errors, ['name'])).toEqual({ groupSize: errors.groupSize, skus: errors.skus });
    expect(campaignErrorsAfterEdit(errors, ['skus'])).toEqual({ name: errors.name, groupSize: errors.groupSize });
    expect(campaignErrorsAfterEdit(errors, ['newMembersOnly'])).toBe(errors);
  });

  it('reads only real wall-clock moments', () => {
    expect(parseLocalDateTime('2026-12-01 09:30')?.getTime()).toBe(new Date(2026, 11, 1, 9, 30).getTime());
    expect(parseLocalDateTime('2026-12-01T09:30')?.getTime()).toBe(new Date(2026, 11, 1, 9, 30).getTime());
    for (const text of ['2026-13-01 09:30', '2026-12-01 24:00', '2026-12-1 9:30', '明天']) expect(parseLocalDateTime(text)).toBeNull();
  });
});
