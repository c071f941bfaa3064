import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { activeTemplate, bulkMembers, marketerToken } from '../coupons/coupon-fixtures.js';
import { RateLimitWindowEntity } from '../../src/platform/rate-limit.entity.js';
import { isAppError, RateLimiter } from '../../src/platform/rate-limiter.js';
import { counterMemberCodeLimits, counterPhoneLookupLimits, staffLoginLimits } from '../../src/http/rate-limits.js';
import type { Client } from '../../src/http/client-key.js';
import type { Services } from '../../src/services.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SHARED_CODE = 'RATELIMIT2031';

/** What a service call came to: 'ok', or the AppError's code. */
async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function failureOf(work: Promise<unknown>): Promise<AppError> {
  const error: unknown = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('rate limits: redeem codes and staff sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const marketer = await marketerToken(app);
    const templateId = await activeTemplate(app, marketer, { totalQuantity: 1000, perMemberLimit: 5 });
    const shared = await app.request('PUT', `/api/v1/admin/coupon-templates/${templateId}/shared-code`, { token: marketer, body: { code: SHARED_CODE } });
    if (shared.status !== 200) throw new Error(`shared code: ${shared.status} ${JSON.stringify(shared.body)}`);
  });
  afterAll(async () => app?.close());

  const signIn = (username: string, password: string, deviceId?: string) =>
    app.request('POST', '/api/v1/staff/auth/login', { body: { username, password }, headers: deviceId === undefined ? {} : { 'x-device-id': deviceId } });
  const redeem = (token: string, code: string) => app.request('POST', '/api/v1/coupons/redeem', { token, body: { code } });
  const login = (services: Services, username: string, password: string, client: Client, now: Date) => outcome(services.staffAuth.login({ username, password }, client, now));
  /** A device: an address and, from the apps, the id they keep (null: sent none). */
  const device = (address: string, deviceId: string | null = null): Client => ({ address, deviceId });

  describe('redeem codes', () => {
    it('answers 429 after ten wrong codes out of 200, refuses a right code meanwhile, and leaves another member alone', async () => {
      const guesser = await app.loginMember('code-guesser');
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) statuses.push((await redeem(guesser, `GUESS${String(i).padStart(4, '0')}`)).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses.slice(10)).toEqual(Array(190).fill(429));

      const blocked = await redeem(guesser, SHARED_CODE);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('RATE_LIMITED');
      expect(blocked.body.error.message).toMatch(/^兑换码错误次数过多，请 \d+ 分钟后再试$/);

      // Same address (127.0.0.1): the 190 refused guesses spent none of the client's allowance.
      const neighbour = await app.loginMember('code-neighbour');
      expect((await redeem(neighbour, SHARED_CODE)).status).toBe(201);
      expect((await redeem(neighbour, 'NOSUCHCODE')).status).toBe(404);
    });

    it('counts wrong codes per client across members: a fifth member at the same address is stopped, one elsewhere is not', async () => {
      const now = new Date(Date.UTC(2031, 2, 1, 10, 5));
      const [a, b, c, d, e, f] = await bulkMembers(app, 'redeem-sprayer', 6);
      const sprayer = '198.51.100.7';
      for (const member of [a!, b!, c!, d!, e!]) {
        for (let i = 0; i < 10; i++) expect(await outcome(app.services.coupons.redeem(member, `SPRAY${member}X${i}`, sprayer, now))).toBe('COUPON_CODE_INVALID');
      }
      const refused = await failureOf(app.services.coupons.redeem(f!, SHARED_CODE, sprayer, now));
      expect(refused.code).toBe('RATE_LIMITED');
      expect(refused.message).toBe('兑换码错误次数过多，请 55 分钟后再试');
      expect(await outcome(app.services.coupons.redeem(f!, SHARED_CODE, '198.51.100.8', now))).toBe('ok');
      // The window is an hour; in the next one the address may try again.
      expect(await outcome(app.services.coupons.redeem(a!, SHARED_CODE, sprayer, new Date(now.getTime() + HOUR)))).toBe('ok');
    });

    it('counts an IPv6 /64 as one client, and an IPv4-mapped address as the IPv4 one', async () => {
      const now = new Date(Date.UTC(2031, 2, 1, 12, 5));
      const members = await bulkMembers(app, 'redeem-rotator', 12);
      const guessFrom = async (group: number[], address: (guess: number) => string) => {
        for (const [m, member] of group.entries()) {
          for (let i = 0; i < 10; i++) expect(await outcome(app.services.coupons.redeem(member, `ROTATE${member}X${i}`, address(m * 10 + i), now))).toBe('COUPON_CODE_INVALID');
        }
      };
      // 50 wrong codes, each from another address of one /64.
      await guessFrom(members.slice(0, 5), (n) => `2001:db8:77:1:${n.toString(16)}::1`);
      expect(await outcome(app.services.coupons.redeem(members[5]!, SHARED_CODE, '2001:db8:77:1:ffff:ffff:ffff:ffff', now))).toBe('RATE_LIMITED');
      expect(await outcome(app.services.coupons.redeem(members[5]!, SHARED_CODE, '2001:db8:77:2::1', now))).toBe('ok');
      // 50 wrong codes, alternately as 198.51.100.9 and as a dual-stack socket reports it.
      await guessFrom(members.slice(6, 11), (n) => (n % 2 ? '198.51.100.9' : '::ffff:198.51.100.9'));
      expect(await outcome(app.services.coupons.redeem(members[11]!, SHARED_CODE, '198.51.100.9', now))).toBe('RATE_LIMITED');
    });
  });

  describe('staff sign-in', () => {
    it("locks one device out of one account for 15 minutes after five wrong passwords, right password included; the owner's tablet at the same address signs in", async () => {
      // 00:14, a minute before the 15-minute window ends: the lock outlasts the window.
      const t0 = new Date(Date.UTC(2031, 2, 2, 0, 14));
      const at = (ms: number) => new Date(t0.getTime() + ms);
      // A colleague at another tablet of the same store: one address, two devices.
      const colleague = device('198.51.100.20', 'tablet-colleague-0001');
      const owner = device('198.51.100.20', 'tablet-owner-00000001');
      for (let i = 0; i < 5; i++) expect(await login(app.services, 'staff.ja2', `guess-${i}`, colleague, t0)).toBe('INVALID_CREDENTIALS');
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, colleague, t0)).toBe('RATE_LIMITED');

      const stillLocked = await failureOf(app.services.staffAuth.login({ username: 'staff.ja2', password: DEMO_PASSWORDS.staff }, colleague, at(2 * MINUTE)));
      expect(stillLocked.code).toBe('RATE_LIMITED');
      expect(stillLocked.message).toBe('密码错误次数过多，请 13 分钟后再试');
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, colleague, at(15 * MINUTE - 1000))).toBe('RATE_LIMITED');

      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, owner, at(2 * MINUTE))).toBe('ok');
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, device('198.51.100.21', 'tablet-colleague-0001'), at(2 * MINUTE))).toBe('ok');
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, colleague, at(15 * MINUTE + 1000))).toBe('ok');
    });

    it('keys the lock on the request address and its X-Device-Id over HTTP; a malformed id counts as none', async () => {
      const attacker = 'http-attacker-000001';
      for (let i = 0; i < 5; i++) expect((await signIn('staff.xh1', `http-guess-${i}`, attacker)).body.error.code).toBe('INVALID_CREDENTIALS');
      const locked = await signIn('staff.xh1', DEMO_PASSWORDS.staff, attacker);
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('RATE_LIMITED');
      expect(locked.body.error.message).toMatch(/^密码错误次数过多，请 \d+ 分钟后再试$/);
      // The same address (the test client is 127.0.0.1), other devices: not locked.
      expect((await signIn('staff.xh1', DEMO_PASSWORDS.staff, 'http-owner-tablet-01')).status).toBe(200);
      expect((await signIn('staff.xh1', DEMO_PASSWORDS.staff)).status).toBe(200);
      expect(await login(app.services, 'staff.xh1', DEMO_PASSWORDS.staff, device('127.0.0.1', attacker), new Date())).toBe('RATE_LIMITED');
      expect(await login(app.services, 'staff.xh1', DEMO_PASSWORDS.staff, device('203.0.113.50', attacker), new Date())).toBe('ok');

      // An id that is not one (too short, other characters) is no id: these five lock the device that sent none.
      for (const bad of ['short', 'has spaces in it, 20+', 'x'.repeat(65), '../../etc/passwd-123', '<script>alert(1)</script>']) {
        expect((await signIn('staff.xh1', 'http-bad-id-guess', bad)).body.error.code).toBe('INVALID_CREDENTIALS');
      }
      expect((await signIn('staff.xh1', DEMO_PASSWORDS.staff)).status).toBe(429);
      expect((await signIn('staff.xh1', DEMO_PASSWORDS.staff, 'http-owner-tablet-01')).status).toBe(200);
    });

    it('refuses a device that sprays one password across 20 accounts for the rest of the window; another device at the address signs in', async () => {
      const now = new Date(Date.UTC(2031, 2, 3, 9, 1));
      const sprayer = device('198.51.100.30', 'sprayer-tablet-00001');
      const accounts = ['manager.ja', 'staff.ja1', 'manager.xh', 'manager.pd', 'marketer', 'admin', ...Array.from({ length: 14 }, (_, i) => `nobody.${i}`)];
      for (const username of accounts) expect(await login(app.services, username, 'Spring-2031', sprayer, now)).toBe('INVALID_CREDENTIALS');

      const blocked = await failureOf(app.services.staffAuth.login({ username: 'staff.pd1', password: DEMO_PASSWORDS.staff }, sprayer, new Date(now.getTime() + 5 * MINUTE)));
      expect(blocked.code).toBe('RATE_LIMITED');
      // Until the window ends at 09:15, nine minutes from 09:06.
      expect(blocked.message).toBe('登录失败次数过多，请 9 分钟后再试');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device('198.51.100.30', 'other-tablet-000001'), new Date(now.getTime() + 5 * MINUTE))).toBe('ok');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device('198.51.100.30'), new Date(now.getTime() + 5 * MINUTE))).toBe('ok');
      // A window, not a lock: at 09:15 the device signs in (a 15-minute lock from 09:01 would hold until 09:16).
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, sprayer, new Date(Date.UTC(2031, 2, 3, 9, 15)))).toBe('ok');
    });

    it('refuses an address once 100 failures across made-up device ids have come from it, until the window ends', async () => {
      const now = new Date(Date.UTC(2031, 2, 3, 10, 1));
      const address = '198.51.100.35';
      // A fresh device id for every attempt, each at another account: no device or account rule ever fills.
      for (let batch = 0; batch < 10; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, k) => batch * 10 + k).map((i) => login(app.services, `sprayed.${i}`, 'Spring-2031', device(address, `made-up-device-${String(i).padStart(4, '0')}`), now)),
        );
        expect(answers).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
      }
      const refused = await failureOf(app.services.staffAuth.login({ username: 'staff.pd1', password: DEMO_PASSWORDS.staff }, device(address, 'made-up-device-0100'), now));
      expect(refused.code).toBe('RATE_LIMITED');
      expect(refused.message).toBe('本网络登录失败次数过多，请 14 分钟后再试');
      // IPv4-mapped is the same address.
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device(`::ffff:${address}`, 'real-tablet-0000001'), now)).toBe('RATE_LIMITED');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device('198.51.100.36', 'real-tablet-0000001'), now)).toBe('ok');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device(address, 'real-tablet-0000001'), new Date(Date.UTC(2031, 2, 3, 10, 15)))).toBe('ok');
    });

    it('counts an IPv6 /64 as one address', async () => {
      const now = new Date(Date.UTC(2031, 2, 3, 11, 1));
      // One device id, a new address in the /64 every time: still one device.
      for (let i = 0; i < 20; i++) expect(await login(app.services, `v6.nobody.${i}`, 'Spring-2031', device(`2001:db8:40:1::${(i + 1).toString(16)}`, 'v6-sprayer-00000001'), now)).toBe('INVALID_CREDENTIALS');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device('2001:db8:40:1:ffff:ffff:ffff:1', 'v6-sprayer-00000001'), now)).toBe('RATE_LIMITED');
      expect(await login(app.services, 'staff.pd1', DEMO_PASSWORDS.staff, device('2001:db8:40:2::1', 'v6-sprayer-00000001'), now)).toBe('ok');
    });

    it('slows guessing from many addresses at one account, while one attacker at one device cannot keep its owner out', async () => {
      const hour = Date.UTC(2031, 2, 4, 8, 0);
      // One attacker, a wrong password every minute for an hour: locked after each five.
      const attacker = device('198.51.100.40', 'attacker-tablet-0001');
      const answers: string[] = [];
      for (let minute = 0; minute < 60; minute++) answers.push(await login(app.services, 'manager.pd', `minute-${minute}`, attacker, new Date(hour + minute * MINUTE)));
      expect(answers.filter((a) => a === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(20);
      expect(await login(app.services, 'manager.pd', DEMO_PASSWORDS.staff, device('198.51.100.40', 'owner-tablet-000001'), new Date(hour + 59 * MINUTE))).toBe('ok');

      // Ten addresses, five wrong passwords each, in the next hour: 50 failures for the account.
      const next = new Date(hour + HOUR + MINUTE);
      await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          for (let i = 0; i < 5; i++) expect(await login(app.services, 'staff.pd2', `botnet-${k}-${i}`, device(`203.0.113.${100 + k}`), next)).toBe('INVALID_CREDENTIALS');
        }),
      );
      const backedOff = await failureOf(app.services.staffAuth.login({ username: 'staff.pd2', password: DEMO_PASSWORDS.staff }, device('203.0.113.200'), next));
      expect(backedOff.code).toBe('RATE_LIMITED');
      expect(backedOff.message).toBe('该账号登录失败次数过多，请 59 分钟后再试');
      expect(await login(app.services, 'staff.pd2', DEMO_PASSWORDS.staff, device('203.0.113.200'), new Date(hour + 2 * HOUR))).toBe('ok');
    });

    it("keeps no owner off a tablet they signed in on before, however many made-up devices fill the account's and the address's back-offs", async () => {
      const hour = Date.UTC(2031, 2, 5, 8, 0);
      const ownTablet = device('203.0.113.50', 'own-tablet-of-ja2-0001');
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, ownTablet, new Date(hour))).toBe('ok');
      // One person at the store's address, ten made-up device ids, five wrong passwords each.
      const at = new Date(hour + MINUTE);
      for (let k = 0; k < 10; k++) {
        for (let i = 0; i < 5; i++) expect(await login(app.services, 'staff.ja2', `fake-${k}-${i}`, device('203.0.113.50', `made-up-device-${String(k).padStart(6, '0')}`), at)).toBe('INVALID_CREDENTIALS');
      }
      // The account's back-off is full: a device it has never seen is refused, even with the right password...
      expect((await failureOf(app.services.staffAuth.login({ username: 'staff.ja2', password: DEMO_PASSWORDS.staff }, device('203.0.113.50', 'new-tablet-never-seen-01'), at))).code).toBe('RATE_LIMITED');
      // ...while the owner's own tablet signs in, and still answers a wrong password as wrong.
      expect(await login(app.services, 'staff.ja2', DEMO_PASSWORDS.staff, ownTablet, at)).toBe('ok');
      expect(await login(app.services, 'staff.ja2', 'typo', ownTablet, at)).toBe('INVALID_CREDENTIALS');
    });

    it('does not take an accented or full-width spelling of a username for the account (MariaDB collations would match it)', async () => {
      const now = new Date(Date.UTC(2031, 2, 7, 11, 1));
      const tablet = device('198.51.100.60', 'accent-tablet-000001');
      for (const spelling of ['staff.jà1', 'stäff.ja1', 'ｓｔａｆｆ.ja1']) expect(await login(app.services, spelling, DEMO_PASSWORDS.staff, tablet, now)).toBe('INVALID_CREDENTIALS');
      expect((await signIn('STÄFF.JA1', DEMO_PASSWORDS.staff, 'accent-tablet-000002')).status).toBe(401);

      // Locked out of staff.ja1, the device gets no fresh five guesses under another spelling. A
      // full-length device id makes the key longer than the column, so it is stored hashed, and
      // the hash of another spelling is another key (short keys, compared under MariaDB's
      // collation, happen to meet the account's own row).
      const guesser = device('198.51.100.61', `accent-guesser-${'0'.repeat(49)}`);
      for (let i = 0; i < 5; i++) expect(await login(app.services, 'staff.ja1', `guess-${i}`, guesser, now)).toBe('INVALID_CREDENTIALS');
      expect(await login(app.services, 'staff.ja1', DEMO_PASSWORDS.staff, guesser, now)).toBe('RATE_LIMITED');
      for (const spelling of ['staff.já1', 'ståff.ja1', 'staff.ja１']) expect(await login(app.services, spelling, DEMO_PASSWORDS.staff, guesser, now)).toBe('INVALID_CREDENTIALS');
      expect(await login(app.services, 'staff.ja1', DEMO_PASSWORDS.staff, tablet, now)).toBe('ok');
    });

    it('lets no more than five of 20 racing wrong passwords through, under every key', async () => {
      const now = new Date(Date.UTC(2031, 2, 5, 12, 1));
      const client = device('198.51.100.50', 'race-tablet-0000001');
      const other = await app.otherProcess();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 ? other : app.services, 'staff.xh2', `race-${i}`, client, now)));
      expect(answers.filter((a) => a === 'INVALID_CREDENTIALS')).toHaveLength(5);
      expect(answers.filter((a) => a === 'RATE_LIMITED')).toHaveLength(15);
      const rows = await app.services.dataSource.manager.findBy(RateLimitWindowEntity, staffLoginLimits(client, 'staff.xh2').map((l) => ({ subject: l.key })));
      expect(rows.map((r) => r.hits)).toEqual([5, 5, 5, 5]);
      expect(await login(app.services, 'staff.xh2', DEMO_PASSWORDS.staff, client, now)).toBe('RATE_LIMITED');
    });
  });

  describe('rules for the counter', () => {
    it('counts wrong member codes per staff member and per store', async () => {
      const limiter = new RateLimiter(app.services.dataSource);
      const now = new Date(Date.UTC(2031, 2, 6, 15, 1));
      const wrongCode = () => Promise.reject(new AppError('NOT_FOUND', '会员码无效'));
      const guess = (staffId: number) => outcome(limiter.attemptAll(counterMemberCodeLimits(staffId, 77), now, wrongCode, isAppError('NOT_FOUND')));
      for (let i = 0; i < 10; i++) expect(await guess(9001)).toBe('NOT_FOUND');
      expect(await guess(9001)).toBe('RATE_LIMITED');
      for (let i = 0; i < 20; i++) expect(await guess(9002 + (i % 2))).toBe('NOT_FOUND');
      expect(await guess(9004)).toBe('RATE_LIMITED');
      expect(await outcome(limiter.attemptAll(counterMemberCodeLimits(9004, 78), now, wrongCode, isAppError('NOT_FOUND')))).toBe('NOT_FOUND');
    });

    it('counts every phone lookup, found or not', async () => {
      const limiter = new RateLimiter(app.services.dataSource);
      const now = new Date(Date.UTC(2031, 2, 6, 16, 1));
      for (let i = 0; i < 20; i++) await limiter.spend(counterPhoneLookupLimits(9100), now);
      const refused = await failureOf(limiter.spend(counterPhoneLookupLimits(9100), now));
      expect(refused.message).toBe('手机号查询过于频繁，请 59 分钟后再试');
      await limiter.spend(counterPhoneLookupLimits(9101), now);
    });
  });
});
