import type { AddressView, StaffMemberRegister, StaffMemberRegisterAnswer } from '@shop/shared';
import type { CouponsService } from '../coupons/coupons.service.js';
import type { AddressService } from '../membership/address.service.js';
import type { MemberOverviewService } from '../membership/member-overview.service.js';
import type { MemberService } from '../membership/member.service.js';
import type { ReferralsService } from './attribution/referrals.service.js';
import type { StoreStaff } from './store-staff.js';

/**
 * The customer at the store counter, beyond identifying them: registering a new member by phone
 * on the spot, and the member's saved addresses for a delivery order.
 */
export class CounterCustomersService {
  constructor(
    private readonly members: MemberService,
    private readonly overview: MemberOverviewService,
    private readonly addresses: AddressService,
    private readonly coupons: CouponsService,
    private readonly referrals: ReferralsService,
  ) {}

  /**
   * A new member by phone, or the member who already has the number (`existed`; nothing is
   * created and nothing changes for them). A new member gets the welcome coupons a WeChat
   * sign-up gets and the registering staff member as their 导购.
   */
  async register(staff: StoreStaff, input: StaffMemberRegister, now = new Date()): Promise<StaffMemberRegisterAnswer> {
    const { member, created } = await this.members.registerByPhone(input.phone, input.nickname);
    if (created) {
      await this.coupons.grantWelcomePack(member.id, now);
      await this.referrals.bindAtCounter(member.id, staff, now);
    }
    return { existed: !created, member: await this.overview.forStaff(member.id) };
  }

  /** The member's saved addresses, default first, for staff to deliver a counter order to. */
  async addressesOf(memberId: number): Promise<AddressView[]> {
    await this.members.get(memberId);
    return this.addresses.list(memberId);
  }
}
