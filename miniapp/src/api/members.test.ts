import { describe, expect, it } from 'vitest';
import { respondWith } from '../../test/mocks/taro';
import { readSession, saveSession } from '../lib/session';
import { bindPhone } from './members';

const expiresAt = () => new Date(Date.now() + 3_600_000).toISOString();
const login = (id: number, token: string) => ({ token, expiresAt: expiresAt(), roles: ['consumer' as const], member: { id, nickname: `会员${id}`, avatarUrl: null, isNew: false } });

describe('bindPhone', () => {
  it('keeps the session when the number was an ordinary binding', async () => {
    saveSession(login(7, 'tok-7'));
    respondWith({ statusCode: 200, data: { phone: '13800138000', session: null } });
    await expect(bindPhone('test:13800138000')).resolves.toEqual({ phone: '13800138000', session: null });
    expect(readSession()).toMatchObject({ memberId: 7, token: 'tok-7' });
  });

  it('goes on as the store-registered member the number belonged to', async () => {
    saveSession(login(7, 'tok-7'));
    respondWith({ statusCode: 200, data: { phone: '13800138000', session: login(42, 'tok-42') } });
    await bindPhone('test:13800138000');
    expect(readSession()).toMatchObject({ memberId: 42, token: 'tok-42' });
  });
});
