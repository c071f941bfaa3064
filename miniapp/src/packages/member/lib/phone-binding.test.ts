import { describe, expect, it } from 'vitest';
import { devPhoneCode, phoneCodeFromButton } from './phone-binding';

describe('phone binding codes', () => {
  it('takes the code WeChat gives the getPhoneNumber button', () => {
    expect(phoneCodeFromButton({ code: 'wx-abc', errMsg: 'getPhoneNumber:ok' })).toEqual({ ok: true, code: 'wx-abc' });
  });

  it('tells a refusal from a failure', () => {
    expect(phoneCodeFromButton({ errMsg: 'getPhoneNumber:fail user deny' })).toEqual({ ok: false, message: '已取消授权手机号' });
    expect(phoneCodeFromButton({ errMsg: 'getPhoneNumber:fail no permission' })).toEqual({ ok: false, message: '获取手机号失败，请重试' });
  });

  it('turns a typed mainland number into the development code, and refuses anything else', () => {
    expect(devPhoneCode(' 13800138000 ')).toEqual({ ok: true, code: 'test:13800138000' });
    expect(devPhoneCode('1380013800')).toEqual({ ok: false, message: '请输入 11 位手机号' });
    expect(devPhoneCode('23800138000')).toEqual({ ok: false, message: '请输入 11 位手机号' });
  });
});
