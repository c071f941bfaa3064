import type { AuthTokenResponse } from '@shop/shared';
import { marketingRequest } from './marketing-http';

/** Username and password -> an employee token; the login page shows wrong credentials itself. */
export function marketerLogin(username: string, password: string): Promise<AuthTokenResponse> {
  return marketingRequest<AuthTokenResponse>('/staff/auth/login', { method: 'POST', body: { username, password }, quiet: true });
}
