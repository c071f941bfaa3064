import Database from 'better-sqlite3';

/**
 * The emulator's own state (what WeChat Pay would hold): transactions, refunds and every
 * notification delivery attempt, in SQLite. Timestamps are ISO-8601 UTC; amounts integer fen.
 * better-sqlite3 is synchronous, so a read-check-write inside `atomically` cannot interleave
 * with another request.
 */

export type TradeType = 'JSAPI' | 'NATIVE';
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'PAYERROR' | 'REFUND';
export type RefundStatus = 'PROCESSING' | 'SUCCESS';
export type EventType = 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS';

export interface TransactionRecord {
  outTradeNo: string;
  tradeType: TradeType;
  prepayId: string | null;
  codeUrl: string | null;
  appid: string;
  mchid: string;
  description: string;
  attach: string | null;
  notifyUrl: string;
  /** As the merchant sent it (RFC 3339). */
  timeExpire: string | null;
  total: number;
  currency: string;
  payerOpenid: string | null;
  tradeState: TradeState;
  transactionId: string | null;
  successTime: string | null;
  /** Set by the control API's `expire`: from then on the prepay cannot be paid. */
  expiredAt: string | null;
  createdAt: string;
}

export interface RefundRecord {
  outRefundNo: string;
  refundId: string;
  outTradeNo: string;
  transactionId: string;
  reason: string | null;
  notifyUrl: string | null;
  refund: number;
  total: number;
  currency: string;
  status: RefundStatus;
  createTime: string;
  successTime: string | null;
}

