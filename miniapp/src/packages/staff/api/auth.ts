import type { AuthTokenResponse, StoreView } from '@shop/shared';
import { staffRequest } from './staff-http';

/** Username and password -> a staff token (12 hours). Wrong credentials are shown by the login page. */
export function staffLogin(username: string, password: string): Promise<AuthTokenResponse> {
  return staffRequest<AuthTokenResponse>('/staff/auth/login', { method: 'POST', body: { username, password }, quiet: true });
}

/** The store's name for the tablet's header; null when it cannot be read (the header shows the id). */
export async function fetchStoreName(storeId: number): Promise<string | null> {
  try {
    return (await staffRequest<StoreView>(`/stores/${storeId}`, { quiet: true })).name;
  } catch {
    return null;
  }
}
