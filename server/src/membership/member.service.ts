import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@shop/shared';
import { MemberEntity, type Member } from './member.entity.js';

/** Read access to members for other modules (payments need the openid). */
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
}
