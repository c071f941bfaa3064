import type { PaymentAnomalyKind } from '@shop/shared';
import { decryptResource } from '../wechat/pay-protocol.js';
import type { PlatformKeys, SignedHeaders } from '../wechat/platform-keys.js';

export interface OpenedNotification {
  id: string;
  eventType: string;
  /** The decrypted resource: a JSON object (anything else is a PaymentAnomaly). */
  resource: Record<string, unknown>;
  /** The decrypted resource text, exactly as WeChat sent it (the anomaly's identity). */
  plaintext: string;
}

/** Why a notification is refused; WeChat is told FAIL and will retry (or we ignore a forgery). */
export class NotificationRejected extends Error {}

export interface PaymentAnomalyFacts {
  kind: PaymentAnomalyKind;
  outTradeNo?: string | null;
  outRefundNo?: string | null;
  /** Our value and WeChat's, when the anomaly is a mismatch (amounts in fen). */
  expected?: string | number | null;
  received?: string | number | null;
}

/**
 * A genuine WeChat message we cannot apply and never will by retrying (unknown reference, or
 * amounts that do not match ours): acknowledged so WeChat stops, recorded for people to look at.
 */
export class PaymentAnomaly extends Error {
  constructor(
    readonly facts: PaymentAnomalyFacts,
    message: string,
  ) {
    super(message);
    this.name = 'PaymentAnomaly';
  }
}

/**
 * A notification whose signature and encryption are genuine but whose resource is not a JSON
 * object (`null`, `[]`, a string): it came from WeChat, so it is acknowledged and recorded.
 */
export class MalformedResource extends PaymentAnomaly {
  constructor(
    readonly notificationId: string,
    readonly plaintext: string,
    received: string,
  ) {
    super({ kind: 'malformed_resource', received }, `notification ${notificationId} resource is ${received}, not an object`);
  }
}

/**
 * Verifies a WeChat Pay notification's signature over the exact raw body, then decrypts its
 * resource with AES-256-GCM, checking the tag and the expected associated data.
 */
export function openNotification(rawBody: string, headers: SignedHeaders, keys: PlatformKeys, apiV3Key: string, expectedAssociatedData: string): OpenedNotification {
  const problem = keys.problemWith(headers, rawBody);
  if (problem) throw new NotificationRejected(problem);
  let envelope: { id?: unknown; event_type?: unknown; resource?: { ciphertext?: unknown; nonce?: unknown; associated_data?: unknown } | null };
  try {
    envelope = JSON.parse(rawBody) as typeof envelope;
  } catch {
    throw new NotificationRejected('body is not JSON');
  }
  if (typeof envelope !== 'object' || envelope === null) throw new NotificationRejected('not a WeChat Pay notification');
  const resource = envelope.resource;
  if (typeof envelope.event_type !== 'string' || typeof resource?.ciphertext !== 'string' || typeof resource.nonce !== 'string') {
    throw new NotificationRejected('not a WeChat Pay notification');
  }
  if (resource.associated_data !== expectedAssociatedData) throw new NotificationRejected(`unexpected resource ${String(resource.associated_data)}`);
  let plaintext: string;
  try {
    plaintext = decryptResource({ ciphertext: resource.ciphertext, nonce: resource.nonce, associated_data: expectedAssociatedData }, apiV3Key);
  } catch {
    throw new NotificationRejected('resource does not decrypt with our APIv3 key');
  }
  const id = typeof envelope.id === 'string' ? envelope.id.slice(0, 64) : '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext) as unknown;
  } catch {
    // Only WeChat (or whoever holds its key and ours) can produce this: not a forgery to refuse.
    throw new MalformedResource(id, plaintext, 'not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new MalformedResource(id, plaintext, parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed);
  }
  return { id, eventType: envelope.event_type, resource: parsed as Record<string, unknown>, plaintext };
}
