import { phoneSchema } from '@shop/shared';

export type PhoneCodeResult = { ok: true; code: string } | { ok: false; message: string };

/**
 * The code from the getPhoneNumber button (weapp). WeChat leaves it out when the user refuses
 * ("getPhoneNumber:fail user deny"); that is a choice, not an error worth a red toast.
 */
export function phoneCodeFromButton(detail: { code?: string; errMsg?: string }): PhoneCodeResult {
  if (detail.code) return { ok: true, code: detail.code };
  const denied = /deny|cancel/i.test(detail.errMsg ?? '');
  return { ok: false, message: denied ? '已取消授权手机号' : '获取手机号失败，请重试' };
}

/** H5 development binding: the server's local provider reads `test:<phone>` as that number. */
export function devPhoneCode(typed: string): PhoneCodeResult {
  const phone = typed.trim();
  const parsed = phoneSchema.safeParse(phone);
  return parsed.success ? { ok: true, code: `test:${phone}` } : { ok: false, message: '请输入 11 位手机号' };
}
