import type { AuthTokenResponse, Role } from '@shop/shared';
import { isRecord, sessionSlot } from '../../../lib/storage';

/** The marketer (or admin) signed in on the marketing console; apart from member and tablet sessions. */
export interface MarketerSession {
  token: string;
  /** ISO instant after which the server no longer accepts the token. */
  expiresAt: string;
  staffId: number;
  username: string;
  displayName: string;
  role: Role;
}

const CONSOLE_ROLES: readonly Role[] = ['marketer', 'admin'];

function isMarketerSession(value: unknown): value is MarketerSession {
  return (
    isRecord(value) &&
    typeof value.token === 'string' &&
    typeof value.expiresAt === 'string' &&
    typeof value.staffId === 'number' &&
    typeof value.username === 'string' &&
    typeof value.displayName === 'string' &&
    typeof value.role === 'string' &&
    CONSOLE_ROLES.includes(value.role as Role)
  );
}

const slot = sessionSlot('shop.marketerSession', isMarketerSession);

export function readMarketerSession(now = Date.now()): MarketerSession | null {
  return slot.read(now);
}

export function marketerToken(now = Date.now()): string | null {
  return readMarketerSession(now)?.token ?? null;
}

/**
 * Keeps a login answer when its account may run campaigns and coupons (marketer or admin);
 * otherwise says why in words the person at the screen understands.
 */
export function saveMarketerSession(answer: AuthTokenResponse): { ok: true; session: MarketerSession } | { ok: false; reason: string } {
  const staff = answer.staff;
  if (!staff || !CONSOLE_ROLES.includes(staff.role)) return { ok: false, reason: '该账号没有营销后台权限，请使用营销或管理员账号' };
  const session: MarketerSession = { token: answer.token, expiresAt: answer.expiresAt, staffId: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role };
  slot.write(session);
  return { ok: true, session };
}

export function clearMarketerSession(): void {
  slot.remove();
}
