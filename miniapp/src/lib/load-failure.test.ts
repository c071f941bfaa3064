import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { MissingIdError, loadById, loadFailure } from './load-failure';

describe('loadFailure', () => {
  it('reads a 404 or NOT_FOUND from the API, and a link without an id, as not found', () => {
    expect(loadFailure(new ApiError(404, 'NOT_FOUND', '商品不存在或已下架'))).toBe('not_found');
    expect(loadFailure(new ApiError(404, 'COUPON_CODE_INVALID', '兑换码不存在'))).toBe('not_found');
    expect(loadFailure(new MissingIdError())).toBe('not_found');
  });

  it('reads no connection and an unreachable or overloaded server as offline', () => {
    expect(loadFailure(new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试'))).toBe('offline');
    for (const status of [502, 503, 504]) expect(loadFailure(new ApiError(status, 'BAD_RESPONSE', 'gateway'))).toBe('offline');
    expect(loadFailure(new ApiError(503, 'SERVICE_UNAVAILABLE', '服务繁忙'))).toBe('offline');
  });

  it('reads any other error as failed, also a 404 that is not about the thing itself', () => {
    expect(loadFailure(new ApiError(500, 'INTERNAL', 'boom'))).toBe('failed');
    expect(loadFailure(new ApiError(403, 'FORBIDDEN', 'no'))).toBe('failed');
    // The server lacks the route, or something other than the API answered 404: misdeployed, not gone.
    expect(loadFailure(new ApiError(404, 'ROUTE_NOT_FOUND', 'No route for GET /x'))).toBe('failed');
    expect(loadFailure(new ApiError(404, 'BAD_RESPONSE', '服务器开小差了（404）'))).toBe('failed');
    expect(loadFailure(new Error('boom'))).toBe('failed');
    expect(loadFailure(null)).toBe('failed');
  });
});

describe('loadById', () => {
  it('loads by the id, or fails as not found without one', async () => {
    await expect(loadById(3, async (id) => id * 2)).resolves.toBe(6);
    await expect(loadById(null, async () => 1)).rejects.toBeInstanceOf(MissingIdError);
  });
});
