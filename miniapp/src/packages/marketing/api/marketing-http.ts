import { backOfficeClient } from '../../../api/back-office-http';
import { MARKETING_PAGES } from '../routes';
import { clearMarketerSession, marketerToken } from '../lib/marketer-session';

/** One call of the marketing console, authorised by the marketer's session; a refused token opens its login. */
export const marketingRequest = backOfficeClient({ token: () => marketerToken(), clear: clearMarketerSession, loginPage: MARKETING_PAGES.login });
