import type { AuthTokenResponse } from '@shop/shared';
import { isRecord, storageSlot } from './storage';

/** The signed-in member as kept on the device. */
export interface Session {
  token: string;
  /** ISO instant after which the server no longer accepts the token. */
  expiresAt: string;
  memberId: number;
  nickname: string;
}

function isSession(value: unknown): value is Session {
  return (
    isRecord(value) &&
    typeof value.token === 'string' &&
    typeof value.expiresAt === 'string' &&
    typeof value.memberId === 'number' &&
    typeof value.nickname === 'string'
  );
}

const slot = storageSlot('shop.session', isSession);

/** Tokens this close to expiry are treated as gone, so a request never starts with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

export function readSession(now = Date.now()): Session | null {
  const session = slot.read();
  if (!session) return null;
  if (Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS <= now) {
    slot.remove();
    return null;
  }
  return session;
}

export function currentToken(now = Date.now()): string | null {
  return readSession(now)?.token ?? null;
}

export function isSignedIn(): boolean {
  return readSession() !== null;
}

export function saveSession(answer: AuthTokenResponse): Session {
  if (!answer.member) throw new Error('not a member login answer');
  const session: Session = { token: answer.token, expiresAt: answer.expiresAt, memberId: answer.member.id, nickname: answer.member.nickname };
  slot.write(session);
  return session;
}

export function clearSession(): void {
  slot.remove();
}
