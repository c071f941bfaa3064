import { describe, expect, it } from 'vitest';
import { countdownLine, formTimeText, groupCountdownText } from './countdown';

describe('group countdown text', () => {
  it('shows hours, minutes and seconds with two digits each', () => {
    expect(groupCountdownText(((5 * 60 + 9) * 60 + 8) * 1000)).toBe('05:09:08');
    expect(groupCountdownText(59_999)).toBe('00:00:59');
  });

  it('counts days separately once a group has more than a day left', () => {
    expect(groupCountdownText((2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000)).toBe('2天 03:04:05');
    expect(groupCountdownText(86_400_000)).toBe('1天 00:00:00');
  });

  it('never goes below zero', () => {
    expect(groupCountdownText(-5000)).toBe('00:00:00');
  });

  it('says the group is being decided once its time is up', () => {
    expect(countdownLine(61_000)).toBe('剩余 00:01:01');
    expect(countdownLine(0)).toBe('已到时间，正在结算…');
    expect(countdownLine(900_000, '支付剩余')).toBe('支付剩余 00:15:00');
  });

  it('words a campaign’s time to form a group', () => {
    expect(formTimeText(30)).toBe('30分钟');
    expect(formTimeText(1440)).toBe('24小时');
    expect(formTimeText(90)).toBe('1小时30分钟');
  });
});
