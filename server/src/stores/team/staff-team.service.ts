import type { DataSource } from 'typeorm';
import { AppError, TEAM_ROLES, type Page, type StaffCreateRequest, type StaffMemberView, type StaffTeamQuery, type StaffUpdateRequest, type TeamRole } from '@shop/shared';
import type { Principal } from '../../http/context.js';
import { decodeCursor, pageOf } from '../../platform/cursor.js';
import { inTransaction, isUniqueViolation } from '../../platform/transaction.js';
import { hashPassword } from '../password.js';
import { StaffAccountEntity, type StaffAccount } from '../staff-account.entity.js';
import { StoreEntity } from '../store.entity.js';
import { currentStoreStaff, storeNames } from '../store-staff.js';
import { newAccountStore, refusalToManage, revokesTokens, teamStoreOf, type TeamActor } from './team-rules.js';

type TeamAccount = StaffAccount & { role: TeamRole; storeId: number };

/**
 * A store's team: its staff and managers. A store manager lists and manages the staff of their
 * own store; an admin any store's team. Which change is allowed is decided in team-rules.ts.
 */
export class StaffTeamService {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: StaffTeamQuery): Promise<Page<StaffMemberView>> {
    const actor = await this.actorOf(principal);
    const scope = teamStoreOf(actor, query.storeId);
    if (typeof scope === 'string') throw new AppError('FORBIDDEN', scope);
    if (scope.storeId !== null && !(await this.dataSource.manager.existsBy(StoreEntity, { id: scope.storeId }))) throw new AppError('NOT_FOUND', '门店不存在');
    const rows = this.dataSource.manager
      .createQueryBuilder(StaffAccountEntity, 'a')
      .where('a.role IN (:...roles)', { roles: [...TEAM_ROLES] })
      .andWhere('a.storeId IS NOT NULL')
      .orderBy('a.id', 'ASC')
      .limit(query.limit + 1);
    if (scope.storeId !== null) rows.andWhere('a.storeId = :storeId', { storeId: scope.storeId });
    const cursor = decodeCursor(query.cursor);
    if (cursor) rows.andWhere('a.id > :afterId', { afterId: cursor.id });
    const page = pageOf(await rows.getMany(), query.limit, () => null);
    const accounts = page.items as TeamAccount[];
    const names = await storeNames(this.dataSource.manager, accounts.map((a) => a.storeId));
    return { items: accounts.map((a) => memberView(a, names.get(a.storeId) ?? '')), nextCursor: page.nextCursor };
  }

  /** A new account; its username is unique across all accounts (two creating one name at once: one wins, the other gets CONFLICT). */
  async create(principal: Principal, request: StaffCreateRequest): Promise<StaffMemberView> {
    const actor = await this.actorOf(principal);
    const placed = newAccountStore(actor, request.role, request.storeId);
    if ('refusal' in placed) {
      throw placed.missing ? new AppError('VALIDATION_FAILED', placed.refusal, [{ path: 'storeId', message: 'required for an admin' }]) : new AppError('FORBIDDEN', placed.refusal);
    }
    const store = await this.dataSource.manager.findOneBy(StoreEntity, { id: placed.storeId });
    if (!store) throw new AppError('NOT_FOUND', '门店不存在', [{ path: 'storeId', message: `no store ${placed.storeId}` }]);
    // Checked first only to spare the scrypt work; the unique index decides under concurrency.
    if (await this.dataSource.manager.existsBy(StaffAccountEntity, { username: request.username })) throw usernameTaken();
    const passwordHash = await hashPassword(request.password);
    try {
      const id = await inTransaction(this.dataSource, async (manager) => {
        const inserted = await manager.insert(StaffAccountEntity, {
          username: request.username,
          passwordHash,
          displayName: request.displayName,
          role: request.role,
          storeId: store.id,
          isActive: true,
          tokenVersion: 0,
        });
        return Number(inserted.identifiers[0]?.id);
      });
      const account = await this.dataSource.manager.findOneByOrFail(StaffAccountEntity, { id });
      return memberView(account as TeamAccount, store.name);
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken();
      throw error;
    }
  }

  /**
   * Renames, deactivates/reactivates or sets a new password. Deactivating and a new password
   * raise the account's token version in the same UPDATE, so its sign-in tokens stop working
   * at once (see staff-token-check.ts).
   */
  async update(principal: Principal, id: number, change: StaffUpdateRequest): Promise<StaffMemberView> {
    const actor = await this.actorOf(principal);
    const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
    const account = await inTransaction(this.dataSource, async (manager) => {
      const target = await manager.findOneBy(StaffAccountEntity, { id });
      if (!target) throw new AppError('NOT_FOUND', '员工账号不存在');
      const refusal = refusalToManage(actor, target, change);
      if (refusal) throw new AppError('FORBIDDEN', refusal);
      const set: { displayName?: string; isActive?: boolean; passwordHash?: string; tokenVersion?: () => string } = {};
      if (change.displayName !== undefined) set.displayName = change.displayName;
      if (change.isActive !== undefined) set.isActive = change.isActive;
      if (passwordHash !== undefined) set.passwordHash = passwordHash;
      if (revokesTokens(target.isActive, change)) set.tokenVersion = () => 'tokenVersion + 1';
      await manager.createQueryBuilder().update(StaffAccountEntity).set(set).where('id = :id', { id }).execute();
      return manager.findOneByOrFail(StaffAccountEntity, { id });
    });
    const names = await storeNames(this.dataSource.manager, [account.storeId!]);
    return memberView(account as TeamAccount, names.get(account.storeId!) ?? '');
  }

  /** Admins manage every store; anyone else must be an active store manager with a store. */
  private async actorOf(principal: Principal): Promise<TeamActor> {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN', '没有权限执行此操作');
    if (principal.roles.includes('admin')) return { kind: 'admin', staffId: principal.staffId };
    const { account } = await currentStoreStaff(this.dataSource.manager, principal.staffId, 'store_manager');
    return { kind: 'manager', staffId: account.id, storeId: account.storeId };
  }
}

function usernameTaken(): AppError {
  return new AppError('CONFLICT', '该用户名已被使用，请换一个', [{ path: 'username', message: 'username taken' }]);
}

function memberView(account: TeamAccount, storeName: string): StaffMemberView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    storeId: account.storeId,
    storeName,
    isActive: account.isActive,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}
