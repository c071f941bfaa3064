import { backOfficeClient, type BackOfficeRequestOptions } from '../../../api/back-office-http';
import { STAFF_PAGES } from '../routes';
import { clearStaffSession, staffToken } from '../lib/staff-session';

export type StaffRequestOptions = BackOfficeRequestOptions;

/** A load the desk shows the failure of itself (a retry in place) passes `quiet`, so no toast says it twice. */
export type LoadOptions = Pick<StaffRequestOptions, 'quiet'>;

/** A page of a cursor list: how many, and `quiet` as for any load. */
export interface PageOptions extends LoadOptions {
  limit?: number;
}

/** One call of the store tablet, authorised by the staff session; a refused token opens the tablet's login. */
export const staffRequest = backOfficeClient({ token: () => staffToken(), clear: clearStaffSession, loginPage: STAFF_PAGES.login });
