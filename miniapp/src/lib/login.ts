import Taro from '@tarojs/taro';
import { loginWithWechatCode } from '../api/auth';
import { isH5 } from './config';
import { saveSession, type Session } from './session';

/** The development login the server accepts in its local WeChat mode: one member per name. */
export function devLoginCode(name: string): string {
  return `test:${name.trim()}`;
}

/** A usable development name: 1-40 characters, no spaces at the ends. */
export function isValidDevName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 1 && trimmed.length <= 40;
}

/**
 * Signs in and keeps the token: in the mini-program with wx.login's code, on H5 (no WeChat)
 * with the development login under `devName`.
 */
export async function signIn(devName?: string): Promise<Session> {
  const code = isH5() ? devLoginCode(devName ?? '') : (await Taro.login()).code;
  return saveSession(await loginWithWechatCode(code));
}

let renewing: Promise<boolean> | null = null;

/**
 * Mini-program only: signs in again with a fresh wx.login code, no tap needed. Requests that
 * fail with 401 together share one renewal. On H5 there is no silent login (false).
 */
export function renewSessionSilently(): Promise<boolean> {
  if (isH5()) return Promise.resolve(false);
  renewing ??= signIn()
    .then(() => true)
    .catch(() => false)
    .finally(() => {
      renewing = null;
    });
  return renewing;
}
