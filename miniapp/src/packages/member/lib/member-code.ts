/** The member code lives about a minute: fetch a new one every minute, or just before it expires. */
export const MEMBER_CODE_REFRESH_MS = 60_000;
const EARLY_MS = 5_000;
const MIN_DELAY_MS = 5_000;

/** "8372 1945 0631": the 12 digits in groups of four, for the member to read out and staff to type. */
export function spacedDigits(digits: string): string {
  return digits.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Milliseconds until the code on screen should be replaced. */
export function nextRefreshIn(expiresAt: string, now = Date.now()): number {
  const beforeExpiry = Date.parse(expiresAt) - now - EARLY_MS;
  if (Number.isNaN(beforeExpiry)) return MIN_DELAY_MS;
  return Math.min(MEMBER_CODE_REFRESH_MS, Math.max(MIN_DELAY_MS, beforeExpiry));
}
