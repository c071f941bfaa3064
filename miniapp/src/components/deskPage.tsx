import { useEffect, useState, type ReactElement } from 'react';
import { replacePage } from '../lib/routes';

/**
 * An employee desk's page (store tablet, marketing console): without a signed-in employee it
 * gives way to the desk's login before any call is made; with one, it renders for them.
 */
export function deskPage<S>(readSession: () => S | null, loginPage: string, render: (session: S) => ReactElement) {
  return function DeskPage() {
    const [session] = useState(readSession);
    useEffect(() => {
      if (!session) replacePage(loginPage);
    }, [session]);
    return session ? render(session) : null;
  };
}
