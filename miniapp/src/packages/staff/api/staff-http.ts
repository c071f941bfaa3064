import { backOfficeClient, type BackOfficeRequestOptions } from '../../../api/back-office-http';
import { STAFF_PAGES } from '../routes';
import { clearStaffSession, staffToken } from '../lib/staff-session';

export type StaffRequestOptions = BackOfficeRequestOptions;

/** One call of the store tablet, authorised by the staff session; a refused token opens the tablet's login. */
export const staffRequest = backOfficeClient({ token: () => staffToken(), clear: clearStaffSession, loginPage: STAFF_PAGES.login });
