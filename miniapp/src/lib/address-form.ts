import { addressInputSchema, type AddressInput, type AddressView } from '@shop/shared';

export interface AddressForm {
  recipientName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  isDefault: boolean;
}

export const EMPTY_ADDRESS_FORM: AddressForm = { recipientName: '', phone: '', province: '', city: '', district: '', detail: '', isDefault: false };

export function formOf(address: AddressView): AddressForm {
  const { recipientName, phone, province, city, district, detail, isDefault } = address;
  return { recipientName, phone, province, city, district, detail, isDefault };
}

const FIELD_NAMES: Record<keyof AddressForm, string> = { recipientName: '收货人', phone: '手机号', province: '省份', city: '城市', district: '区县', detail: '详细地址', isDefault: '默认地址' };

const REGION_FIELDS: readonly (keyof AddressForm)[] = ['province', 'city', 'district'];

export interface AddressCheckOptions {
  /** What to say when the region is the problem, where it is picked as one (the shopper's region sheet) rather than typed field by field. */
  regionMessage?: string;
}

/** Checks the form with the server's own schema; the first problem as a sentence for a toast. */
export function validateAddress(form: AddressForm, options: AddressCheckOptions = {}): { ok: true; input: AddressInput } | { ok: false; message: string } {
  const parsed = addressInputSchema.safeParse(form);
  if (parsed.success) return { ok: true, input: parsed.data };
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0] as keyof AddressForm;
  if (options.regionMessage && REGION_FIELDS.includes(key)) return { ok: false, message: options.regionMessage };
  const field = FIELD_NAMES[key] ?? '地址';
  return { ok: false, message: /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `请填写正确的${field}` };
}

/** WeChat's address picker (wx.chooseAddress) result as our form. */
export function formFromWechat(result: { userName: string; telNumber: string; provinceName: string; cityName: string; countyName: string; detailInfo: string }): AddressForm {
  return { recipientName: result.userName, phone: result.telNumber, province: result.provinceName, city: result.cityName, district: result.countyName, detail: result.detailInfo, isDefault: false };
}
