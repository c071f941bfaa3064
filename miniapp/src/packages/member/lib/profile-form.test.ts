import { describe, expect, it } from 'vitest';
import { checkProfile, draftOf } from './profile-form';

const member = { nickname: '小栖', avatarUrl: null, birthday: '1990-05-01' };

describe('profile form', () => {
  it('sends only what changed, trimmed', () => {
    expect(checkProfile(member, { ...draftOf(member), nickname: '  阿栖 ' })).toEqual({ ok: true, patch: { nickname: '阿栖' } });
  });

  it('turns emptied fields into null', () => {
    expect(checkProfile(member, { ...draftOf(member), birthday: '' })).toEqual({ ok: true, patch: { birthday: null } });
  });

  it('says so when nothing changed', () => {
    expect(checkProfile(member, draftOf(member))).toEqual({ ok: false, message: '资料没有变化' });
  });

  it('checks fields with the server schema and explains in Chinese', () => {
    expect(checkProfile(member, { ...draftOf(member), nickname: ' ' })).toEqual({ ok: false, message: '昵称需为 1-60 个字' });
    expect(checkProfile(member, { ...draftOf(member), avatarUrl: 'ftp://x/a.png' })).toEqual({ ok: false, message: '头像地址需为 https:// 开头的链接' });
    expect(checkProfile(member, { ...draftOf(member), avatarUrl: 'http://x/a.png' })).toEqual({ ok: false, message: '头像地址需为 https:// 开头的链接' });
    expect(checkProfile(member, { ...draftOf(member), birthday: '2999-01-01' })).toEqual({ ok: false, message: '生日需为今天之前的日期' });
  });
});
