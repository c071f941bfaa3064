import { formFromWechat, validateAddress, type AddressForm } from '../../../lib/address-form';
import { regionByNames, regionTrailByNames, type RegionChoice, type RegionTrail } from '../../../lib/regions';

/** What wx.chooseAddress answers, as far as the form uses it. */
export type WechatAddress = Parameters<typeof formFromWechat>[0];

export const REGION_MISSING = '请选择所在地区';

export function withRegion(form: AddressForm, choice: RegionChoice): AddressForm {
  return { ...form, province: choice.province.name, city: choice.city.name, district: choice.district.name };
}

/** Where the region sheet opens: on the form's current choice, as far as it is a place we know. */
export function regionTrailOf(form: AddressForm): RegionTrail {
  return regionTrailByNames(form.province, form.city, form.district);
}

/** "浙江省 杭州市 西湖区", or '' while nothing is chosen. */
export function regionLabel(form: AddressForm): string {
  return [form.province, form.city, form.district].filter((name) => name.trim() !== '').join(' ');
}

/**
 * The form shows a region the sheet does not know (an imported WeChat address, or an old one
 * whose names the data spells differently): it is shown, but has to be picked again.
 */
export function regionNeedsRepick(form: AddressForm): boolean {
  return regionLabel(form) !== '' && regionByNames(form.province, form.city, form.district) === null;
}

/**
 * The shared check, with the region as the sheet picks it: names the sheet does not know count
 * as not chosen, so the schema reports the region in its place among the fields (after the phone,
 * before the detail) and in the sheet's words.
 */
export function checkAddressForm(form: AddressForm): ReturnType<typeof validateAddress> {
  const regionChosen = regionByNames(form.province, form.city, form.district) !== null;
  const checked = regionChosen ? form : { ...form, province: '', city: '', district: '' };
  return validateAddress(checked, { regionMessage: REGION_MISSING });
}

/** WeChat's numbers may come as "+86 138-0013-8000"; the server takes the 11 digits. */
export function mobileDigits(telNumber: string): string {
  const digits = telNumber.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/**
 * The form after importing a WeChat address: the region in the data's own spelling when it
 * resolves, otherwise WeChat's text as it came (the shopper is asked to pick it again). The
 * default flag is the form's own: importing does not decide it.
 */
export function formWithWechatAddress(current: AddressForm, result: WechatAddress): { form: AddressForm; regionRecognised: boolean } {
  const imported = { ...formFromWechat(result), phone: mobileDigits(result.telNumber), isDefault: current.isDefault };
  const choice = regionByNames(result.provinceName, result.cityName, result.countyName);
  return { form: choice ? withRegion(imported, choice) : imported, regionRecognised: choice !== null };
}

/**
 * Closing WeChat's picker is no failure; anything else (refused permission, privacy) is worth a
 * word. WeChat rejects with `{ errMsg: 'chooseAddress:fail cancel' }`, some paths with an Error.
 */
export function chooseAddressCancelled(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const message = 'errMsg' in error ? error.errMsg : 'message' in error ? error.message : '';
  return typeof message === 'string' && /fail cancel/i.test(message);
}
