import type { PropsWithChildren } from 'react';
import { setSessionRenewer } from './api/http';
import { renewSessionSilently } from './lib/login';
import './app.scss';

// An expired token is renewed with wx.login in the mini-program instead of showing the login page.
setSessionRenewer(renewSessionSilently);

/** The app shell: Taro renders the current page as `children`. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
