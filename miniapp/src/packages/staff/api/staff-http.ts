import Taro from '@tarojs/taro';
import { ApiError, errorFromResponse } from '../../../api/errors';
import { queryString, type RequestOptions } from '../../../api/http';
import { apiBase } from '../../../lib/config';
import { toastError } from '../../../lib/toast';
import { STAFF_PAGES } from '../routes';
import { clearStaffSession, staffToken } from '../lib/staff-session';

/** The storefront client's options, without its member-login behaviour. */
export type StaffRequestOptions = Omit<RequestOptions, 'noLoginRedirect'>;

let leaving = false;

/** A staff token the server refused (expired, account disabled): back to the tablet's login. */
function backToStaffLogin(): void {
  clearStaffSession();
  if (leaving) return;
  leaving = true;
  void Taro.redirectTo({ url: STAFF_PAGES.login }).finally(() => {
    leaving = false;
  });
}

/**
 * One call of the store tablet. The same contract as the storefront's `apiRequest` (server
 * errors as ApiError, toasted unless quiet), but authorised by the staff session, and a 401
 * opens the staff login instead of the member's: the member client always sends the member's
 * token and would send a staff member to the shopper login.
 */
export async function staffRequest<T>(path: string, options: StaffRequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, quiet = false } = options;
  const header: Record<string, string> = { ...options.headers };
  const token = staffToken();
  if (token) header.Authorization = `Bearer ${token}`;
  if (body !== undefined) header['Content-Type'] = 'application/json';
  const url = `${apiBase()}${path}${queryString(query)}`;
  const response = await Taro.request({ url, method, data: body as Record<string, unknown> | undefined, header, dataType: 'json' }).catch(() => {
    const offline = new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');
    if (!quiet) toastError(offline);
    throw offline;
  });
  if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
  const failure = errorFromResponse(response.statusCode, response.data);
  // Only a refused token ends the session: a stale member code (MEMBER_CODE_EXPIRED) is a 401 too.
  if (failure.code === 'UNAUTHENTICATED') {
    backToStaffLogin();
    throw failure;
  }
  if (!quiet) toastError(failure);
  throw failure;
}
