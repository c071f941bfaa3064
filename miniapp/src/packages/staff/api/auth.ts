import type { AuthTokenResponse } from '@shop/shared';
import { staffRequest } from './staff-http';

/** Username and password -> a staff token (12 hours) and the home store's name. Wrong credentials are shown by the login page. */
export function staffLogin(username: string, password: string): Promise<AuthTokenResponse> {
  return staffRequest<AuthTokenResponse>('/staff/auth/login', { method: 'POST', body: { username, password }, quiet: true });
}
