import type { PropsWithChildren } from 'react';
import { parseSchemasWithoutEval } from '@shop/shared';
import { setSessionRenewer } from './api/http';
import { renewSessionSilently } from './lib/login';
import './app.scss';

// zod compiles object parsers with `new Function` unless told not to; the storefront's content
// policy forbids eval, so the compile would only log a violation on every page.
parseSchemasWithoutEval();

// An expired token is renewed with wx.login in the mini-program instead of showing the login page.
setSessionRenewer(renewSessionSilently);

/** The app shell: Taro renders the current page as `children`. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
