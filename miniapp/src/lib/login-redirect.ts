import Taro from '@tarojs/taro';
import { PAGES, currentPageUrl, pageUrl, replacePage } from './routes';

/**
 * One way back after signing in, for every page that asks for a login: the login page gets the
 * full return URL (path and query, encoded) in its own query, `?redirect=`, and goes back to it.
 * Being in the URL, it survives an H5 reload of the login page and cannot go stale in storage.
 */
export const LOGIN_RETURN_PARAM = 'redirect';

/** "/pages/login/index?redirect=%2Fpackages%2Fgroupbuy%2Fgroup%2Findex%3Fid%3D1" */
export function loginPageUrl(returnUrl: string | null): string {
  return pageUrl(PAGES.login, { [LOGIN_RETURN_PARAM]: returnUrl && isReturnTarget(returnUrl) ? returnUrl : null });
}

/** A page of this app to come back to: never the login page itself, never another site. */
function isReturnTarget(url: string): boolean {
  return /^\/(pages|packages)\//.test(url) && !url.startsWith(PAGES.login);
}

/**
 * The return URL from the login page's `redirect` parameter. Platforms differ in whether page
 * parameters arrive decoded (weapp passes them as sent, Taro H5 too; tests pass them decoded),
 * so an encoded value ("%2F…") is decoded once and a decoded one is taken as it is.
 */
export function returnUrlFrom(param: string | undefined): string | null {
  if (!param) return null;
  let url = param;
  if (/^%2F/i.test(url)) {
    try {
      url = decodeURIComponent(url);
    } catch {
      return null;
    }
  }
  return isReturnTarget(url) ? url : null;
}

let redirecting = false;

export interface GoToLoginOptions {
  /**
   * Replace the current page with the login page (a page that cannot be used signed out, like
   * 发起拼团, or an action on a page that needs a login, like 参与拼团): after signing in the page
   * comes back once, not twice in the stack.
   */
  replace?: boolean;
}

/**
 * Sends the user to the login page, with the page they were on (path and query) to come back
 * to. Several requests failing with 401 at once open the login page only once.
 */
export function goToLogin(returnUrl: string | null = currentPageUrl(), options: GoToLoginOptions = {}): void {
  if (redirecting) return;
  const here = currentPageUrl();
  if (here?.startsWith(PAGES.login) || returnUrl?.startsWith(PAGES.login)) return;
  redirecting = true;
  const url = loginPageUrl(returnUrl);
  const opening = options.replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url });
  void Promise.resolve(opening)
    .catch(() => undefined)
    .finally(() => {
      redirecting = false;
    });
}

/**
 * After signing in: back to `returnUrl` (the login page's `redirect` parameter), a tab page with
 * switchTab (tab pages take no query), any other page with redirectTo and its query; else "我的".
 */
export function returnAfterLogin(returnParam?: string): void {
  replacePage(returnUrlFrom(returnParam) ?? PAGES.me);
}
