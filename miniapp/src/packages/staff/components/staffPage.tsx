import { useEffect, useState, type ReactElement } from 'react';
import { replacePage } from '../../../lib/routes';
import { readStaffSession, type StaffSession } from '../lib/staff-session';
import { STAFF_PAGES } from '../routes';
import { StaffShell, type StaffSection } from './StaffShell';

export interface DeskProps {
  session: StaffSession;
}

/**
 * A tablet page: without a staff session it gives way to the tablet's login (before any staff
 * call is made); with one, the desk renders inside the tablet's frame.
 */
export function staffPage(section: StaffSection | null, Desk: (props: DeskProps) => ReactElement | null) {
  return function StaffPage() {
    const [session] = useState(() => readStaffSession());
    useEffect(() => {
      if (!session) replacePage(STAFF_PAGES.login);
    }, [session]);
    if (!session) return null;
    return (
      <StaffShell session={session} active={section}>
        <Desk session={session} />
      </StaffShell>
    );
  };
}
