import { ApiError, errorText } from '../../../api/errors';

/** The 6 digits a member reads out (spaces allowed), or a scanned pickup QR (`PICKUP:<orderNo>:<code>`). */
export function pickupCodeInput(input: string): { ok: true; code: string } | { ok: false; message: string } {
  const text = input.trim();
  const digits = text.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) return { ok: true, code: digits };
  if (/^PICKUP:\d{16}:\d{6}$/.test(text)) return { ok: true, code: text };
  return { ok: false, message: '请输入 6 位取货码，或扫描顾客的取货二维码' };
}

/** Sentences for the verification failures staff meet, should the server's message not be Chinese. */
const PICKUP_ERRORS: Partial<Record<ApiError['code'], string>> = {
  PICKUP_CODE_INVALID: '取货码不正确，或不是本店的订单',
  ORDER_STATE_CONFLICT: '该订单已核销，请勿重复取货',
  RATE_LIMITED: '取货码错误次数过多，请稍后再试',
  CONFLICT: '该取货码对应多个订单，请扫描顾客的取货二维码',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** What the pickup page shows in red after a failed verification: the server's reason. */
export function pickupErrorText(error: unknown): string {
  const known = error instanceof ApiError && !HAS_CHINESE.test(error.message) ? PICKUP_ERRORS[error.code] : undefined;
  return known ?? errorText(error);
}
