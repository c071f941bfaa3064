import type { ReactElement } from 'react';
import { deskPage } from '../../../components/deskPage';
import { readStaffSession, type StaffSession } from '../lib/staff-session';
import { STAFF_PAGES } from '../routes';
import { StaffShell, type StaffSection } from './StaffShell';

export interface DeskProps {
  session: StaffSession;
}

/** A tablet page: the desk inside the tablet's frame, for the signed-in staff member only. */
export function staffPage(section: StaffSection | null, Desk: (props: DeskProps) => ReactElement | null) {
  return deskPage(
    () => readStaffSession(),
    STAFF_PAGES.login,
    (session) => (
      <StaffShell session={session} active={section}>
        <Desk session={session} />
      </StaffShell>
    ),
  );
}
