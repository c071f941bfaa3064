import Taro from '@tarojs/taro';
import { PAGES, currentPageUrl, replacePage } from './routes';
import { storageSlot } from './storage';

/** Where to go back to after signing in (kept in storage: on H5 a reload must not lose it). */
const returnSlot = storageSlot('shop.loginReturn', (value): value is string => typeof value === 'string' && value.startsWith('/'));

let redirecting = false;

/**
 * Sends the user to the login page, remembering the page they were on. Several requests
 * failing with 401 at once open the login page only once.
 */
export function goToLogin(returnUrl: string | null = currentPageUrl()): void {
  if (redirecting) return;
  if (returnUrl?.startsWith(PAGES.login)) return;
  redirecting = true;
  if (returnUrl) returnSlot.write(returnUrl);
  void Taro.navigateTo({ url: PAGES.login }).finally(() => {
    redirecting = false;
  });
}

/** After signing in: back to the remembered page, else to "我的". */
export function returnAfterLogin(): void {
  const target = returnSlot.read();
  returnSlot.remove();
  if (target && !target.startsWith(PAGES.login)) {
    replacePage(target);
    return;
  }
  replacePage(PAGES.me);
}

export function pendingLoginReturn(): string | null {
  return returnSlot.read();
}
