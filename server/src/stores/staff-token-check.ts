import type { DataSource } from 'typeorm';
import type { StaffTokenCheck } from '../http/auth.js';
import { StaffAccountEntity } from './staff-account.entity.js';

/**
 * The check behind every staff request's token: one primary-key read of a few columns, no
 * cache, so deactivating an account or resetting its password refuses its tokens on the very
 * next request, on every server instance, and the request acts with the account's current role
 * and store, never with what the token claims. Staff traffic is a few tablets per store (and
 * most staff routes read the same row again to scope by store), so the read costs little.
 */
export function staffTokenCheck(dataSource: DataSource): StaffTokenCheck {
  return async (staffId, tokenVersion) => {
    const account = await dataSource.manager.findOne(StaffAccountEntity, {
      select: { id: true, isActive: true, tokenVersion: true, role: true, storeId: true },
      where: { id: staffId },
    });
    if (account === null || !account.isActive || account.tokenVersion !== tokenVersion) return null;
    return { roles: [account.role], storeId: account.storeId };
  };
}
