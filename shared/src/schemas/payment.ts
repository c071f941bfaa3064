import { z } from 'zod';

/** Body of POST /orders/:id/pay: JSAPI inside the mini-program, Native (a QR code) elsewhere. */
export const payRequestSchema = z.object({ method: z.enum(['jsapi', 'native']) });
export type PayRequest = z.infer<typeof payRequestSchema>;

/** What `Taro.requestPayment` / `wx.requestPayment` takes, signed by the server. */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/**
 * Answer of POST /orders/:id/pay. Native answers carry `cashierUrl` when the server pays
 * through the local WeChat emulator: the page a browser opens in place of scanning the QR.
 */
export type PayAnswer =
  | { method: 'jsapi'; outTradeNo: string; params: JsapiPayParams }
  | { method: 'native'; outTradeNo: string; codeUrl: string; cashierUrl: string | null };

/**
 * Why a genuine WeChat Pay notification was acknowledged but not applied (a payment anomaly):
 * people look at each one in the console and mark it handled.
 */
export const PAYMENT_ANOMALY_KINDS = ['amount_mismatch', 'mchid_mismatch', 'appid_mismatch', 'unknown_order', 'unknown_refund', 'unexpected_state', 'malformed_resource'] as const;
export type PaymentAnomalyKind = (typeof PAYMENT_ANOMALY_KINDS)[number];

export const PAYMENT_ANOMALY_KIND_LABELS: Record<PaymentAnomalyKind, string> = {
  amount_mismatch: '金额不符',
  mchid_mismatch: '商户号不符',
  appid_mismatch: 'AppID 不符',
  unknown_order: '未知订单',
  unknown_refund: '未知退款',
  unexpected_state: '交易状态异常',
  malformed_resource: '通知内容无法识别',
};

/** GET /admin/payments/anomalies: newest first; `open` only those nobody has marked handled yet. */
export const paymentAnomalyListQuerySchema = z.object({
  status: z.enum(['open', 'acknowledged']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PaymentAnomalyListQuery = z.infer<typeof paymentAnomalyListQuerySchema>;

export interface PaymentAnomalyView {
  id: number;
  kind: PaymentAnomalyKind;
  notificationId: string | null;
  /** 商户订单号 (out_trade_no) the notification named, when it named one. */
  outTradeNo: string | null;
  outRefundNo: string | null;
  /** Our value and WeChat's, as text; amounts are fen (amount_mismatch). */
  expected: string | null;
  received: string | null;
  /** The notification's resource without personal data (no openid, no payer account). */
  summary: Record<string, unknown>;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}
