import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetTaroMock } from './mocks/taro';

beforeEach(() => {
  resetTaroMock();
  delete process.env.TARO_ENV;
});

afterEach(() => {
  cleanup();
});
