import { describe, expect, it } from 'vitest';
import { EMPTY_ADDRESS_FORM } from '../../../lib/address-form';
import { regionByNames } from '../../../lib/regions';
import { checkAddressForm, chooseAddressCancelled, formWithWechatAddress, mobileDigits, regionLabel, regionNeedsRepick, regionTrailOf, REGION_MISSING, withRegion, type WechatAddress } from './logic';

const person = { ...EMPTY_ADDRESS_FORM, recipientName: '张三', phone: '13812345678', detail: '文三路 90 号' };
const wechat: WechatAddress = { userName: '李四', telNumber: '13900000000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', detailInfo: '新港中路 397 号' };

describe('the region on the address form', () => {
  it('fills the names the sheet picked and shows them in one line', () => {
    const form = withRegion(person, regionByNames('浙江省', '杭州市', '西湖区')!);
    expect(form).toMatchObject({ province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 90 号' });
    expect(regionLabel(form)).toBe('浙江省 杭州市 西湖区');
    expect(regionLabel(EMPTY_ADDRESS_FORM)).toBe('');
  });

  it('opens the sheet on the current choice, as far as it is known', () => {
    expect(regionTrailOf({ ...person, province: '上海市', city: '上海市', district: '静安区' }).map((r) => r.code)).toEqual(['310000', '310100', '310106']);
    expect(regionTrailOf({ ...person, province: '浙江省', city: '杭州市', district: '未知区' }).map((r) => r.name)).toEqual(['浙江省', '杭州市']);
    expect(regionTrailOf(person)).toEqual([]);
  });

  it('asks for a new pick only when a region is shown that the data does not know', () => {
    expect(regionNeedsRepick(person)).toBe(false);
    expect(regionNeedsRepick({ ...person, province: '上海市', city: '上海市', district: '静安区' })).toBe(false);
    expect(regionNeedsRepick({ ...person, province: '上海市', city: '上海市', district: '火星区' })).toBe(true);
  });
});

describe('checkAddressForm', () => {
  it('says 请选择所在地区 when the region is missing, partial or unknown', () => {
    expect(checkAddressForm(person)).toEqual({ ok: false, message: REGION_MISSING });
    expect(checkAddressForm({ ...person, province: '浙江省', city: '杭州市' })).toEqual({ ok: false, message: '请选择所在地区' });
    expect(checkAddressForm({ ...person, province: '浙江省', city: '杭州市', district: '海珠区' })).toEqual({ ok: false, message: '请选择所在地区' });
  });

  it('reports the fields in form order: name and phone before the region, the detail after it', () => {
    expect(checkAddressForm(EMPTY_ADDRESS_FORM)).toEqual({ ok: false, message: '请填写正确的收货人' });
    expect(checkAddressForm({ ...person, phone: '138' })).toEqual({ ok: false, message: '请输入 11 位手机号' });
    expect(checkAddressForm({ ...person, detail: '' })).toEqual({ ok: false, message: REGION_MISSING });
    expect(checkAddressForm({ ...person, province: '浙江省', city: '杭州市', district: '西湖区', detail: '' })).toEqual({ ok: false, message: '请填写正确的详细地址' });
  });

  it('passes a complete address with the names as picked', () => {
    expect(checkAddressForm({ ...person, province: '浙江省', city: '杭州市', district: '西湖区' })).toMatchObject({ ok: true, input: { province: '浙江省', city: '杭州市', district: '西湖区' } });
  });
});

describe('importing a WeChat address', () => {
  it('fills name, phone, region and detail, and keeps the form’s default flag', () => {
    const { form, regionRecognised } = formWithWechatAddress({ ...EMPTY_ADDRESS_FORM, isDefault: true }, wechat);
    expect(regionRecognised).toBe(true);
    expect(form).toEqual({ recipientName: '李四', phone: '13900000000', province: '广东省', city: '广州市', district: '海珠区', detail: '新港中路 397 号', isDefault: true });
    expect(checkAddressForm(form).ok).toBe(true);
  });

  it('stores the region in the data’s spelling when WeChat abbreviates it', () => {
    const { form } = formWithWechatAddress(EMPTY_ADDRESS_FORM, { ...wechat, provinceName: '上海', cityName: '上海', countyName: '静安' });
    expect(form).toMatchObject({ province: '上海市', city: '上海市', district: '静安区' });
  });

  it('keeps an unknown region as WeChat gave it, to be picked again', () => {
    const { form, regionRecognised } = formWithWechatAddress(EMPTY_ADDRESS_FORM, { ...wechat, countyName: '新设区' });
    expect(regionRecognised).toBe(false);
    expect(form).toMatchObject({ recipientName: '李四', province: '广东省', city: '广州市', district: '新设区', detail: '新港中路 397 号' });
    expect(regionNeedsRepick(form)).toBe(true);
    expect(checkAddressForm(form)).toEqual({ ok: false, message: REGION_MISSING });
  });

  it('reads the 11 digits out of a formatted number', () => {
    expect(mobileDigits('+86 139-0000-0000')).toBe('13900000000');
    expect(mobileDigits('13900000000')).toBe('13900000000');
    expect(mobileDigits('020-8888 1234')).toBe('02088881234');
  });

  it('treats closing the picker as no failure', () => {
    expect(chooseAddressCancelled({ errMsg: 'chooseAddress:fail cancel' })).toBe(true);
    expect(chooseAddressCancelled(new Error('chooseAddress:fail cancel'))).toBe(true);
    expect(chooseAddressCancelled({ errMsg: 'chooseAddress:fail auth deny' })).toBe(false);
    expect(chooseAddressCancelled(undefined)).toBe(false);
  });
});
