import { describe, expect, it } from 'vitest';
import Taro, { storedValue } from '../../test/mocks/taro';
import { clearSession, currentToken, isSignedIn, readSession, saveSession } from './session';

const answer = (expiresInMs: number) => ({
  token: 'tok',
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  roles: ['consumer' as const],
  member: { id: 3, nickname: '微信用户abcd', avatarUrl: null, isNew: true },
});

describe('session storage', () => {
  it('keeps the token and member until cleared', () => {
    saveSession(answer(3_600_000));
    expect(currentToken()).toBe('tok');
    expect(readSession()).toMatchObject({ memberId: 3, nickname: '微信用户abcd' });
    expect(isSignedIn()).toBe(true);
    clearSession();
    expect(currentToken()).toBeNull();
  });

  it('drops a token that expires within a minute', () => {
    saveSession(answer(30_000));
    expect(currentToken()).toBeNull();
    expect(storedValue('shop.session')).toBeUndefined();
  });

  it('ignores a stored value of another shape (an older app version)', () => {
    Taro.setStorageSync('shop.session', { token: 5 });
    expect(readSession()).toBeNull();
  });

  it('refuses a staff login answer', () => {
    expect(() => saveSession({ token: 't', expiresAt: new Date().toISOString(), roles: ['staff'] })).toThrow();
  });
});
