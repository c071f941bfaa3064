import type { DataSource } from 'typeorm';
import type { StaffTokenCheck } from '../http/auth.js';
import { StaffAccountEntity } from './staff-account.entity.js';

/**
 * The check behind every staff request's token: one primary-key read of two columns, no cache,
 * so deactivating an account or resetting its password refuses its tokens on the very next
 * request, on every server instance. Staff traffic is a few tablets per store (and most staff
 * routes read the same row again to scope by store), so the read costs little next to the rest.
 */
export function staffTokenCheck(dataSource: DataSource): StaffTokenCheck {
  return async (staffId, tokenVersion) => {
    const account = await dataSource.manager.findOne(StaffAccountEntity, { select: { id: true, isActive: true, tokenVersion: true }, where: { id: staffId } });
    return account !== null && account.isActive && account.tokenVersion === tokenVersion;
  };
}
