import type { PropsWithChildren } from 'react';
import { parseSchemasWithoutEval } from '@shop/shared';
import Taro from '@tarojs/taro';
import { setSessionRenewer } from './api/http';
import { renewSessionSilently } from './lib/login';
import { watchPageLoadFailures } from './lib/page-load-failure';
import { PAGES } from './lib/routes';
import './app.scss';

// zod compiles object parsers with `new Function` unless told not to; the storefront's content
// policy forbids eval, so the compile would only log a violation on every page.
parseSchemasWithoutEval();

// An expired token is renewed with wx.login in the mini-program instead of showing the login page.
setSessionRenewer(renewSessionSilently);

// An unknown link (an old share, a typo) lands on a page with a way home instead of a blank screen.
Taro.onPageNotFound(() => void Taro.reLaunch({ url: PAGES.notFound }));

if (process.env.TARO_ENV === 'h5') watchPageLoadFailures();

/** The app shell: Taro renders the current page as `children`. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
