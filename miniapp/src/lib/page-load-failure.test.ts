import { describe, expect, it } from 'vitest';
import { isChunkLoadFailure } from './page-load-failure';

describe('isChunkLoadFailure', () => {
  it("recognises webpack's failed page script and page style", () => {
    const script = Object.assign(new Error('Loading chunk 4071 failed.\n(error: http://shop/js/4071.86dc7b36.js)'), { name: 'ChunkLoadError' });
    expect(isChunkLoadFailure(script)).toBe(true);
    expect(isChunkLoadFailure(new Error('Loading chunk 12 failed.'))).toBe(true);
    expect(isChunkLoadFailure(Object.assign(new Error('Loading CSS chunk 12 failed.'), { code: 'CSS_CHUNK_LOAD_FAILED' }))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isChunkLoadFailure(new Error('订单状态已变化'))).toBe(false);
    expect(isChunkLoadFailure(new TypeError('Failed to fetch'))).toBe(false);
    expect(isChunkLoadFailure('Loading chunk')).toBe(false);
    expect(isChunkLoadFailure(null)).toBe(false);
  });
});
