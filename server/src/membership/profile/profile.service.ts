import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { AppError, type MemberConsentInput, type MemberConsentView, type MemberProfilePatch } from '@shop/shared';
import { affectedRows, inTransaction, isUniqueViolation } from '../../platform/transaction.js';
import { MemberEntity } from '../member.entity.js';
import { MemberProfileEntity } from './member-profile.entity.js';
import { MemberConsentEntity, type MemberConsent } from './member-consent.entity.js';
import type { PhoneNumberProvider } from './phone-number.js';

function consentView(c: MemberConsent): MemberConsentView {
  return { id: c.id, kind: c.kind, granted: c.granted, version: c.version, createdAt: new Date(c.createdAt).toISOString() };
}

/** The member's own profile edits, consents and phone binding. */
export class ProfileService {
  constructor(
    private readonly db: DataSource,
    private readonly phones: PhoneNumberProvider,
    /** Whether a member has any order (the orders module answers it). */
    private readonly hasOrders: (memberId: number) => Promise<boolean>,
  ) {}

  async birthdayOf(memberId: number): Promise<string | null> {
    return (await this.db.manager.findOneBy(MemberProfileEntity, { memberId }))?.birthday ?? null;
  }

  async update(memberId: number, patch: MemberProfilePatch): Promise<void> {
    await inTransaction(this.db, async (manager) => {
      const memberFields = { ...(patch.nickname !== undefined && { nickname: patch.nickname }), ...(patch.avatarUrl !== undefined && { avatarUrl: patch.avatarUrl }) };
      if (Object.keys(memberFields).length) await manager.update(MemberEntity, { id: memberId }, memberFields);
      if (patch.birthday !== undefined) {
        await manager.createQueryBuilder().insert().into(MemberProfileEntity).values({ memberId, birthday: null }).orIgnore().updateEntity(false).execute();
        await manager.update(MemberProfileEntity, { memberId }, { birthday: patch.birthday });
      }
    });
  }

  /** The member's latest choice per consent kind (kinds they never answered are absent). */
  async consentsOf(memberId: number): Promise<MemberConsentView[]> {
    const all = await this.db.manager.find(MemberConsentEntity, { where: { memberId }, order: { id: 'DESC' }, take: 200 });
    const latest = new Map<string, MemberConsent>();
    for (const consent of all) if (!latest.has(consent.kind)) latest.set(consent.kind, consent);
    return [...latest.values()].map(consentView);
  }

  async recordConsent(memberId: number, input: MemberConsentInput): Promise<MemberConsentView> {
    const saved = await inTransaction(this.db, (manager) => manager.save(MemberConsentEntity, manager.create(MemberConsentEntity, { memberId, ...input })));
    return consentView(saved);
  }

  /**
   * Binds the phone WeChat vouches for. The phone column is unique, so of two members binding
   * one number only one can hold it; the other gets PHONE_IN_USE.
   *
   * A number held by a member registered at a store counter (no openid yet) is this person's
   * own membership: the WeChat account hands its openid over to that member, who keeps their
   * orders, points and 导购, and the app continues as them (`claimedMemberId`; the signed-in
   * account is marked merged into them). A WeChat account that already has orders of its own
   * is not merged automatically (its orders would be left behind): PHONE_IN_USE, see the store.
   */
  async bindPhone(memberId: number, code: string): Promise<{ phone: string; claimedMemberId: number | null }> {
    const phone = await this.phones.phoneFor(code);
    // Asked before the transaction (it reads the order module's tables through its service).
    const unclaimed = await this.db.manager.findOneBy(MemberEntity, { phone, openid: IsNull() });
    const ownOrders = unclaimed && unclaimed.id !== memberId ? await this.hasOrders(memberId) : null;
    const claimedMemberId = await inTransaction(this.db, async (manager) => {
      const me = await manager.findOneByOrFail(MemberEntity, { id: memberId });
      if (me.mergedIntoId !== null || me.openid === null) throw new AppError('UNAUTHENTICATED', '账号已合并到门店会员，请重新登录');
      const holder = await manager.findOneBy(MemberEntity, { phone });
      if (holder?.id === memberId) return null;
      if (holder && holder.openid !== null) throw phoneInUse();
      if (holder) {
        if (ownOrders === null) throw new AppError('CONFLICT', '手机号状态已变化，请重试');
        if (ownOrders) throw new AppError('PHONE_IN_USE', '该手机号已是门店登记的会员，当前微信账号已有订单，无法自动合并，请联系门店处理');
        // The openid is unique: release it first, then give it to the counter member, who must
        // still be unclaimed (a conditional update, so two WeChat accounts cannot both claim them).
        const released = await manager.update(MemberEntity, { id: memberId, openid: me.openid, mergedIntoId: IsNull() }, { openid: null, unionid: null, mergedIntoId: holder.id });
        if (affectedRows(released) !== 1) throw new AppError('CONFLICT', '账号状态已变化，请重试');
        const claimed = await manager.update(MemberEntity, { id: holder.id, phone, openid: IsNull() }, { openid: me.openid, unionid: me.unionid });
        if (affectedRows(claimed) !== 1) throw phoneInUse();
        return holder.id;
      }
      try {
        await manager.update(MemberEntity, { id: memberId }, { phone });
      } catch (error) {
        if (isUniqueViolation(error)) throw phoneInUse();
        throw error;
      }
      return null;
    });
    return { phone, claimedMemberId };
  }
}

function phoneInUse(): AppError {
  return new AppError('PHONE_IN_USE', '该手机号已绑定其他会员');
}
