import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError, type AuthTokenResponse, type StaffLoginRequest } from '@shop/shared';
import type { TokenService } from '../http/auth.js';
import { StaffAccountEntity, type StaffAccount } from './staff-account.entity.js';
import { StoreEntity } from './store.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Client } from '../http/client-key.js';
import { isAppError, type RateLimiter } from '../platform/rate-limiter.js';
import { staffLoginLimits } from '../http/rate-limits.js';
import { inTransaction } from '../platform/transaction.js';
import { StaffKnownDeviceEntity } from './staff-known-device.entity.js';

/** Device ids are stored hashed: the table alone does not hand out ids that pass as the owner's tablet. */
const deviceHash = (deviceId: string) => createHash('sha256').update(deviceId).digest('hex');

// Compared against when the username does not exist, so both failures take the same time.
const DUMMY_HASH_PROMISE = hashPassword('not-a-real-password');

export class StaffAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * `client` is who is asking (the request's address and device id): wrong passwords lock that
   * device out of the account, and are also counted per device, per address and per account
   * (see staffLoginLimits).
   */
  async login(request: StaffLoginRequest, client: Client, now = new Date()): Promise<AuthTokenResponse> {
    const knownDevice = await this.isKnownDevice(request.username, client);
    const account = await this.limiter.attemptAll(staffLoginLimits(client, request.username, knownDevice), now, () => this.authenticate(request), isAppError('INVALID_CREDENTIALS'));
    if (client.deviceId && !knownDevice) await this.rememberDevice(account.id, client.deviceId);
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

  /** Whether this device has signed in to the account of this name before. */
  private async isKnownDevice(username: string, client: Client): Promise<boolean> {
    if (!client.deviceId) return false;
    const account = await this.dataSource.manager.findOneBy(StaffAccountEntity, { username });
    if (account?.username !== username) return false;
    return this.dataSource.manager.existsBy(StaffKnownDeviceEntity, { staffId: account.id, deviceHash: deviceHash(client.deviceId) });
  }

  private async rememberDevice(staffId: number, deviceId: string): Promise<void> {
    await inTransaction(this.dataSource, (manager) =>
      manager.createQueryBuilder().insert().into(StaffKnownDeviceEntity).values({ staffId, deviceHash: deviceHash(deviceId) }).orIgnore().updateEntity(false).execute(),
    );
  }

  private async authenticate(request: StaffLoginRequest): Promise<StaffAccount> {
    const found = await this.dataSource.manager.findOneBy(StaffAccountEntity, { username: request.username });
    // Only the account of exactly this name: MariaDB's collation finds `alice` for `alicé` (or
    // `ａｌｉｃｅ`), while the rate limits count under the name as typed (a long key is stored
    // hashed, and then every spelling is another key), so each spelling would be a fresh
    // allowance of guesses at the same account. Names are stored lowercase, as the schema types them.
    const account = found?.username === request.username ? found : null;
    const ok = await verifyPassword(request.password, account?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!account || !ok || !account.isActive) throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    return account;
  }
}
