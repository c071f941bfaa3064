import Taro from '@tarojs/taro';
import { deviceId } from '../lib/device-id';
import { toastError } from '../lib/toast';
import { ApiError } from './errors';
import { send, type RequestOptions } from './http';

/** The storefront client's options, without its member-login behaviour. */
export type BackOfficeRequestOptions = Omit<RequestOptions, 'noLoginRedirect'>;

export type BackOfficeRequest = <T>(path: string, options?: BackOfficeRequestOptions) => Promise<T>;

export interface BackOfficeSession {
  /** The signed-in employee's token, or null when nobody is signed in on this screen. */
  token(): string | null;
  /** Forgets the employee's sign-in (never the member's). */
  clear(): void;
  /** This desk's own login page. */
  loginPage: string;
}

/**
 * The HTTP client of an employee desk (store tablet, marketing console). The same contract as
 * the storefront's `apiRequest` (server errors as ApiError, toasted unless quiet), but
 * authorised by the desk's own session, and a refused token opens the desk's login instead of
 * the shopper's: the member client always sends the member's token and would send an employee
 * to the shopper login. Every call carries the desk's X-Device-Id (lib/device-id), so wrong
 * passwords are counted against this device, not against the store's shared address.
 */
export function backOfficeClient(session: BackOfficeSession): BackOfficeRequest {
  let leaving = false;
  const backToLogin = () => {
    session.clear();
    if (leaving) return;
    leaving = true;
    void Taro.redirectTo({ url: session.loginPage }).finally(() => {
      leaving = false;
    });
  };
  return async function backOfficeRequest<T>(path: string, options: BackOfficeRequestOptions = {}): Promise<T> {
    try {
      return (await send(path, { ...options, headers: { ...options.headers, 'X-Device-Id': deviceId() } }, session.token())) as T;
    } catch (error) {
      // Only a refused token ends the session: a stale member code (MEMBER_CODE_EXPIRED) is a 401 too.
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') backToLogin();
      else if (!options.quiet) toastError(error);
      throw error;
    }
  };
}
