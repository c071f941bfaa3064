import { AppError } from '@shop/shared';
import type { SkipReason } from './coupon-issuer.js';

/** The error a member sees when a coupon could not be handed to them. */
export function issueError(reason: SkipReason): AppError {
  switch (reason) {
    case 'sold_out':
      return new AppError('COUPON_SOLD_OUT', '优惠券已抢光');
    case 'limit_reached':
    case 'duplicate':
      return new AppError('COUPON_LIMIT_REACHED', '你已领取过该优惠券');
    case 'audience':
      return new AppError('COUPON_NOT_CLAIMABLE', '该优惠券不面向你的会员身份');
    case 'not_claimable':
      return new AppError('COUPON_NOT_CLAIMABLE', '该优惠券当前不可领取');
  }
}
