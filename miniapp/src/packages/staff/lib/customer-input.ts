/**
 * What staff typed (or a scanner typed) into 识别顾客: the member code (the 12 digits the QR
 * encodes and 会员中心 prints under it) or an 11-digit phone number.
 */
export type CustomerQuery = { kind: 'code'; code: string } | { kind: 'phone'; phone: string } | { kind: 'invalid'; message: string };

export function customerQuery(input: string): CustomerQuery {
  const text = input.trim();
  if (!text) return { kind: 'invalid', message: '请输入会员码数字或手机号' };
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return { kind: 'invalid', message: '无法识别，请输入会员码数字或手机号' };
  if (digits.length === 12) return { kind: 'code', code: digits };
  if (/^1\d{10}$/.test(digits)) return { kind: 'phone', phone: digits };
  return { kind: 'invalid', message: '请输入会员码下方的 12 位数字，或 11 位手机号' };
}
