import { decryptResource } from '../wechat/pay-protocol.js';
import type { PlatformKeys, SignedHeaders } from '../wechat/platform-keys.js';

export interface OpenedNotification {
  id: string;
  eventType: string;
  resource: unknown;
}

/** Why a notification is refused; WeChat is told FAIL and will retry (or we ignore a forgery). */
export class NotificationRejected extends Error {}

/**
 * A genuine WeChat message we cannot apply and never will by retrying (unknown reference, or
 * amounts that do not match ours): acknowledged so WeChat stops, and logged as an error for people.
 */
export class PaymentAnomaly extends Error {}

/**
 * Verifies a WeChat Pay notification's signature over the exact raw body, then decrypts its
 * resource with AES-256-GCM, checking the tag and the expected associated data.
 */
export function openNotification(rawBody: string, headers: SignedHeaders, keys: PlatformKeys, apiV3Key: string, expectedAssociatedData: string): OpenedNotification {
  const problem = keys.problemWith(headers, rawBody);
  if (problem) throw new NotificationRejected(problem);
  let envelope: { id?: string; event_type?: string; resource?: { ciphertext?: string; nonce?: string; associated_data?: string } };
  try {
    envelope = JSON.parse(rawBody) as typeof envelope;
  } catch {
    throw new NotificationRejected('body is not JSON');
  }
  const resource = envelope.resource;
  if (!envelope.event_type || !resource?.ciphertext || !resource.nonce) throw new NotificationRejected('not a WeChat Pay notification');
  if (resource.associated_data !== expectedAssociatedData) throw new NotificationRejected(`unexpected resource ${resource.associated_data}`);
  let plaintext: string;
  try {
    plaintext = decryptResource({ ciphertext: resource.ciphertext, nonce: resource.nonce, associated_data: resource.associated_data }, apiV3Key);
  } catch {
    throw new NotificationRejected('resource does not decrypt with our APIv3 key');
  }
  try {
    return { id: envelope.id ?? '', eventType: envelope.event_type, resource: JSON.parse(plaintext) as unknown };
  } catch {
    throw new NotificationRejected('resource is not JSON');
  }
}
