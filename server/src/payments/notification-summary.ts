/**
 * What of a decrypted notification resource an anomaly keeps: the fields that identify the
 * money movement and its amounts, never personal data (the payer's openid, the account a
 * refund went to, attach/description texts a buyer may have typed into).
 */
const TOP_LEVEL_FIELDS = [
  'appid',
  'mchid',
  'out_trade_no',
  'transaction_id',
  'out_refund_no',
  'refund_id',
  'trade_type',
  'trade_state',
  'refund_status',
  'status',
  'success_time',
] as const;
const AMOUNT_FIELDS = ['total', 'payer_total', 'refund', 'payer_refund', 'currency', 'payer_currency'] as const;
const MAX_TEXT = 64;

type Scalar = string | number | boolean | null;

function scalar(value: unknown): Scalar | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_TEXT);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, Scalar> {
  const picked: Record<string, Scalar> = {};
  for (const field of fields) {
    const value = scalar(source[field]);
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}

export function resourceSummary(resource: Record<string, unknown>): Record<string, unknown> {
  const summary: Record<string, unknown> = pick(resource, TOP_LEVEL_FIELDS);
  const amount = resource.amount;
  if (typeof amount === 'object' && amount !== null && !Array.isArray(amount)) summary.amount = pick(amount as Record<string, unknown>, AMOUNT_FIELDS);
  return summary;
}
