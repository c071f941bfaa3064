import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError, maskPhone, type StaffOrderBuyer } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { MemberEntity, type Member } from './member.entity.js';

/** Read access to members for other modules (payments need the openid), and counter registration. */
export class MemberService {
  constructor(private readonly dataSource: DataSource) {}

  /** The member who bound this phone number; NOT_FOUND when nobody has. */
  async byPhone(phone: string): Promise<Member> {
    const member = await this.dataSource.manager.findOneBy(MemberEntity, { phone });
    if (!member) throw new AppError('NOT_FOUND', '没有绑定这个手机号的会员');
    return member;
  }

  async get(memberId: number, manager: EntityManager = this.dataSource.manager): Promise<Member> {
    const member = await manager.findOneBy(MemberEntity, { id: memberId });
    if (!member) throw new AppError('NOT_FOUND', '会员不存在');
    return member;
  }

  /**
   * Members as staff may see them on orders: nickname and masked phone (139****2222), by id, in
   * one query for a whole page of orders. Ids that match no member are absent from the map.
   */
  async namesOf(memberIds: readonly number[]): Promise<Map<number, StaffOrderBuyer>> {
    const ids = [...new Set(memberIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(MemberEntity, { select: { id: true, nickname: true, phone: true }, where: { id: In(ids) } });
    return new Map(rows.map((row) => [row.id, { nickname: row.nickname, phone: row.phone === null ? null : maskPhone(row.phone) }]));
  }

  /**
   * A member registered by phone at a store counter: no WeChat openid until the person binds
   * this number in the mini-program (ProfileService.bindPhone). A number that is already a
   * member's answers that member (`created: false`); the phone column is unique, so two
   * registrations of one number at once make one member.
   */
  async registerByPhone(phone: string, nickname: string | undefined): Promise<{ member: Member; created: boolean }> {
    const created = await inTransaction(this.dataSource, async (manager) => {
      const existing = await manager.findOneBy(MemberEntity, { phone });
      if (existing) return { member: existing, created: false };
      try {
        await manager.insert(MemberEntity, { openid: null, unionid: null, nickname: nickname ?? `会员${phone.slice(-4)}`, avatarUrl: null, phone, mergedIntoId: null });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return null;
      }
      return { member: await manager.findOneByOrFail(MemberEntity, { phone }), created: true };
    });
    // A concurrent registration (or phone binding) took the number first. Read it outside our
    // transaction: under REPEATABLE READ our own snapshot cannot see their commit.
    return created ?? { member: await this.byPhone(phone), created: false };
  }
}
