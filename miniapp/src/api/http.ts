import Taro from '@tarojs/taro';
import { apiBase } from '../lib/config';
import { goToLogin } from '../lib/login-redirect';
import { clearSession, currentToken } from '../lib/session';
import { toastError } from '../lib/toast';
import { ApiError, errorFromResponse } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
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

export function queryString(query: Record<string, QueryValue> = {}): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * One API call. Adds the member's token, turns any non-2xx answer into an ApiError carrying
 * the server's code and message, toasts it (unless `quiet`), and on 401 forgets the token
 * and opens the login page, which brings the user back here afterwards.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, headers = {}, quiet = false, noLoginRedirect = false } = options;
  const token = currentToken();
  const header: Record<string, string> = { ...headers };
  if (token) header.Authorization = `Bearer ${token}`;
  if (body !== undefined) header['Content-Type'] = 'application/json';
  try {
    let response: Taro.request.SuccessCallbackResult;
    try {
      response = await Taro.request({ url: `${apiBase()}${path}${queryString(query)}`, method, data: body as TaroRequestData, header, dataType: 'json' });
    } catch {
      throw new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');
    }
    if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
    const error = errorFromResponse(response.statusCode, response.data);
    if (error.status === 401) {
      clearSession();
      if (!noLoginRedirect) goToLogin();
    }
    throw error;
  } catch (error) {
    const isLoginRedirect = error instanceof ApiError && error.status === 401 && !noLoginRedirect;
    if (!quiet && !isLoginRedirect) toastError(error);
    throw error;
  }
}

type TaroRequestData = string | Record<string, unknown> | ArrayBuffer | undefined;
