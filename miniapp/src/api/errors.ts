import type { ApiErrorBody, ApiErrorDetail, ErrorCode } from '@shop/shared';
import { isRecord } from '../lib/storage';

/** Codes the client adds for failures that never reached the server's error format. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/** A failed API call: the server's `{error:{code,message,details}}`, or a client-side failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return isRecord(value) && isRecord(value.error) && typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

/** Builds the error for a non-2xx answer. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) return new ApiError(status, body.error.code, body.error.message, body.error.details ?? []);
  return new ApiError(status, 'BAD_RESPONSE', `服务器开小差了（${status}），请稍后再试`);
}

/** What people read when the server's message is not written for shoppers (not Chinese). */
const CODE_TEXT: Partial<Record<ErrorCode | ClientErrorCode, string>> = {
  NETWORK: '网络不给力，请检查网络后重试',
  UNAUTHENTICATED: '请先登录',
  OUT_OF_STOCK: '库存不足，请减少数量或换个规格',
  PRODUCT_UNAVAILABLE: '商品已下架',
  ORDER_STATE_CONFLICT: '订单状态已变化，请刷新后再试',
  STORE_UNAVAILABLE: '该门店暂不可自提，请换一家门店',
  CART_EMPTY: '请先选择要结算的商品',
  CONFLICT: '操作太快了，请稍后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  COUPON_NOT_APPLICABLE: '优惠券不可用',
  POINTS_INSUFFICIENT: '积分不足',
  NOT_FOUND: '内容不存在或已删除',
  PAYMENT_PROVIDER_ERROR: '支付服务繁忙，请稍后再试',
  SERVICE_UNAVAILABLE: '服务繁忙，请稍后再试',
  INTERNAL: '服务器开小差了，请稍后再试',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * The text for a toast: the server's own message when it speaks to shoppers (Chinese, such as
 * a coupon's "还差 ¥12.00 可用"), otherwise a Chinese sentence for its code, otherwise the message.
 */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (HAS_CHINESE.test(error.message)) return error.message;
    return CODE_TEXT[error.code] ?? error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return '出错了，请稍后再试';
}
