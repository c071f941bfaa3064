import { PAYMENT_ANOMALY_KIND_LABELS, formatFen, type PaymentAnomalyView } from '@shop/shared';

/** 金额不符 … in Chinese; an unknown kind (a newer server) shows as it is. */
export function anomalyKindLabel(kind: string): string {
  return (PAYMENT_ANOMALY_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** One side of a mismatch: amounts (fen, as text) as money, anything else verbatim; '—' when absent. */
function side(anomaly: Pick<PaymentAnomalyView, 'kind'>, value: string | null): string {
  if (value === null || value === '') return '—';
  if (anomaly.kind === 'amount_mismatch' && /^-?\d{1,15}$/.test(value)) return formatFen(Number(value));
  return value;
}

/** "应收 ¥12.30 · 微信金额 ¥12.29" (what WeChat said, by notification or by query), or null when the anomaly is not a mismatch of two values. */
export function expectedVersusReceived(anomaly: Pick<PaymentAnomalyView, 'kind' | 'expected' | 'received'>): string | null {
  if (anomaly.expected === null && anomaly.received === null) return null;
  const [ours, theirs] = anomaly.kind === 'amount_mismatch' ? ['应收', '微信金额'] : ['应为', '微信为'];
  if (anomaly.expected === null) return `${theirs} ${side(anomaly, anomaly.received)}`;
  return `${ours} ${side(anomaly, anomaly.expected)} · ${theirs} ${side(anomaly, anomaly.received)}`;
}

/** The order (商户订单号) or refund the notification named, for the card's title line. */
export function anomalyReference(anomaly: Pick<PaymentAnomalyView, 'outTradeNo' | 'outRefundNo'>): string {
  if (anomaly.outRefundNo) return `退款单号 ${anomaly.outRefundNo}`;
  if (anomaly.outTradeNo) return `商户订单号 ${anomaly.outTradeNo}`;
  return '通知未带单号';
}
