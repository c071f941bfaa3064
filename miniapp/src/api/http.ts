import Taro from '@tarojs/taro';
import { apiBase } from '../lib/config';
import { goToLogin } from '../lib/login-redirect';
import { clearSession, currentToken } from '../lib/session';
import { toastError } from '../lib/toast';
import { ApiError, errorFromResponse } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Don't toast the error: the caller shows it in the page (or expects it). */
  quiet?: boolean;
  /** Don't send the user to the login page on 401 (the login call itself, background polls). */
  noLoginRedirect?: boolean;
}

/** What a read takes from its caller: `quiet` when the page shows a failure itself (FailedState, ListStates, SectionRetry). */
export type LoadOptions = Pick<RequestOptions, 'quiet'>;

export function queryString(query: Record<string, QueryValue> = {}): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

type SessionRenewer = () => Promise<boolean>;
let renewSession: SessionRenewer | null = null;

/**
 * Lets the app renew an expired or missing session without the user: in the mini-program
 * wx.login needs no tap (静默登录). Registered once in app.tsx; without it a 401 opens the login page.
 */
export function setSessionRenewer(renewer: SessionRenewer | null): void {
  renewSession = renewer;
}

/**
 * One HTTP exchange authorised by `token` (the member's unless given; the tablet passes the
 * staff member's): the answer's body on 2xx, otherwise an ApiError. No toast, no redirect.
 */
export async function send(path: string, options: RequestOptions, token: string | null = currentToken()): Promise<unknown> {
  const { method = 'GET', query, body, headers = {} } = options;
  const header: Record<string, string> = { ...headers };
  if (token) header.Authorization = `Bearer ${token}`;
  if (body !== undefined) header['Content-Type'] = 'application/json';
  let response: Taro.request.SuccessCallbackResult;
  try {
    response = await Taro.request({ url: `${apiBase()}${path}${queryString(query)}`, method, data: body as TaroRequestData, header, dataType: 'json' });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');
  }
  if (response.statusCode >= 200 && response.statusCode < 300) return response.data;
  throw errorFromResponse(response.statusCode, response.data);
}

const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * One API call. Adds the member's token and turns any non-2xx answer into an ApiError carrying
 * the server's code and message, toasted unless `quiet`. On 401 the token is dropped; the
 * session is renewed silently where the platform allows (then the call is sent once more),
 * otherwise the login page opens and brings the user back here afterwards.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { quiet = false, noLoginRedirect = false } = options;
  try {
    try {
      return (await send(path, options)) as T;
    } catch (error) {
      if (!isUnauthorized(error) || noLoginRedirect) throw error;
      clearSession();
      if (!renewSession || !(await renewSession())) throw error;
      return (await send(path, options)) as T;
    }
  } catch (error) {
    const sendsToLogin = isUnauthorized(error) && !noLoginRedirect;
    if (isUnauthorized(error)) clearSession();
    if (sendsToLogin) goToLogin();
    else if (!quiet) toastError(error);
    throw error;
  }
}

type TaroRequestData = string | Record<string, unknown> | ArrayBuffer | undefined;
