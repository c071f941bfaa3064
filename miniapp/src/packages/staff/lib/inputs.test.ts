import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { customerQuery } from './customer-input';
import { pickupCodeInput, pickupErrorText } from './pickup';

describe('识别顾客 input', () => {
  it('reads the 12 digits under a member QR, spaced or not', () => {
    expect(customerQuery('8372 1945 0631')).toEqual({ kind: 'code', code: '837219450631' });
    expect(customerQuery('837219450631')).toEqual({ kind: 'code', code: '837219450631' });
  });

  it('reads an 11-digit mobile number as a phone lookup', () => {
    expect(customerQuery(' 138-1234-5678 ')).toEqual({ kind: 'phone', phone: '13812345678' });
  });

  it('reads a scanned member QR as its 12 digits, and refuses an old long token', () => {
    expect(customerQuery('837219450631\n')).toEqual({ kind: 'code', code: '837219450631' });
    expect(customerQuery('eyJhbGciOiJIUzI1NiJ9.eyJwdXJwb3NlIjoibWVtYmVyX2NvZGUifQ.sig')).toMatchObject({ kind: 'invalid' });
  });

  it('explains what to type otherwise', () => {
    expect(customerQuery('  ')).toEqual({ kind: 'invalid', message: '请输入会员码数字或手机号' });
    expect(customerQuery('12345')).toEqual({ kind: 'invalid', message: '请输入会员码下方的 12 位数字，或 11 位手机号' });
    expect(customerQuery('23812345678')).toMatchObject({ kind: 'invalid' });
    expect(customerQuery('小栖')).toEqual({ kind: 'invalid', message: '无法识别，请输入会员码数字或手机号' });
  });
});

describe('取货码 input and errors', () => {
  it('takes six digits (spaced as read aloud) or a scanned pickup QR', () => {
    expect(pickupCodeInput('123 456')).toEqual({ ok: true, code: '123456' });
    expect(pickupCodeInput('PICKUP:2026112310000091:123456')).toEqual({ ok: true, code: 'PICKUP:2026112310000091:123456' });
    expect(pickupCodeInput('12345')).toEqual({ ok: false, message: '请输入 6 位取货码，或扫描顾客的取货二维码' });
  });

  it("shows the server's reason: wrong code, already verified, too many attempts", () => {
    expect(pickupErrorText(new ApiError(404, 'PICKUP_CODE_INVALID', '取货码不正确，或不是本店的订单'))).toBe('取货码不正确，或不是本店的订单');
    expect(pickupErrorText(new ApiError(409, 'ORDER_STATE_CONFLICT', '该订单已核销，请勿重复取货'))).toBe('该订单已核销，请勿重复取货');
    expect(pickupErrorText(new ApiError(429, 'RATE_LIMITED', '取货码错误次数过多，请 10 分钟后再试'))).toBe('取货码错误次数过多，请 10 分钟后再试');
  });

  it('has its own sentence for each of them when the message is not Chinese', () => {
    expect(pickupErrorText(new ApiError(404, 'PICKUP_CODE_INVALID', 'No such code'))).toBe('取货码不正确，或不是本店的订单');
    expect(pickupErrorText(new ApiError(409, 'ORDER_STATE_CONFLICT', 'Already completed'))).toBe('该订单已核销，请勿重复取货');
    expect(pickupErrorText(new ApiError(429, 'RATE_LIMITED', 'Too many'))).toBe('取货码错误次数过多，请稍后再试');
    expect(pickupErrorText(new ApiError(0, 'NETWORK', 'offline'))).toBe('网络不给力，请检查网络后重试');
  });
});
