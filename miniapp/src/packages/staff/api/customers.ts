import type { AddressView, MemberOverviewView, StaffMemberRegisterAnswer } from '@shop/shared';
import { staffRequest } from './staff-http';

/** The member behind a scanned member QR or its 12 digits (valid about a minute). */
export function identifyMember(code: string): Promise<MemberOverviewView> {
  return staffRequest<MemberOverviewView>('/staff/members/identify', { method: 'POST', body: { code }, quiet: true });
}

export function lookupMemberByPhone(phone: string): Promise<MemberOverviewView> {
  return staffRequest<MemberOverviewView>('/staff/members/lookup', { query: { phone }, quiet: true });
}

/** 新会员注册: a new member by phone, or (`existed`) the member who already has the number. */
export function registerMember(phone: string, nickname: string | null): Promise<StaffMemberRegisterAnswer> {
  return staffRequest<StaffMemberRegisterAnswer>('/staff/members/register', { method: 'POST', body: nickname ? { phone, nickname } : { phone }, quiet: true });
}

/** The member's saved delivery addresses, default first. */
export async function fetchMemberAddresses(memberId: number): Promise<AddressView[]> {
  return (await staffRequest<{ items: AddressView[] }>(`/staff/members/${memberId}/addresses`, { quiet: true })).items;
}
