import { createHash } from 'node:crypto';
import { In, IsNull, LessThan, Not, type DataSource } from 'typeorm';
import { AppError, type Page, type PaymentAnomalyListQuery, type PaymentAnomalyView } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { PaymentAnomalyEntity, type PaymentAnomalyRow } from './payment-anomaly.entity.js';
import type { PaymentAnomalyFacts } from './notification.js';

/** A genuine notification we acknowledged without applying it, as the route hands it over. */
export interface AnomalyReport {
  facts: PaymentAnomalyFacts;
  /** WeChat's notification id ('' when it sent none). */
  notificationId: string;
  /** The decrypted resource text: with the id, what makes a retried copy the same anomaly. */
  plaintext: string;
  /** The resource without personal data (resourceSummary). */
  summary: Record<string, unknown>;
}

const TEXT_COLUMN = 64;

/** The `alert` field monitoring pages on: a genuine WeChat answer we could not apply. */
export const ANOMALY_ALERT = 'payment_anomaly';

function text(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value).slice(0, TEXT_COLUMN);
}

/**
 * The payment anomaly log: one row per distinct notification (WeChat's retries of the same one
 * add nothing) or per payment and kind that reconciliation found by querying WeChat (every
 * later run finding it again adds nothing), listed for admins and acknowledged by one of them.
 */
export class PaymentAnomaliesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the anomaly once; `created` is false when this very notification was recorded before. */
  async record(report: AnomalyReport): Promise<{ anomaly: PaymentAnomalyView; created: boolean }> {
    const dedupeKey = createHash('sha256').update(`${report.notificationId}\n${report.plaintext}`).digest('hex');
    return this.recordOnce(dedupeKey, report.facts, report.notificationId || null, report.summary);
  }

  /**
   * Records an anomaly in WeChat's answer to our own query (reconciliation) once per payment
   * and kind (`reconcile:<outTradeNo>:<kind>`), however many runs find it again.
   */
  async recordQueried(facts: PaymentAnomalyFacts & { outTradeNo: string }, summary: Record<string, unknown>): Promise<{ anomaly: PaymentAnomalyView; created: boolean }> {
    const key = `reconcile:${facts.outTradeNo}:${facts.kind}`;
    // Fits the column for every out_trade_no we issue (32); hashed should a longer one ever come.
    const dedupeKey = key.length <= TEXT_COLUMN ? key : createHash('sha256').update(key).digest('hex');
    return this.recordOnce(dedupeKey, facts, null, summary);
  }

  /** Whether an anomaly about any of these out_trade_nos is still waiting for a person. */
  async anyOpenFor(outTradeNos: readonly string[]): Promise<boolean> {
    if (!outTradeNos.length) return false;
    return (await this.dataSource.manager.countBy(PaymentAnomalyEntity, { outTradeNo: In([...outTradeNos]), acknowledgedAt: IsNull() })) > 0;
  }

  private async recordOnce(dedupeKey: string, facts: PaymentAnomalyFacts, notificationId: string | null, summary: Record<string, unknown>): Promise<{ anomaly: PaymentAnomalyView; created: boolean }> {
    let created = true;
    try {
      await inTransaction(this.dataSource, (manager) =>
        manager.insert(PaymentAnomalyEntity, {
          kind: facts.kind,
          notificationId: text(notificationId),
          dedupeKey,
          outTradeNo: text(facts.outTradeNo),
          outRefundNo: text(facts.outRefundNo),
          expected: text(facts.expected),
          received: text(facts.received),
          summary: JSON.stringify(summary),
          acknowledgedAt: null,
          acknowledgedBy: null,
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      created = false;
    }
    return { anomaly: anomalyView(await this.dataSource.manager.findOneByOrFail(PaymentAnomalyEntity, { dedupeKey })), created };
  }

  /** Newest first, keyset-paginated by id. */
  async list(query: PaymentAnomalyListQuery): Promise<Page<PaymentAnomalyView>> {
    const after = decodeCursor(query.cursor);
    const rows = await this.dataSource.manager.find(PaymentAnomalyEntity, {
      where: {
        ...(query.status === 'open' ? { acknowledgedAt: IsNull() } : query.status === 'acknowledged' ? { acknowledgedAt: Not(IsNull()) } : {}),
        ...(after ? { id: LessThan(after.id) } : {}),
      },
      order: { id: 'DESC' },
      take: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, (row) => row.id);
    return { items: page.items.map(anomalyView), nextCursor: page.nextCursor };
  }

  /** Marks an anomaly handled; the first acknowledgement stands (a second changes nothing). */
  async acknowledge(id: number, actor: string, now = new Date()): Promise<PaymentAnomalyView> {
    const existing = await this.dataSource.manager.findOneBy(PaymentAnomalyEntity, { id });
    if (!existing) throw new AppError('NOT_FOUND', '支付异常记录不存在');
    if (existing.acknowledgedAt === null) {
      // Conditional: of two admins clicking at once, the first one's name stays.
      await inTransaction(this.dataSource, (manager) => manager.update(PaymentAnomalyEntity, { id, acknowledgedAt: IsNull() }, { acknowledgedAt: now, acknowledgedBy: actor.slice(0, TEXT_COLUMN) }));
    }
    return anomalyView(await this.dataSource.manager.findOneByOrFail(PaymentAnomalyEntity, { id }));
  }
}

function anomalyView(row: PaymentAnomalyRow): PaymentAnomalyView {
  return {
    id: row.id,
    kind: row.kind,
    notificationId: row.notificationId,
    outTradeNo: row.outTradeNo,
    outRefundNo: row.outRefundNo,
    expected: row.expected,
    received: row.received,
    summary: parseSummary(row.summary),
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy,
  };
}

function parseSummary(raw: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
