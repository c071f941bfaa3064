import { couponTemplateCreateSchema, type CouponTemplateView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { couponTemplate } from '../testing/coupon-fixtures';
import { couponFormFromTemplate, couponRequest, emptyCouponForm, errorsAfterEdit, formMomentText, kindTakes, parseDiscount, parseFormMoment, type CouponForm } from './coupon-form';

const NOW = new Date(2026, 11, 1, 10, 0);
const form = (fields: Partial<CouponForm>): CouponForm => ({ ...emptyCouponForm(NOW), name: '会员日 满299减40', threshold: '299', amount: '40', ...fields });

function errorsOf(fields: Partial<CouponForm>) {
  const result = couponRequest(form(fields));
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

function bodyOf(fields: Partial<CouponForm>) {
  const result = couponRequest(form(fields));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.body;
}

describe('coupon form -> create request', () => {
  it('turns a 满减 form into the request the server takes, in fen, with defaults', () => {
    const body = bodyOf({});
    expect(body).toEqual({
      name: '会员日 满299减40',
      kind: 'threshold_off',
      value: 4000,
      threshold: 29900,
      repeat: false,
      cap: null,
      scope: { kind: 'all' },
      excludeProductIds: [],
      audience: { kind: 'everyone' },
      totalQuantity: 1000,
      perMemberLimit: 1,
      claimStartsAt: null,
      claimEndsAt: null,
      validity: { kind: 'relative', days: 30 },
      welcome: false,
      // Not listed in 领券中心 unless the marketer chooses it.
      claimCentre: false,
      staffHandout: false,
    });
    expect(couponTemplateCreateSchema.safeParse(body).success).toBe(true);
  });

  it('reads yuan exactly (19.99 -> 1999 fen) and every kind the way it is typed', () => {
    expect(bodyOf({ amount: '19.99', threshold: '100' }).value).toBe(1999);
    expect(bodyOf({ kind: 'percent_off', discount: '8.5', threshold: '', cap: '50' })).toMatchObject({ kind: 'percent_off', value: 85, threshold: null, cap: 5000 });
    expect(bodyOf({ kind: 'amount_off', amount: '5', threshold: '299' })).toMatchObject({ kind: 'amount_off', value: 500, threshold: null });
    expect(bodyOf({ kind: 'free_shipping', threshold: '99', scopeKind: 'categories', categoryIds: [2] })).toMatchObject({ kind: 'free_shipping', value: 0, threshold: 9900, scope: { kind: 'all' } });
    expect(bodyOf({ repeat: true, amount: '10', threshold: '100', cap: '50' })).toMatchObject({ repeat: true, cap: 5000 });
    // A cap typed before switching to a one-off 满减 means nothing there and is dropped.
    expect(bodyOf({ repeat: false, cap: '50' }).cap).toBeNull();
  });

  it('says what to fix, field by field, in Chinese', () => {
    expect(errorsOf({ name: ' ', amount: 'abc', threshold: '' })).toEqual({ name: '请填写优惠券名称', value: '请填写优惠金额，如 20 或 9.9', threshold: '满减券请填写使用门槛，如 满 199 元' });
    expect(errorsOf({ amount: '300', threshold: '299' }).threshold).toBe('门槛必须高于优惠金额');
    expect(errorsOf({ kind: 'percent_off', discount: '10' }).value).toContain('8.5 折');
    expect(errorsOf({ kind: 'percent_off', discount: '8.5', repeat: false, cap: '-1' }).cap).toBe('最多优惠请填写金额，不填则不封顶');
    expect(errorsOf({ totalQuantity: '0', perMemberLimit: '101' })).toEqual({ totalQuantity: '发行总量为 1 到 10000000 张', perMemberLimit: '每人限领 1 到 100 张' });
    expect(errorsOf({ totalQuantity: '5', perMemberLimit: '6' }).perMemberLimit).toBe('每人限领不能多于发行总量');
    expect(errorsOf({ validDays: '0' }).validDays).toBe('领取后有效天数为 1 到 3650 天');
    expect(errorsOf({ scopeKind: 'categories' }).scope).toBe('请至少选择一个分类');
    expect(errorsOf({ scopeKind: 'products' }).scope).toBe('请至少选择一个商品');
    expect(errorsOf({ audienceKind: 'tiers' }).audience).toBe('请至少选择一个会员等级');
    expect(errorsOf({ audienceKind: 'new_members', newWithinDays: '0' }).audience).toBe('新会员指注册 1 到 365 天内的会员');
  });

  it("drops a field's problem as soon as that field changes, and keeps the others", () => {
    const errors = errorsOf({ name: ' ', amount: 'abc', threshold: '' });
    expect(errorsAfterEdit(errors, ['name'])).toEqual({ value: errors.value, threshold: errors.threshold });
    expect(errorsAfterEdit(errors, ['threshold'])).toEqual({ name: errors.name, value: errors.value });
    // A change that settles nothing standing keeps the very same object (no re-render).
    expect(errorsAfterEdit(errors, ['welcome'])).toBe(errors);
    expect(errorsAfterEdit(errorsOf({ scopeKind: 'categories' }), ['categoryIds'])).toEqual({});
  });

  it('leaves out products the marketer excludes, except on free shipping which covers the whole order', () => {
    const tee = { id: 2, title: 'T恤' };
    expect(bodyOf({ excludedProducts: [tee] }).excludeProductIds).toEqual([2]);
    expect(bodyOf({ kind: 'free_shipping', threshold: '', excludedProducts: [tee] }).excludeProductIds).toEqual([]);
    expect(errorsOf({ scopeKind: 'products', products: [tee], excludedProducts: [tee] }).scope).toBe('同一个商品不能既适用又排除');
  });

  it('takes scope and audience choices', () => {
    expect(bodyOf({ scopeKind: 'products', products: [{ id: 2, title: 'T恤' }] }).scope).toEqual({ kind: 'products', ids: [2] });
    expect(bodyOf({ scopeKind: 'categories', categoryIds: [1, 3] }).scope).toEqual({ kind: 'categories', ids: [1, 3] });
    expect(bodyOf({ audienceKind: 'new_members', newWithinDays: '7' }).audience).toEqual({ kind: 'new_members', withinDays: 7 });
    expect(bodyOf({ audienceKind: 'tiers', tierCodes: ['gold'] }).audience).toEqual({ kind: 'tiers', codes: ['gold'] });
    expect(bodyOf({ welcome: true }).welcome).toBe(true);
    expect(bodyOf({ claimCentre: true }).claimCentre).toBe(true);
    expect(bodyOf({ staffHandout: true }).staffHandout).toBe(true);
  });

  it('reads fixed validity by day (the last day included) or to the minute, and the claim window inside it', () => {
    const body = bodyOf({ validityKind: 'fixed', validFrom: '2099-12-01', validUntil: '2099-12-31', claimStartsAt: '2099-12-01 10:00', claimEndsAt: '2099-12-20' });
    expect(body.validity).toEqual({ kind: 'fixed', from: new Date(2099, 11, 1).toISOString(), until: new Date(2100, 0, 1).toISOString() });
    expect(body.claimStartsAt).toBe(new Date(2099, 11, 1, 10, 0).toISOString());
    expect(body.claimEndsAt).toBe(new Date(2099, 11, 21).toISOString());

    expect(errorsOf({ validityKind: 'fixed', validFrom: '12/01', validUntil: '2099-12-31' }).validFrom).toBe('请按 2026-12-01 或 2026-12-01 10:00 的格式填写');
    expect(errorsOf({ validityKind: 'fixed', validFrom: '2099-12-31', validUntil: '2099-12-01' }).validUntil).toBe('有效期结束必须晚于开始');
    expect(errorsOf({ validityKind: 'fixed', validFrom: '2020-01-01', validUntil: '2020-01-31' }).validUntil).toBe('有效期已经结束，请重新填写');
    expect(errorsOf({ validityKind: 'fixed', validFrom: '2099-12-01', validUntil: '2099-12-10', claimEndsAt: '2099-12-20' }).claimEndsAt).toBe('领取结束不能晚于有效期结束');
    expect(errorsOf({ claimStartsAt: '2099-12-20', claimEndsAt: '2099-12-10' }).claimEndsAt).toBe('领取结束必须晚于领取开始');
    expect(errorsOf({ claimStartsAt: 'tomorrow' }).claimStartsAt).toBe('请按 2026-12-01 或 2026-12-01 10:00 的格式填写');
  });
});

describe('form pieces', () => {
  it('reads 折 in tenths between 0.1 and 9.9', () => {
    expect(parseDiscount('8.5')).toBe(85);
    expect(parseDiscount('9折')).toBe(90);
    expect(parseDiscount(' 0.1 ')).toBe(1);
    for (const text of ['', '0', '10', '8.55', '85', '-1', 'abc']) expect(parseDiscount(text)).toBeNull();
  });

  it('reads a day as its start, or as the start of the next for an end', () => {
    expect(parseFormMoment('2026-12-31', 'start')).toEqual(new Date(2026, 11, 31));
    expect(parseFormMoment('2026-12-31', 'end')).toEqual(new Date(2027, 0, 1));
    expect(parseFormMoment('2026-12-31 18:30', 'end')).toEqual(new Date(2026, 11, 31, 18, 30));
    expect(parseFormMoment('2026-02-30', 'start')).toBeNull();
  });

  it('knows which fields each kind takes', () => {
    expect(kindTakes('amount_off')).toMatchObject({ amount: true, threshold: 'none', repeat: false });
    expect(kindTakes('free_shipping')).toMatchObject({ amount: false, discount: false, scope: false, threshold: 'optional' });
  });
});

describe('a saved draft back in the form', () => {
  it('fills the form so that submitting it unchanged sends the same template', () => {
    const drafts: CouponTemplateView[] = [
      couponTemplate({ status: 'draft', value: 1999, threshold: 10000, repeat: true, cap: 5000, audience: { kind: 'new_members', withinDays: 30 }, perMemberLimit: 3, welcome: true, claimCentre: false, staffHandout: true }),
      couponTemplate({ kind: 'percent_off', value: 85, threshold: null, cap: null, scope: { kind: 'categories', ids: [1, 2] }, audience: { kind: 'tiers', codes: ['gold'] } }),
      couponTemplate({ kind: 'amount_off', value: 500, threshold: null, scope: { kind: 'products', ids: [2] } }),
      couponTemplate({ scope: { kind: 'categories', ids: [1] }, excludeProductIds: [5, 6] }),
      couponTemplate({
        kind: 'free_shipping',
        value: 0,
        threshold: 9900,
        validity: { kind: 'fixed', from: new Date(2099, 11, 1).toISOString(), until: new Date(2100, 0, 1).toISOString() },
        claimStartsAt: new Date(2099, 11, 1, 10, 30).toISOString(),
        claimEndsAt: new Date(2099, 11, 21).toISOString(),
      }),
    ];
    for (const draft of drafts) {
      const refilled = couponFormFromTemplate(draft, new Map([[2, '重磅纯棉圆领T恤']]), NOW);
      const result = couponRequest(refilled);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { id: _id, status: _s, issuedCount: _i, sharedCode: _c, createdBy: _b, createdAt: _a, updatedAt: _u, ...fields } = draft;
      expect(result.body).toEqual(fields);
    }
  });

  it('shows midnight as a bare day, an end at midnight as the day it closes', () => {
    expect(formMomentText(new Date(2026, 11, 1).toISOString(), 'start')).toBe('2026-12-01');
    expect(formMomentText(new Date(2027, 0, 1).toISOString(), 'end')).toBe('2026-12-31');
    expect(formMomentText(new Date(2026, 11, 1, 10, 30).toISOString(), 'end')).toBe('2026-12-01 10:30');
  });
});
