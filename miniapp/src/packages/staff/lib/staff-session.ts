import type { AuthTokenResponse } from '@shop/shared';
import { isRecord, sessionSlot } from '../../../lib/storage';

/**
 * The staff member signed in on this tablet. Kept apart from the member's session
 * (`shop.session`): a tablet may also have a member signed in to the storefront, and signing
 * either one out must not touch the other.
 */
export interface StaffSession {
  token: string;
  /** ISO instant after which the server no longer accepts the token. */
  expiresAt: string;
  staffId: number;
  username: string;
  displayName: string;
  storeId: number;
  storeName: string | null;
  /** `store_manager` opens the 门店管理 desk; sessions saved before roles were kept count as `staff`. */
  role?: SellingRole;
}

export type SellingRole = 'staff' | 'store_manager';

const SELLING_ROLES: readonly string[] = ['staff', 'store_manager'];

function isStaffSession(value: unknown): value is StaffSession {
  return (
    isRecord(value) &&
    typeof value.token === 'string' &&
    typeof value.expiresAt === 'string' &&
    typeof value.staffId === 'number' &&
    typeof value.username === 'string' &&
    typeof value.displayName === 'string' &&
    typeof value.storeId === 'number' &&
    (value.storeName === null || typeof value.storeName === 'string') &&
    (value.role === undefined || value.role === 'staff' || value.role === 'store_manager')
  );
}

const slot = sessionSlot('shop.staffSession', isStaffSession);


export function readStaffSession(now = Date.now()): StaffSession | null {
  return slot.read(now);
}

export function staffToken(now = Date.now()): string | null {
  return readStaffSession(now)?.token ?? null;
}

/** Whether a login answer can run the counter: a seller with a store, or why not. */
export function counterAccount(answer: AuthTokenResponse): { ok: true; storeId: number } | { ok: false; reason: string } {
  const staff = answer.staff;
  if (!staff || !SELLING_ROLES.includes(staff.role)) return { ok: false, reason: '该账号不是门店员工，无法使用门店收银台' };
  if (staff.storeId === null) return { ok: false, reason: '该账号未分配门店，请联系店长' };
  return { ok: true, storeId: staff.storeId };
}

/** Keeps a login answer that `counterAccount` accepted (the answer names the store for the header). */
export function saveStaffSession(answer: AuthTokenResponse): StaffSession {
  const account = counterAccount(answer);
  if (!account.ok || !answer.staff) throw new Error('not a store staff login answer');
  const { id, username, displayName, storeName, role } = answer.staff;
  const session: StaffSession = {
    token: answer.token,
    expiresAt: answer.expiresAt,
    staffId: id,
    username,
    displayName,
    storeId: account.storeId,
    storeName,
    role: role === 'store_manager' ? 'store_manager' : 'staff',
  };
  slot.write(session);
  return session;
}

/** Whether the signed-in account manages its store (the 门店管理 desk: team, samples, team commission). */
export function isStoreManager(session: StaffSession | null): boolean {
  return session?.role === 'store_manager';
}

export function clearStaffSession(): void {
  slot.remove();
}
