/**
 * What staff typed (or a scanner typed) into 识别顾客: the 12 digits under a member QR, an
 * 11-digit phone number, or a scanned member QR token (long, not only digits).
 */
export type CustomerQuery = { kind: 'code'; code: string } | { kind: 'phone'; phone: string } | { kind: 'invalid'; message: string };

/** Member QR tokens are long; anything this short that is not digits is a typo. */
const MIN_QR_TOKEN_LENGTH = 20;

export function customerQuery(input: string): CustomerQuery {
  const text = input.trim();
  if (!text) return { kind: 'invalid', message: '请输入会员码数字或手机号' };
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length === 12) return { kind: 'code', code: digits };
    if (/^1\d{10}$/.test(digits)) return { kind: 'phone', phone: digits };
    return { kind: 'invalid', message: '请输入会员码下方的 12 位数字，或 11 位手机号' };
  }
  if (text.length >= MIN_QR_TOKEN_LENGTH && !/\s/.test(text)) return { kind: 'code', code: text };
  return { kind: 'invalid', message: '无法识别，请输入会员码数字或手机号' };
}
