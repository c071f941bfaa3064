import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type ReferralBindResult, type ReferralBindingView, type ReferralSource, type ReferralTokenView } from '@shop/shared';
import { affectedRows, inTransaction } from '../../platform/transaction.js';
import { locking } from '../../platform/locking.js';
import type { Referrer } from '../../orders/orders.service.js';
import { StaffAccountEntity } from '../staff-account.entity.js';
import { StoreEntity } from '../store.entity.js';
import { ReferralBindingEntity, ReferralEventEntity, type ReferralBinding } from './referral.entity.js';
import { invalidReferral, type ReferralTokenSource, type ReferralTokens } from './referral-token.js';
import { currentStoreStaff, isSellingAccount, type StoreStaff } from '../store-staff.js';

const DAY_MS = 86_400_000;
/** A first binding inserts its row already expired, so the takeover below claims it like any expired one. */
const LONG_AGO = new Date(0);

/**
 * 导购 binding: staff hand out signed share cards and store QR codes; a consumer who opens the
 * mini-program from one is bound to that staff member for `bindingDays`, and their own orders
 * credit them (registered as the orders' referrer). The first active binding wins; the same
 * staff member sharing again extends it; once it has expired, the next referral takes over.
 */
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: ReferralTokens,
    private readonly bindingDays: number,
  ) {}

  /** The signed-in staff member's own share card. */
  async shareCard(staffId: number, now = new Date()): Promise<ReferralTokenView> {
    return this.tokenFor(await currentStoreStaff(this.dataSource.manager, staffId), 'share_card', now);
  }

  /** A store QR to print: for a chosen staff member of the store, or for its manager. */
  async storeQr(storeId: number, staffId: number | undefined, now = new Date()): Promise<ReferralTokenView> {
    const manager = this.dataSource.manager;
    const store = await manager.findOneBy(StoreEntity, { id: storeId });
    if (!store) throw new AppError('NOT_FOUND', '门店不存在');
    const candidates = await manager.find(StaffAccountEntity, {
      where: staffId === undefined ? { storeId, role: 'store_manager', isActive: true } : { storeId, id: staffId, isActive: true },
      order: { id: 'ASC' },
      take: 1,
    });
    const account = candidates[0];
    if (!account || !isSellingAccount(account)) {
      throw new AppError('NOT_FOUND', staffId === undefined ? '该门店还没有在岗的店长，请选择一位导购' : '该门店没有这位在岗导购');
    }
    return this.tokenFor({ account, store }, 'store_qr', now);
  }

  /** A store QR of the signed-in manager's own store. */
  async teamStoreQr(managerStaffId: number, staffId: number | undefined, now = new Date()): Promise<ReferralTokenView> {
    const { store } = await currentStoreStaff(this.dataSource.manager, managerStaffId, 'store_manager');
    return this.storeQr(store.id, staffId, now);
  }

  private async tokenFor({ account, store }: StoreStaff, source: ReferralTokenSource, now: Date): Promise<ReferralTokenView> {
    const { token, path, expiresAt } = await this.tokens.issue({ staffId: account.id, storeId: store.id, source }, now);
    return {
      token,
      path,
      expiresAt: expiresAt.toISOString(),
      source,
      staff: { id: account.id, username: account.username, displayName: account.displayName },
      store: { id: store.id, name: store.name },
    };
  }

  /**
   * Binds the member to the token's staff member, unless another staff member's binding is
   * still active. Conditional updates of the member's one row decide, so of two referrals
   * racing for a new member exactly one binds.
   */
  async bind(memberId: number, token: string, now = new Date()): Promise<ReferralBindResult> {
    const claims = await this.tokens.verify(token, now);
    const staff = await this.dataSource.manager.findOneBy(StaffAccountEntity, { id: claims.staffId });
    // A staff member who left (inactive) or moved to another store gets no new customers from old cards.
    if (!staff || !staff.isActive || !isSellingAccount(staff) || staff.storeId !== claims.storeId) throw invalidReferral();

    return this.claim(memberId, { staffId: staff.id, storeId: staff.storeId, source: claims.source }, now);
  }

  /**
   * A member the staff member registered at the counter is their customer: bound to them as a
   * referral would (first active binding wins, so a member someone else brought keeps them).
   */
  async bindAtCounter(memberId: number, staff: StoreStaff, now = new Date()): Promise<ReferralBindResult> {
    return this.claim(memberId, { staffId: staff.account.id, storeId: staff.store.id, source: 'counter' }, now);
  }

  private async claim(memberId: number, claim: { staffId: number; storeId: number; source: ReferralSource }, now: Date): Promise<ReferralBindResult> {
    const expiresAt = new Date(now.getTime() + this.bindingDays * DAY_MS);
    const staffId = claim.staffId;
    return inTransaction(this.dataSource, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ReferralBindingEntity)
        .values({ memberId, ...claim, boundAt: now, expiresAt: LONG_AGO })
        .orIgnore()
        .updateEntity(false)
        .execute();
      const takenOver = await manager
        .createQueryBuilder()
        .update(ReferralBindingEntity)
        .set({ ...claim, boundAt: now, expiresAt })
        .where('memberId = :memberId AND expiresAt <= :now', { memberId, now })
        .execute();
      let outcome: ReferralBindResult['outcome'] = 'kept';
      if (affectedRows(takenOver) === 1) outcome = 'bound';
      else {
        const extended = await manager
          .createQueryBuilder()
          .update(ReferralBindingEntity)
          .set({ expiresAt })
          .where('memberId = :memberId AND staffId = :staffId AND expiresAt > :now AND expiresAt < :expiresAt', { memberId, staffId, now, expiresAt })
          .execute();
        if (affectedRows(extended) === 1) outcome = 'extended';
      }
      if (outcome !== 'kept') await manager.insert(ReferralEventEntity, { memberId, ...claim, outcome, expiresAt });
      const binding = await locking(manager, manager.createQueryBuilder(ReferralBindingEntity, 'b').where('b.memberId = :memberId', { memberId })).getOneOrFail();
      // The same staff member sharing again before the end changes nothing, but it is theirs.
      if (outcome === 'kept' && binding.staffId === staffId) outcome = 'extended';
      return { outcome, binding: await bindingView(manager, binding) };
    });
  }

  /** The member's active binding, or null. */
  async current(memberId: number, now = new Date()): Promise<ReferralBindingView | null> {
    const manager = this.dataSource.manager;
    const binding = await manager
      .createQueryBuilder(ReferralBindingEntity, 'b')
      .where('b.memberId = :memberId AND b.expiresAt > :now', { memberId, now })
      .getOne();
    return binding ? bindingView(manager, binding) : null;
  }

  /** The orders service's referrer (OrdersDependencies.referrer): the active binding's staff member, when they are still active. */
  readonly referrer: Referrer = async (manager, memberId, now) => {
    const row = await manager
      .createQueryBuilder(ReferralBindingEntity, 'b')
      .innerJoin(StaffAccountEntity.options.name, 's', 's.id = b.staffId')
      .select('b.staffId', 'staffId')
      .where('b.memberId = :memberId AND b.expiresAt > :now AND s.isActive = :active', { memberId, now, active: true })
      .getRawOne<{ staffId: number | string }>();
    return row ? Number(row.staffId) : null;
  };
}

async function bindingView(manager: EntityManager, binding: ReferralBinding): Promise<ReferralBindingView> {
  const staff = await manager.findOneByOrFail(StaffAccountEntity, { id: binding.staffId });
  const store = await manager.findOneByOrFail(StoreEntity, { id: binding.storeId });
  return {
    staff: { id: staff.id, displayName: staff.displayName },
    store: { id: store.id, name: store.name },
    source: binding.source,
    boundAt: binding.boundAt.toISOString(),
    expiresAt: binding.expiresAt.toISOString(),
  };
}
