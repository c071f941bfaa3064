import type { DataSource } from 'typeorm';
import { AppError, type AuthTokenResponse, type StaffLoginRequest } from '@shop/shared';
import type { TokenService } from '../http/auth.js';
import { StaffAccountEntity, type StaffAccount } from './staff-account.entity.js';
import { StoreEntity } from './store.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { isAppError, type RateLimit, type RateLimiter } from '../http/rate-limiter.js';

// Compared against when the username does not exist, so both failures take the same time.
const DUMMY_HASH_PROMISE = hashPassword('not-a-real-password');

/** Wrong passwords per account name before sign-in pauses: password guessing gets nowhere. */
export const WRONG_PASSWORD_LIMIT: RateLimit = { limit: 5, windowMs: 15 * 60_000, message: '密码错误次数过多，请 15 分钟后再试' };

export class StaffAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
  ) {}

  async login(request: StaffLoginRequest, now = new Date()): Promise<AuthTokenResponse> {
    const account = await this.limiter.attempt(`staff-login:${request.username}`, WRONG_PASSWORD_LIMIT, now, () => this.authenticate(request), isAppError('INVALID_CREDENTIALS'));
    const roles = [account.role];
    const store = account.storeId === null ? null : await this.dataSource.manager.findOneBy(StoreEntity, { id: account.storeId });
    const { token, expiresAt } = await this.tokens.issue({ kind: 'staff', staffId: account.id, roles, storeId: account.storeId }, account.tokenVersion);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      roles,
      staff: { id: account.id, username: account.username, displayName: account.displayName, role: account.role, storeId: account.storeId, storeName: store?.name ?? null },
    };
  }

  private async authenticate(request: StaffLoginRequest): Promise<StaffAccount> {
    const account = await this.dataSource.manager.findOneBy(StaffAccountEntity, { username: request.username });
    const ok = await verifyPassword(request.password, account?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!account || !ok || !account.isActive) throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    return account;
  }
}