/** One delivery attempt of one notification. */
export interface NotificationRecord {
  /** The notification's `id` (the same on every attempt and copy). */
  notificationId: string;
  type: EventType;
  url: string;
  outTradeNo: string;
  outRefundNo: string | null;
  /** 1, or 2 for the second copy of a `delivery: 'twice'` notification. */
  copy: number;
  attempt: number;
  /** The receiver's HTTP status, or null when it did not answer (see `error`). */
  statusCode: number | null;
  error: string | null;
  /** True for a 2xx answer within the timeout. */
  delivered: boolean;
  at: string;
  /** The exact body and signed headers sent, so a test can replay them. */
  body: string;
  headers: Record<string, string>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS transactions (
  out_trade_no TEXT PRIMARY KEY,
  trade_type TEXT NOT NULL,
  prepay_id TEXT UNIQUE,
  code_url TEXT UNIQUE,
  fingerprint TEXT NOT NULL,
  appid TEXT NOT NULL,
  mchid TEXT NOT NULL,
  description TEXT NOT NULL,
  attach TEXT,
  notify_url TEXT NOT NULL,
  time_expire TEXT,
  total INTEGER NOT NULL CHECK (total > 0),
  currency TEXT NOT NULL,
  payer_openid TEXT,
  trade_state TEXT NOT NULL,
  transaction_id TEXT UNIQUE,
  success_time TEXT,
  expired_at TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refunds (
  out_refund_no TEXT PRIMARY KEY,
  refund_id TEXT NOT NULL UNIQUE,
  out_trade_no TEXT NOT NULL REFERENCES transactions (out_trade_no),
  transaction_id TEXT NOT NULL,
  reason TEXT,
  notify_url TEXT,
  refund INTEGER NOT NULL CHECK (refund > 0),
  total INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  create_time TEXT NOT NULL,
  success_time TEXT
);
CREATE INDEX IF NOT EXISTS refunds_by_trade ON refunds (out_trade_no);
CREATE TABLE IF NOT EXISTS notification_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  notification_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  url TEXT NOT NULL,
  out_trade_no TEXT NOT NULL,
  out_refund_no TEXT,
  copy INTEGER NOT NULL,
  attempt INTEGER NOT NULL,
  status_code INTEGER,
  error TEXT,
  delivered INTEGER NOT NULL,
  at TEXT NOT NULL,
  body TEXT NOT NULL,
  headers TEXT NOT NULL
);
`;

const TRANSACTION_COLUMNS = `out_trade_no AS outTradeNo, trade_type AS tradeType, prepay_id AS prepayId, code_url AS codeUrl,
  appid, mchid, description, attach, notify_url AS notifyUrl, time_expire AS timeExpire, total, currency,
  payer_openid AS payerOpenid, trade_state AS tradeState, transaction_id AS transactionId, success_time AS successTime,
  expired_at AS expiredAt, created_at AS createdAt`;

const REFUND_COLUMNS = `out_refund_no AS outRefundNo, refund_id AS refundId, out_trade_no AS outTradeNo, transaction_id AS transactionId,
  reason, notify_url AS notifyUrl, refund, total, currency, status, create_time AS createTime, success_time AS successTime`;

interface AttemptRow extends Omit<NotificationRecord, 'delivered' | 'headers'> {
  delivered: number;
  headers: string;
}

export class EmulatorStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  insertTransaction(record: TransactionRecord, fingerprint: string): void {
    this.db
      .prepare(
        `INSERT INTO transactions (out_trade_no, trade_type, prepay_id, code_url, fingerprint, appid, mchid, description, attach, notify_url,
           time_expire, total, currency, payer_openid, trade_state, transaction_id, success_time, expired_at, created_at)
         VALUES (@outTradeNo, @tradeType, @prepayId, @codeUrl, @fingerprint, @appid, @mchid, @description, @attach, @notifyUrl,
           @timeExpire, @total, @currency, @payerOpenid, @tradeState, @transactionId, @successTime, @expiredAt, @createdAt)`,
      )
      .run({ ...record, fingerprint });
  }

  transaction(outTradeNo: string): TransactionRecord | null {
    return this.oneTransaction('out_trade_no = ?', outTradeNo);
  }

  transactionById(transactionId: string): TransactionRecord | null {
    return this.oneTransaction('transaction_id = ?', transactionId);
  }

  transactionByPrepayId(prepayId: string): TransactionRecord | null {
    return this.oneTransaction('prepay_id = ?', prepayId);
  }

  transactionByCodeUrl(codeUrl: string): TransactionRecord | null {
    return this.oneTransaction('code_url = ?', codeUrl);
  }

  fingerprint(outTradeNo: string): string | null {
    const row = this.db.prepare('SELECT fingerprint FROM transactions WHERE out_trade_no = ?').get(outTradeNo) as { fingerprint: string } | undefined;
    return row?.fingerprint ?? null;
  }

  /** Unpaid transactions (NOTPAY or PAYERROR) not expired by the control API, oldest first. */
  unpaidTransactions(): TransactionRecord[] {
    return this.db
      .prepare(`SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE trade_state IN ('NOTPAY', 'PAYERROR') AND expired_at IS NULL ORDER BY created_at, out_trade_no`)
      .all() as TransactionRecord[];
  }

  /** Conditional transition; false when the transaction was not in one of `from`. */
  setTradeState(outTradeNo: string, from: readonly TradeState[], to: TradeState): boolean {
    const placeholders = from.map(() => '?').join(', ');
    return this.db.prepare(`UPDATE transactions SET trade_state = ? WHERE out_trade_no = ? AND trade_state IN (${placeholders})`).run(to, outTradeNo, ...from).changes === 1;
  }

  markPaid(outTradeNo: string, paid: { transactionId: string; openid: string; successTime: string }): boolean {
    return (
      this.db
        .prepare(
          `UPDATE transactions SET trade_state = 'SUCCESS', transaction_id = ?, payer_openid = ?, success_time = ?
           WHERE out_trade_no = ? AND trade_state IN ('NOTPAY', 'PAYERROR') AND expired_at IS NULL`,
        )
        .run(paid.transactionId, paid.openid, paid.successTime, outTradeNo).changes === 1
    );
  }

  markExpired(outTradeNo: string, at: string): boolean {
    return this.db.prepare(`UPDATE transactions SET expired_at = ? WHERE out_trade_no = ? AND trade_state IN ('NOTPAY', 'PAYERROR') AND expired_at IS NULL`).run(at, outTradeNo).changes === 1;
  }

  insertRefund(record: RefundRecord): void {
    this.db
      .prepare(
        `INSERT INTO refunds (out_refund_no, refund_id, out_trade_no, transaction_id, reason, notify_url, refund, total, currency, status, create_time, success_time)
         VALUES (@outRefundNo, @refundId, @outTradeNo, @transactionId, @reason, @notifyUrl, @refund, @total, @currency, @status, @createTime, @successTime)`,
      )
      .run(record);
  }

  refund(outRefundNo: string): RefundRecord | null {
    return (this.db.prepare(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE out_refund_no = ?`).get(outRefundNo) as RefundRecord | undefined) ?? null;
  }

  processingRefunds(): RefundRecord[] {
    return this.db.prepare(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE status = 'PROCESSING' ORDER BY create_time`).all() as RefundRecord[];
  }

  refundedTotal(outTradeNo: string): number {
    const row = this.db.prepare('SELECT COALESCE(SUM(refund), 0) AS refunded FROM refunds WHERE out_trade_no = ?').get(outTradeNo) as { refunded: number };
    return row.refunded;
  }

  markRefundSucceeded(outRefundNo: string, successTime: string): boolean {
    return this.db.prepare(`UPDATE refunds SET status = 'SUCCESS', success_time = ? WHERE out_refund_no = ? AND status = 'PROCESSING'`).run(successTime, outRefundNo).changes === 1;
  }

  recordAttempt(record: NotificationRecord): void {
    this.db
      .prepare(
        `INSERT INTO notification_attempts (notification_id, event_type, url, out_trade_no, out_refund_no, copy, attempt, status_code, error, delivered, at, body, headers)
         VALUES (@notificationId, @type, @url, @outTradeNo, @outRefundNo, @copy, @attempt, @statusCode, @error, @delivered, @at, @body, @headers)`,
      )
      .run({ ...record, delivered: record.delivered ? 1 : 0, headers: JSON.stringify(record.headers) });
  }

  notifications(): NotificationRecord[] {
    const rows = this.db
      .prepare(
        `SELECT notification_id AS notificationId, event_type AS type, url, out_trade_no AS outTradeNo, out_refund_no AS outRefundNo, copy, attempt,
           status_code AS statusCode, error, delivered, at, body, headers
         FROM notification_attempts ORDER BY id`,
      )
      .all() as AttemptRow[];
    return rows.map((row) => ({ ...row, delivered: row.delivered === 1, headers: JSON.parse(row.headers) as Record<string, string> }));
  }

  private oneTransaction(where: string, value: string): TransactionRecord | null {
    return (this.db.prepare(`SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE ${where}`).get(value) as TransactionRecord | undefined) ?? null;
  }
}
