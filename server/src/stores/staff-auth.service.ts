import type { DataSource } from 'typeorm';
import { AppError, type AuthTokenResponse, type StaffLoginRequest } from '@shop/shared';
import type { TokenService } from '../http/auth.js';
import { StaffAccountEntity } from './staff-account.entity.js';
import { hashPassword, verifyPassword } from './password.js';

// Compared against when the username does not exist, so both failures take the same time.
const DUMMY_HASH_PROMISE = hashPassword('not-a-real-password');

export class StaffAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async login(request: StaffLoginRequest): Promise<AuthTokenResponse> {
    const account = await this.dataSource.manager.findOneBy(StaffAccountEntity, { username: request.username });
    const ok = await verifyPassword(request.password, account?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!account || !ok || !account.isActive) throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    const roles = [account.role];
    const { token, expiresAt } = await this.tokens.issue({ kind: 'staff', staffId: account.id, roles, storeId: account.storeId });
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      roles,
      staff: { id: account.id, username: account.username, displayName: account.displayName, role: account.role, storeId: account.storeId },
    };
  }
}
