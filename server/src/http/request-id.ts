import { randomUUID } from 'node:crypto';

/**
 * A client's X-Request-Id is kept only when it looks like an id (a UUID, a trace id, a
 * proxy's `host:seq`): it is echoed in a header and written into every log line, so anything
 * else (markup, control characters, a kilobyte of text) is replaced with a fresh id.
 */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFor(clientValue: string): { requestId: string; replacedClientValue: boolean } {
  if (CLIENT_REQUEST_ID.test(clientValue)) return { requestId: clientValue, replacedClientValue: false };
  return { requestId: randomUUID(), replacedClientValue: clientValue !== '' };
}
