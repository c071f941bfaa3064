import type { DataSource } from 'typeorm';
import { Not } from 'typeorm';
import { AppError, type MemberConsentInput, type MemberConsentView, type MemberProfilePatch } from '@shop/shared';
import { inTransaction } from '../../db/transaction.js';
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
   * Binds the phone WeChat vouches for. A number bound to another member is refused
   * (PHONE_IN_USE); the check is not backed by a unique index (the member table's phone
   * index is not unique), so two members binding one number at the same instant could both win.
   */
  async bindPhone(memberId: number, code: string): Promise<{ phone: string }> {
    const phone = await this.phones.phoneFor(code);
    await inTransaction(this.db, async (manager) => {
      if (await manager.existsBy(MemberEntity, { phone, id: Not(memberId) })) throw new AppError('PHONE_IN_USE', '该手机号已绑定其他会员');
      await manager.update(MemberEntity, { id: memberId }, { phone });
    });
    return { phone };
  }
}
