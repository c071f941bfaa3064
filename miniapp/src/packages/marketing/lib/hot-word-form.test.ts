import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { hotWordProblem, wordRefusal } from './hot-word-form';

describe('热搜词 form', () => {
  it('checks a typed word by the server rule, in Chinese', () => {
    expect(hotWordProblem('帆布包')).toBeNull();
    expect(hotWordProblem('  帆布包  ')).toBeNull();
    expect(hotWordProblem('')).toBe('请输入热搜词');
    expect(hotWordProblem('   ')).toBe('请输入热搜词');
    expect(hotWordProblem('长'.repeat(21))).toBe('热搜词最多 20 个字');
    expect(hotWordProblem('长'.repeat(20))).toBeNull();
  });

  it('finds the server refusal of the word, and nothing in other failures', () => {
    expect(wordRefusal(new ApiError(409, 'CONFLICT', '「T恤」已经在热搜词里了', [{ path: 'word', message: '「T恤」已经在热搜词里了' }]))).toBe('「T恤」已经在热搜词里了');
    expect(wordRefusal(new ApiError(404, 'NOT_FOUND', '热搜词不存在或已被删除'))).toBeNull();
    expect(wordRefusal(new ApiError(0, 'NETWORK', 'offline'))).toBeNull();
    expect(wordRefusal(new Error('x'))).toBeNull();
  });
});
