import { errors as joseErrors } from 'jose';
import { AppError, type MemberCodeView } from '@shop/shared';
import { PurposeTokens, memberSubjectId } from '../../util/purpose-token.js';

const PURPOSE = 'member_code';

/**
 * The member code shown as a QR in the mini-program and scanned by staff: a 60 s token of its
 * own purpose (PurposeTokens: own key, issuer and audience, plus a purpose claim), so an auth
 * token never verifies as a member code, and a member code never verifies as an auth token.
 */
export class MemberCodeService {
  private readonly tokens: PurposeTokens;

  constructor(authSecret: Uint8Array) {
    this.tokens = new PurposeTokens(authSecret, { keyLabel: 'member-code', issuer: 'experience-shop:member-code', audience: 'store-identify', ttlSeconds: 60 });
  }

  async issue(memberId: number, now = new Date()): Promise<MemberCodeView> {
    const { token, expiresAt } = await this.tokens.sign(`member:${memberId}`, { purpose: PURPOSE }, now);
    return { code: token, expiresAt };
  }

  /** The member id in a valid code; MEMBER_CODE_EXPIRED or MEMBER_CODE_INVALID (401) otherwise. */
  async verify(code: string, now = new Date()): Promise<number> {
    try {
      const payload = await this.tokens.verify(code, now);
      const memberId = memberSubjectId(payload.sub);
      if (payload.purpose !== PURPOSE || memberId === null) throw new AppError('MEMBER_CODE_INVALID', '会员码无效');
      return memberId;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError('MEMBER_CODE_EXPIRED', '会员码已过期，请让顾客刷新');
      throw new AppError('MEMBER_CODE_INVALID', '会员码无效');
    }
  }
}
