import type { ConsentKind, MemberCodeAnswer, MemberConsentView, MemberOverviewView, MemberPhoneBindAnswer, MemberProfilePatch, PointsLedgerView } from '@shop/shared';
import { saveSession } from '../lib/session';
import { apiRequest, type LoadOptions } from './http';

/** The member centre's summary: profile, tier and growth, points balance. */
export function fetchMemberOverview(options: LoadOptions = {}): Promise<MemberOverviewView> {
  return apiRequest<MemberOverviewView>('/members/me', { quiet: options.quiet });
}

/** Changes nickname, avatar URL or birthday; answers with the whole overview. */
export function updateMemberProfile(patch: MemberProfilePatch): Promise<MemberOverviewView> {
  return apiRequest<MemberOverviewView>('/members/me', { method: 'PATCH', body: patch });
}

/** Points balance and ledger, newest first. */
export function fetchPointsLedger(cursor: string | null = null, limit = 20, options: LoadOptions = {}): Promise<PointsLedgerView> {
  return apiRequest<PointsLedgerView>('/members/me/points', { query: { cursor, limit }, quiet: options.quiet });
}

/**
 * A fresh member code (valid about a minute) for staff to scan. Quiet and without the login
 * redirect: it refreshes in the background and the card shows its own retry.
 */
export function fetchMemberCode(): Promise<MemberCodeAnswer> {
  return apiRequest<MemberCodeAnswer>('/members/me/code', { quiet: true, noLoginRedirect: true });
}

export function recordConsent(kind: ConsentKind, granted: boolean, version: string): Promise<MemberConsentView> {
  return apiRequest<MemberConsentView>('/members/me/consents', { method: 'POST', body: { kind, granted, version } });
}

/**
 * `code`: WeChat's getPhoneNumber code on weapp, `test:<phone>` in development (H5). When the
 * number was a member registered at a store counter, this user is that member now: the answer
 * carries their session, and the app goes on with it.
 */
export async function bindPhone(code: string): Promise<MemberPhoneBindAnswer> {
  const answer = await apiRequest<MemberPhoneBindAnswer>('/members/me/phone', { method: 'POST', body: { code } });
  if (answer.session) saveSession(answer.session);
  return answer;
}
