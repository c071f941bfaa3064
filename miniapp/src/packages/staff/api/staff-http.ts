import Taro from '@tarojs/taro';
import { ApiError } from '../../../api/errors';
import { send, type RequestOptions } from '../../../api/http';
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
  try {
    return (await send(path, options, staffToken())) as T;
  } catch (error) {
    // Only a refused token ends the session: a stale member code (MEMBER_CODE_EXPIRED) is a 401 too.
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') backToStaffLogin();
    else if (!options.quiet) toastError(error);
    throw error;
  }
}
