import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetTaroMock } from './mocks/taro';

// findBy/waitFor give up after 1 s by default; a page that starts, pays and redirects through
// several awaited steps can take longer on a loaded 2-core CI box, and then fails for no fault.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  resetTaroMock();
  delete process.env.TARO_ENV;
});

afterEach(() => {
  cleanup();
});
