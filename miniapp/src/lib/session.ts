import type { AuthTokenResponse } from '@shop/shared';
import { isRecord, sessionSlot } from './storage';

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

const slot = sessionSlot('shop.session', isSession);


export function readSession(now = Date.now()): Session | null {
  return slot.read(now);
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
