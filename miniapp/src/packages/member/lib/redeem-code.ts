import { couponRedeemSchema } from '@shop/shared';

export type RedeemCheck = { ok: true; code: string } | { ok: false; message: string };

/** A typed redeem code as the server will read it (trimmed, upper case), or why it cannot be one. */
export function checkRedeemCode(typed: string): RedeemCheck {
  const parsed = couponRedeemSchema.safeParse({ code: typed });
  return parsed.success ? { ok: true, code: parsed.data.code } : { ok: false, message: '请输入 4-32 位兑换码' };
}
