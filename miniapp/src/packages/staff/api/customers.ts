import { COUNTER_TOKEN_HEADER, type AddressView, type CounterCustomerView, type PhoneChallengeView, type StaffMemberRegisterAnswer } from '@shop/shared';
import { staffRequest } from './staff-http';

/** The member behind a scanned member QR or its 12 digits (valid about a minute), with the counter session they open. */
export function identifyMember(code: string): Promise<CounterCustomerView> {
  return staffRequest<CounterCustomerView>('/staff/members/identify', { method: 'POST', body: { code }, quiet: true });
}

/** Texts a code to the member with this phone; NOT_FOUND when nobody has it. */
export function challengePhone(phone: string): Promise<PhoneChallengeView> {
  return staffRequest<PhoneChallengeView>('/staff/members/phone-challenge', { method: 'POST', body: { phone }, quiet: true });
}

/** The code the member read out from the text: the member, with their counter session. */
export function confirmPhone(challengeId: number, code: string): Promise<CounterCustomerView> {
  return staffRequest<CounterCustomerView>('/staff/members/phone-confirm', { method: 'POST', body: { challengeId, code }, quiet: true });
}

/** 新会员注册: a new member by phone, or (`existed`) the member who already has the number; a code is texted either way. */
export function registerMember(phone: string, nickname: string | null): Promise<StaffMemberRegisterAnswer> {
  return staffRequest<StaffMemberRegisterAnswer>('/staff/members/register', { method: 'POST', body: nickname ? { phone, nickname } : { phone }, quiet: true });
}

/** The counter member's saved delivery addresses, default first (phones masked). */
export async function fetchMemberAddresses(counterToken: string): Promise<AddressView[]> {
  return (await staffRequest<{ items: AddressView[] }>('/staff/counter/addresses', { headers: { [COUNTER_TOKEN_HEADER]: counterToken }, quiet: true })).items;
}
