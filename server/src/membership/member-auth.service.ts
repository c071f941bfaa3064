import type { DataSource } from 'typeorm';
import type { AuthTokenResponse } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import type { TokenService } from '../http/auth.js';
import type { CouponsService } from '../coupons/coupons.service.js';
import type { Code2Session } from '../wechat/code2session.js';
import { MemberEntity, type Member } from './member.entity.js';

export class MemberAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly code2session: Code2Session,
    private readonly tokens: TokenService,
    private readonly coupons: CouponsService,
  ) {}

  /** wx.login code -> openid -> member (created on first login) -> our token. */
  async loginWithWechat(code: string): Promise<AuthTokenResponse> {
    const session = await this.code2session.exchange(code);
    const { member, isNew } = await this.findOrCreate(session.openid, session.unionid, session.displayName ?? null);
    // A new member's welcome coupons; granting twice is harmless, so a retry after a crash is safe.
    if (isNew) await this.coupons.grantWelcomePack(member.id);
    return this.session(member, isNew);
  }

  /** A fresh token for a member the signed-in WeChat user has just become (a counter-registered member they claimed). */
  async sessionOf(memberId: number): Promise<AuthTokenResponse> {
    return this.session(await this.dataSource.manager.findOneByOrFail(MemberEntity, { id: memberId }), false);
  }

  private async session(member: Member, isNew: boolean): Promise<AuthTokenResponse> {
    const roles: AuthTokenResponse['roles'] = ['consumer'];
    const { token, expiresAt } = await this.tokens.issue({ kind: 'member', memberId: member.id, roles });
    return { token, expiresAt: expiresAt.toISOString(), roles, member: { id: member.id, nickname: member.nickname, avatarUrl: member.avatarUrl, isNew } };
  }

  /** A new member is named `displayName` (local login: the name typed) or, by default, 微信用户 and the openid's last four. */
  private async findOrCreate(openid: string, unionid: string | null, displayName: string | null): Promise<{ member: Member; isNew: boolean }> {
    const created = await inTransaction(this.dataSource, async (manager) => {
      const existing = await manager.findOneBy(MemberEntity, { openid });
      if (existing) return { member: existing, isNew: false };
      try {
        await manager.insert(MemberEntity, { openid, unionid, nickname: displayName ?? `微信用户${openid.slice(-4)}`, mergedIntoId: null });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return null;
      }
      return { member: await manager.findOneByOrFail(MemberEntity, { openid }), isNew: true };
    });
    // A concurrent first login inserted the row first. Read it outside our transaction: under
    // REPEATABLE READ our own snapshot cannot see their commit.
    return created ?? { member: await this.dataSource.manager.findOneByOrFail(MemberEntity, { openid }), isNew: false };
  }
}
