import { In, type EntityManager } from 'typeorm';
import { AppError } from '@shop/shared';
import { StaffAccountEntity, type StaffAccount } from './staff-account.entity.js';
import { StoreEntity, type Store } from './store.entity.js';
import type { Principal } from '../http/context.js';

/** The roles that sell in a store and can be credited with sales. */
export const SELLING_ROLES = ['staff', 'store_manager'] as const;
export type SellingRole = (typeof SELLING_ROLES)[number];

export interface StoreStaff {
  account: StaffAccount & { role: SellingRole; storeId: number };
  store: Store;
}

export function isSellingAccount(account: StaffAccount): account is StaffAccount & { role: SellingRole; storeId: number } {
  return (SELLING_ROLES as readonly string[]).includes(account.role) && account.storeId !== null;
}

/**
 * The signed-in staff member as the database has them now (a sign-in token may be hours old):
 * an active account of a store, in a selling role; FORBIDDEN otherwise.
 */
export async function currentStoreStaff(manager: EntityManager, staffId: number, role?: SellingRole): Promise<StoreStaff> {
  const account = await manager.findOneBy(StaffAccountEntity, { id: staffId });
  if (!account || !account.isActive || !isSellingAccount(account) || (role && account.role !== role)) {
    throw new AppError('FORBIDDEN', '没有权限执行此操作');
  }
  return { account, store: await manager.findOneByOrFail(StoreEntity, { id: account.storeId }) };
}

/** The caller of a store route as the database has them now; FORBIDDEN for members and non-selling accounts. */
export function storeStaffOf(principal: Principal | undefined, manager: EntityManager): Promise<StoreStaff> {
  if (principal?.kind !== 'staff') throw new AppError('FORBIDDEN', '没有权限执行此操作');
  return currentStoreStaff(manager, principal.staffId);
}

/** Store names by id, for the stores of the given accounts. */
export async function storeNames(manager: EntityManager, storeIds: readonly number[]): Promise<Map<number, string>> {
  if (storeIds.length === 0) return new Map();
  const stores = await manager.findBy(StoreEntity, { id: In([...new Set(storeIds)]) });
  return new Map(stores.map((s) => [s.id, s.name]));
}
