/**
 * Stable error codes of the HTTP API with their status. Clients switch on `code`,
 * people read `message`; codes are never renamed once shipped.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  OUT_OF_STOCK: 409,
  /** A running total (stock on hand, a points balance) would pass what its column holds: the request asks too much (400). */
  QUANTITY_TOO_LARGE: 400,
  PRODUCT_UNAVAILABLE: 409,
  ORDER_STATE_CONFLICT: 409,
  STORE_UNAVAILABLE: 409,
  CART_EMPTY: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  REFUND_NOT_ALLOWED: 409,
  COUPON_NOT_APPLICABLE: 409,
  COUPON_SOLD_OUT: 409,
  COUPON_LIMIT_REACHED: 409,
  COUPON_NOT_CLAIMABLE: 409,
  COUPON_CODE_INVALID: 404,
  COUPON_CODE_USED: 409,
  POINTS_INSUFFICIENT: 409,
  MEMBER_CODE_INVALID: 401,
  MEMBER_CODE_EXPIRED: 401,
  COUNTER_VERIFICATION_REQUIRED: 403,
  COUNTER_CODE_INVALID: 400,
  PHONE_CODE_INVALID: 400,
  PHONE_IN_USE: 409,
  GROUP_FULL: 409,
  PICKUP_CODE_INVALID: 404,
  GROUP_CLOSED: 409,
  GROUPBUY_NOT_AVAILABLE: 409,
  GROUPBUY_LIMIT_REACHED: 409,
  GROUPBUY_NEW_MEMBERS_ONLY: 403,
  REFERRAL_INVALID: 400,
  REFERRAL_EXPIRED: 400,
  INTERNAL: 500,
  PAYMENT_PROVIDER_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: ApiErrorDetail[] };
}

/** Thrown by services; the HTTP layer turns it into `{error:{code,message,details}}`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}
