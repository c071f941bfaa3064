import { describe, expect, it } from 'vitest';
import { promotionMoves } from '@shop/shared';
import { campaignStats, campaignView, marketerLoginAnswer } from '../testing/fixtures';
import { basisPointsText, campaignFacts, campaignStatFigures } from './campaign-text';
import { clearMarketerSession, marketerToken, readMarketerSession, saveMarketerSession } from './marketer-session';

describe('the marketer session', () => {
  it('keeps marketers and admins, apart from the member and tablet sessions', () => {
    expect(saveMarketerSession(marketerLoginAnswer()).ok).toBe(true);
    expect(readMarketerSession()).toMatchObject({ username: 'marketer', role: 'marketer' });
    expect(marketerToken()).toBe('marketer-token');
    expect(saveMarketerSession(marketerLoginAnswer({ username: 'admin', role: 'admin' })).ok).toBe(true);
    clearMarketerSession();
    expect(readMarketerSession()).toBeNull();
  });

  it('refuses store staff and keeps nothing', () => {
    expect(saveMarketerSession(marketerLoginAnswer({ role: 'store_manager', storeId: 1 }))).toEqual({ ok: false, reason: '该账号没有营销后台权限，请使用营销或管理员账号' });
    expect(readMarketerSession()).toBeNull();
  });

  it('drops a session about to expire', () => {
    saveMarketerSession({ ...marketerLoginAnswer(), expiresAt: new Date(Date.now() + 30_000).toISOString() });
    expect(readMarketerSession()).toBeNull();
  });
});

describe('campaign text', () => {
  it('puts the rules in short phrases, the optional ones only when set', () => {
    const facts = campaignFacts(campaignView({ groupSize: 3, formMinutes: 90, perMemberLimit: 2 }));
    expect(facts.slice(0, 2)).toEqual(['3 人团', '1小时30分钟内成团']);
    expect(facts).toContain('每人限参 2 次');
    expect(facts.some((f) => f.includes('新人') || f.includes('模拟') || f.includes('团长'))).toBe(false);
    expect(campaignFacts(campaignView({ newMembersOnly: true, simulateWhenShortBy: 1, leaderDiscount: 500 }))).toEqual(expect.arrayContaining(['仅限新人参团', '差 1 人内模拟成团', '团长再减 ¥5.00']));
  });

  it('shows the numbers: success rate from basis points, GMV in yuan', () => {
    expect(basisPointsText(6666)).toBe('66.66%');
    expect(basisPointsText(10_000)).toBe('100.00%');
    expect(basisPointsText(5)).toBe('0.05%');
    expect(campaignStatFigures(campaignStats()).map((f) => f.value)).toEqual(['3', '2', '1', '66.66%', '¥396.00', '2']);
  });

  it('offers only the status moves the server allows', () => {
    expect(promotionMoves('draft')).toEqual(['active', 'ended']);
    expect(promotionMoves('active')).toEqual(['paused', 'ended']);
    expect(promotionMoves('paused')).toEqual(['active', 'ended']);
    expect(promotionMoves('ended')).toEqual([]);
  });
});
