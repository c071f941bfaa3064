import type { MemberOverviewView } from '@shop/shared';
import { staffRequest } from './staff-http';

/** The member behind a scanned member QR or its 12 digits (valid about a minute). */
export function identifyMember(code: string): Promise<MemberOverviewView> {
  return staffRequest<MemberOverviewView>('/staff/members/identify', { method: 'POST', body: { code }, quiet: true });
}

export function lookupMemberByPhone(phone: string): Promise<MemberOverviewView> {
  return staffRequest<MemberOverviewView>('/staff/members/lookup', { query: { phone }, quiet: true });
}
