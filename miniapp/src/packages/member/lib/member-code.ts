/** The member code lives about a minute: fetch a new one every minute, or just before it expires. */
export const MEMBER_CODE_REFRESH_MS = 60_000;
const EARLY_MS = 5_000;
const MIN_DELAY_MS = 5_000;

/** Milliseconds until the code on screen should be replaced. */
export function nextRefreshIn(expiresAt: string, now = Date.now()): number {
  const beforeExpiry = Date.parse(expiresAt) - now - EARLY_MS;
  if (Number.isNaN(beforeExpiry)) return MIN_DELAY_MS;
  return Math.min(MEMBER_CODE_REFRESH_MS, Math.max(MIN_DELAY_MS, beforeExpiry));
}
