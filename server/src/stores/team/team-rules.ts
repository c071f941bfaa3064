import type { StaffUpdateRequest, TeamRole } from '@shop/shared';

/** Who manages a team: an admin (any store) or a store manager (their own store only). */
export type TeamActor = { kind: 'admin'; staffId: number } | { kind: 'manager'; staffId: number; storeId: number };

/** The account being managed, as the database has it. */
export interface TeamTarget {
  id: number;
  role: string;
  storeId: number | null;
}

const TEAM_ROLE_SET: ReadonlySet<string> = new Set<TeamRole>(['staff', 'store_manager']);

/**
 * The store whose team a list covers: a manager's own (naming another store is refused), an
 * admin's choice or every store (null). A string is a refusal, in Chinese.
 */
export function teamStoreOf(actor: TeamActor, requested: number | undefined): { storeId: number | null } | string {
  if (actor.kind === 'admin') return { storeId: requested ?? null };
  if (requested !== undefined && requested !== actor.storeId) return '只能管理本门店的员工';
  return { storeId: actor.storeId };
}

/** Where a new account goes, or why it may not be created: managers add `staff` to their own store only. */
export function newAccountStore(actor: TeamActor, role: TeamRole, requestedStoreId: number | undefined): { storeId: number } | { refusal: string; missing?: true } {
  if (actor.kind === 'admin') return requestedStoreId === undefined ? { refusal: '请选择门店', missing: true } : { storeId: requestedStoreId };
  if (requestedStoreId !== undefined && requestedStoreId !== actor.storeId) return { refusal: '只能为本门店添加员工' };
  if (role !== 'staff') return { refusal: '店长只能添加店员账号' };
  return { storeId: actor.storeId };
}

/**
 * Why `actor` may not make `change` to `target`, or null when they may. Only team accounts
 * (staff, store managers) are managed here; a manager only the staff of their own store, and
 * nobody deactivates themselves.
 */
export function refusalToManage(actor: TeamActor, target: TeamTarget, change: StaffUpdateRequest): string | null {
  if (!TEAM_ROLE_SET.has(target.role) || target.storeId === null) return '只能管理门店员工账号';
  if (target.id === actor.staffId && change.isActive === false) return '不能停用自己的账号';
  if (actor.kind === 'admin') return null;
  if (target.storeId !== actor.storeId) return '只能管理本门店的员工';
  if (target.id === actor.staffId) return '请联系管理员修改店长账号';
  if (target.role !== 'staff') return '只能管理店员账号';
  return null;
}

/** Whether the change makes the account's existing sign-in tokens worthless (they then get 401). */
export function revokesTokens(wasActive: boolean, change: StaffUpdateRequest): boolean {
  return change.password !== undefined || (wasActive && change.isActive === false);
}
