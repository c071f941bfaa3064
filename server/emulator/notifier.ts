import { randomUUID } from 'node:crypto';
import { encryptResource } from '../src/wechat/pay-protocol.js';
import type { EmulatorStore, EventType } from './store.js';
import { chinaTime } from './wechat-format.js';

/** A notification ready to POST: the exact body is fixed once, every attempt re-signs it. */
export interface OutgoingNotification {
  id: string;
  type: EventType;
  url: string;
  body: string;
  outTradeNo: string;
  outRefundNo: string | null;
}

const SUMMARY: Record<EventType, string> = { 'TRANSACTION.SUCCESS': '支付成功', 'REFUND.SUCCESS': '退款成功' };
const RESOURCE_TYPE: Record<EventType, string> = { 'TRANSACTION.SUCCESS': 'transaction', 'REFUND.SUCCESS': 'refund' };

/** Builds the notification envelope with the resource encrypted under the APIv3 key. */
export function buildNotification(
  type: EventType,
  resource: object,
  target: { url: string; outTradeNo: string; outRefundNo?: string },
  apiV3Key: string,
): OutgoingNotification {
  const id = randomUUID();
  const kind = RESOURCE_TYPE[type];
  const body = JSON.stringify({
    id,
    create_time: chinaTime(new Date()),
    resource_type: 'encrypt-resource',
    event_type: type,
    summary: SUMMARY[type],
    resource: encryptResource(JSON.stringify(resource), apiV3Key, kind, kind),
  });
  return { id, type, url: target.url, body, outTradeNo: target.outTradeNo, outRefundNo: target.outRefundNo ?? null };
}

/**
 * Delivers notifications as WeChat Pay does: a 2xx answer within the timeout is success;
 * anything else is retried after the next delay of the schedule, until the schedule runs out.
 * Every attempt is recorded in the store.
 */
export class Notifier {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly store: EmulatorStore,
    private readonly sign: (body: string) => Record<string, string>,
    private readonly retryDelaysMs: readonly number[],
    private readonly timeoutMs: number,
  ) {}

  /** `copies` > 1 sends independent, concurrent deliveries of the same notification. */
  send(notification: OutgoingNotification, options: { copies?: number; delayMs?: number } = {}): void {
    for (let copy = 1; copy <= (options.copies ?? 1); copy++) this.schedule(notification, copy, 1, options.delayMs ?? 0);
  }

  /** Cancels pending retries and aborts deliveries in flight. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    await Promise.allSettled([...this.running]);
  }

  private schedule(notification: OutgoingNotification, copy: number, attempt: number, delayMs: number): void {
    if (this.closed) return;
    const start = () => {
      const run = this.attempt(notification, copy, attempt).finally(() => this.running.delete(run));
      this.running.add(run);
    };
    if (delayMs <= 0) return start();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      start();
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(notification: OutgoingNotification, copy: number, attempt: number): Promise<void> {
    const at = new Date().toISOString();
    const headers = { 'Content-Type': 'application/json', ...this.sign(notification.body) };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    this.inFlight.add(controller);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(notification.url, { method: 'POST', headers, body: notification.body, signal: controller.signal });
      statusCode = response.status;
      await response.arrayBuffer();
    } catch (cause) {
      error = timedOut ? `no reply within ${this.timeoutMs} ms` : cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
    if (this.closed) return;
    const delivered = error === null && statusCode !== null && statusCode >= 200 && statusCode < 300;
    this.store.recordAttempt({
      notificationId: notification.id,
      type: notification.type,
      url: notification.url,
      outTradeNo: notification.outTradeNo,
      outRefundNo: notification.outRefundNo,
      copy,
      attempt,
      statusCode,
      error,
      delivered,
      at,
      body: notification.body,
      headers,
    });
    const nextDelay = this.retryDelaysMs[attempt - 1];
    if (!delivered && nextDelay !== undefined) this.schedule(notification, copy, attempt + 1, nextDelay);
  }
}
