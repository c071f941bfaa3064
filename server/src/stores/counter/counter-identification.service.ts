import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AppError, maskPhone, type CounterCustomerView, type PhoneChallengeView, type StaffMemberRegister, type StaffMemberRegisterAnswer } from '@shop/shared';
import { affectedRows } from '../../platform/transaction.js';
import { isAppError, type RateLimiter } from '../../platform/rate-limiter.js';
import { counterMemberCodeLimits, counterPhoneLookupLimits, counterTextLimits } from '../../http/rate-limits.js';
import type { CouponsService } from '../../coupons/coupons.service.js';
import type { MemberCodeDigitsService } from '../../membership/member-code/member-code-digits.service.js';
import type { MemberOverviewService } from '../../membership/member-overview.service.js';
import type { MemberService } from '../../membership/member.service.js';
import type { SmsGateway } from '../../sms/sms-gateway.js';
import type { ReferralsService } from '../attribution/referrals.service.js';
import type { StoreStaff } from '../store-staff.js';
import type { CounterProof, CounterSessions } from './counter-session.js';
import { PhoneChallengeEntity, type PhoneChallenge } from './phone-challenge.entity.js';

const CHALLENGE_TTL_MS = 5 * 60_000;
/** A six-digit code tried this many times is given up: one in 200,000 to guess. */
const MAX_CHALLENGE_ATTEMPTS = 5;

export interface CounterIdentificationDeps {
  dataSource: DataSource;
  authSecret: Uint8Array;
  sessions: CounterSessions;
  limiter: RateLimiter;
  sms: SmsGateway;
  members: MemberService;
  overview: MemberOverviewService;
  memberCodeDigits: MemberCodeDigitsService;
  coupons: CouponsService;
  referrals: ReferralsService;
}

/**
 * Who the customer at the counter is, proven: the member's live code (the QR or its 12 digits)
 * or their phone confirmed with a texted code. Each proof ends in a counter session bound to
 * the member, the staff member and the store; nothing else lets staff act for a member.
 */
export class CounterIdentificationService {
  private readonly codeKey: Buffer;

  constructor(private readonly deps: CounterIdentificationDeps) {
    this.codeKey = createHmac('sha256', deps.authSecret).update('counter-phone-code').digest();
  }

  /** The member behind a scanned QR or its typed 12 digits; wrong codes count per staff member and per store. */
  async byMemberCode(staff: StoreStaff, code: string, now = new Date()): Promise<CounterCustomerView> {
    const { limiter, memberCodeDigits } = this.deps;
    const memberId = await limiter.attemptAll(counterMemberCodeLimits(staff.account.id, staff.store.id), now, () => memberCodeDigits.memberOf(code, now), isAppError('MEMBER_CODE_INVALID'));
    return this.customer(memberId, staff, 'member_code', now);
  }

  /** Texts a code to the member with this phone; NOT_FOUND when the number is nobody's. Every lookup counts. */
  async challengePhone(staff: StoreStaff, phone: string, now = new Date()): Promise<PhoneChallengeView> {
    await this.deps.limiter.spend(counterPhoneLookupLimits(staff.account.id), now);
    const member = await this.deps.members.byPhone(phone);
    return this.sendChallenge(member.id, phone, staff, now);
  }

  /** 新会员注册 at the counter, then a code to the number, as for any phone: the benefits open when it is confirmed. */
  async register(staff: StoreStaff, input: StaffMemberRegister, now = new Date()): Promise<StaffMemberRegisterAnswer> {
    // It tells whether a number is a member's, like a lookup, and counts as one.
    await this.deps.limiter.spend(counterPhoneLookupLimits(staff.account.id), now);
    const { member, created } = await this.deps.members.registerByPhone(input.phone, input.nickname);
    if (created) {
      await this.deps.coupons.grantWelcomePack(member.id, now);
      await this.deps.referrals.bindAtCounter(member.id, staff, now);
    }
    return { existed: !created, challenge: await this.sendChallenge(member.id, input.phone, staff, now) };
  }

  /**
   * The code the member read out. Each try takes one of the challenge's attempts by a
   * conditional update first, so racing tries cannot exceed them; a right code is used once.
   */
  async confirmPhone(staff: StoreStaff, challengeId: number, code: string, now = new Date()): Promise<CounterCustomerView> {
    const repository = this.deps.dataSource.getRepository(PhoneChallengeEntity);
    const live = { id: challengeId, staffId: staff.account.id, storeId: staff.store.id, usedAt: IsNull(), expiresAt: MoreThan(now) };
    const tried = await repository
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1' })
      .where('id = :id AND staffId = :staffId AND storeId = :storeId AND usedAt IS NULL AND expiresAt > :now AND attempts < :max', { id: challengeId, staffId: staff.account.id, storeId: staff.store.id, now, max: MAX_CHALLENGE_ATTEMPTS })
      .execute();
    if (affectedRows(tried) !== 1) throw new AppError('COUNTER_CODE_INVALID', '验证码已失效或错误次数过多，请重新发送');
    // A racing try may have used the code since this one took its attempt.
    const challenge = await repository.findOneBy(live);
    if (!challenge) throw new AppError('COUNTER_CODE_INVALID', '验证码已使用，请重新发送');
    if (!this.matches(challenge, code)) throw new AppError('COUNTER_CODE_INVALID', '验证码不正确，请核对短信');
    const used = await repository.createQueryBuilder().update().set({ usedAt: now }).where('id = :id AND usedAt IS NULL', { id: challengeId }).execute();
    if (affectedRows(used) !== 1) throw new AppError('COUNTER_CODE_INVALID', '验证码已使用，请重新发送');
    return this.customer(challenge.memberId, staff, 'phone_code', now);
  }

  private async sendChallenge(memberId: number, phone: string, staff: StoreStaff, now: Date): Promise<PhoneChallengeView> {
    const repository = this.deps.dataSource.getRepository(PhoneChallengeEntity);
    await this.deps.limiter.spend(counterTextLimits(memberId), now);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    const inserted = await repository.insert({ memberId, staffId: staff.account.id, storeId: staff.store.id, codeHash: this.hash(memberId, expiresAt, code), attempts: 0, expiresAt, usedAt: null });
    const challengeId = Number(inserted.identifiers[0]!.id);
    await this.deps.sms.send(phone, `【栖行】验证码 ${code}，${staff.store.name}店员正在为你下单并使用会员权益，5 分钟内有效。如非本人在店，请勿告知他人。`);
    return { challengeId, phone: maskPhone(phone), expiresAt: expiresAt.toISOString() };
  }

  private async customer(memberId: number, staff: StoreStaff, proof: CounterProof, now: Date): Promise<CounterCustomerView> {
    const [member, session] = await Promise.all([this.deps.overview.forStaff(memberId), this.deps.sessions.issue(memberId, staff, proof, now)]);
    return { member, session };
  }

  /** Keyed with the shop's secret, so the table alone does not give the codes away by trying all million. */
  private hash(memberId: number, expiresAt: Date, code: string): string {
    return createHmac('sha256', this.codeKey).update(`${memberId}:${expiresAt.getTime()}:${code}`).digest('hex');
  }

  private matches(challenge: PhoneChallenge, code: string): boolean {
    const expected = Buffer.from(this.hash(challenge.memberId, challenge.expiresAt, code), 'hex');
    const actual = Buffer.from(challenge.codeHash, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
