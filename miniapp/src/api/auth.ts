import type { AuthTokenResponse } from '@shop/shared';
import { apiRequest } from './http';

/** wx.login's code (weapp) or "test:<name>" (development login) -> our token. */
export function loginWithWechatCode(code: string): Promise<AuthTokenResponse> {
  return apiRequest<AuthTokenResponse>('/auth/wechat', { method: 'POST', body: { code }, noLoginRedirect: true });
}
