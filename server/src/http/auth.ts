import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Middleware } from 'koa';
import { AppError, ROLES, type Role } from '@shop/shared';
import type { AppState, Principal } from './context.js';

const ISSUER = 'experience-shop';
const MEMBER_TOKEN_TTL_SECONDS = 7 * 24 * 3600;
const STAFF_TOKEN_TTL_SECONDS = 12 * 3600;

/** What a staff account may do right now, read from the account itself. */
export interface StaffStanding {
  roles: Role[];
  storeId: number | null;
}

/**
 * Whether a staff token issued at `tokenVersion` still stands: the account exists, is active and
 * has not had its version raised (deactivation, password reset) since. Read on every staff
 * request; answers the account's current roles and store (null when the token no longer stands),
 * so a role or store changed in the database applies on the very next request.
 */
export type StaffTokenCheck = (staffId: number, tokenVersion: number) => Promise<StaffStanding | null>;

/** A member only ever acts as a consumer, whatever a token claims. */
const MEMBER_ROLES: readonly Role[] = ['consumer'];

/** Signs and verifies our own HS256 tokens; the subject says whether it is a member or staff. */
export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly staffCheck: StaffTokenCheck,
  ) {}

  /** `tokenVersion`: the staff account's version at sign-in (`tv` claim); ignored for members. */
  async issue(principal: Principal, tokenVersion = 0): Promise<{ token: string; expiresAt: Date }> {
    const ttl = principal.kind === 'member' ? MEMBER_TOKEN_TTL_SECONDS : STAFF_TOKEN_TTL_SECONDS;
    const expiresAt = new Date(Date.now() + ttl * 1000);
    const subject = principal.kind === 'member' ? `member:${principal.memberId}` : `staff:${principal.staffId}`;
    const claims = principal.kind === 'staff' ? { roles: principal.roles, storeId: principal.storeId, tv: tokenVersion } : { roles: principal.roles };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<Principal> {
    const { principal, tokenVersion } = await this.decode(token);
    if (principal.kind === 'member') return principal;
    const standing = await this.staffCheck(principal.staffId, tokenVersion);
    if (!standing) throw new AppError('UNAUTHENTICATED', '账号已停用或密码已重置，请重新登录');
    // The token says who; the account says what they may do and where.
    return { kind: 'staff', staffId: principal.staffId, roles: standing.roles, storeId: standing.storeId };
  }

  private async decode(token: string): Promise<{ principal: Principal; tokenVersion: number }> {
    try {
      // Every token we issue expires: one without `exp` was not made by this server's sign-in.
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)) : [];
      const [kind, rawId] = (payload.sub ?? '').split(':');
      const id = Number(rawId);
      if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录');
      if (kind === 'member') {
        if (roles.some((role) => !MEMBER_ROLES.includes(role))) throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录');
        return { principal: { kind: 'member', memberId: id, roles: [...MEMBER_ROLES] }, tokenVersion: 0 };
      }
      if (kind === 'staff') {
        const storeId = typeof payload.storeId === 'number' ? payload.storeId : null;
        // Tokens from before versions existed carry none: version 0, what every account starts at.
        const tokenVersion = typeof payload.tv === 'number' ? payload.tv : 0;
        return { principal: { kind: 'staff', staffId: id, roles, storeId }, tokenVersion };
      }
      throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录');
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
      throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录');
    }
  }
}

/** Reads a Bearer token when present; routes decide with requireRoles whether one is needed. */
export function authenticate(tokens: TokenService): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match?.[1]) throw new AppError('UNAUTHENTICATED', '登录凭证格式不正确，请重新登录');
      ctx.state.principal = await tokens.verify(match[1]);
    }
    return next();
  };
}

/** Guard: the caller must be signed in with at least one of the roles. */
export function requireRoles(...roles: Role[]): Middleware<AppState> {
  return async (ctx, next) => {
    const principal = ctx.state.principal;
    if (!principal) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!principal.roles.some((r) => roles.includes(r))) throw new AppError('FORBIDDEN', '没有权限执行此操作');
    return next();
  };
}

export function requireMember(principal: Principal | undefined): number {
  if (principal?.kind !== 'member') throw new AppError('UNAUTHENTICATED', '请先以会员身份登录');
  return principal.memberId;
}

export function requirePrincipal(principal: Principal | undefined): Principal {
  if (!principal) throw new AppError('UNAUTHENTICATED', '请先登录');
  return principal;
}
