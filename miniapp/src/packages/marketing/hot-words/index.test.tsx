import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AdminHotWordView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { failure, ok, signInMarketer } from '../testing/fixtures';
import HotWordsPage from './index';

const word = (id: number, text: string, isActive = true): AdminHotWordView => ({ id, word: text, isActive });
const LIST = [word(1, '双肩包'), word(2, 'T恤'), word(3, '拖鞋', false)];
const textsOnScreen = () => screen.getAllByTestId(/^hot-word-\d+-text$/).map((el) => el.textContent);

function input(testId: string): HTMLInputElement {
  return screen.getByTestId(testId) as HTMLInputElement;
}

describe('热搜词 console', () => {
  it('sends a visitor without a console session to the login, calling nothing', async () => {
    render(<HotWordsPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/login/index' }));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('lists the words in order with whether the search page shows each, and counts them', async () => {
    signInMarketer();
    routeRequests({ 'GET /admin/hot-words': () => ok({ items: LIST }) });
    render(<HotWordsPage />);
    await screen.findByTestId('hot-word-list');
    expect(textsOnScreen()).toEqual(['双肩包', 'T恤', '拖鞋']);
    expect(screen.getByTestId('hot-word-1-state').textContent).toBe('搜索页展示中');
    expect(screen.getByTestId('hot-word-3-state').textContent).toBe('已停用');
    expect(screen.getByTestId('hot-word-3-toggle').textContent).toBe('启用');
    expect(screen.getByTestId('hot-word-count').textContent).toBe('共 3 / 20 个，搜索页展示 2 个');
    // The first cannot go up, the last cannot go down.
    expect(screen.getByTestId('hot-word-1-up').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('hot-word-3-down').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('hot-word-2-up').getAttribute('aria-disabled')).toBe('false');
  });

  it('checks a new word before sending, shows the server refusal under the field, and adds a good one', async () => {
    signInMarketer();
    const sent: unknown[] = [];
    routeRequests({
      'GET /admin/hot-words': () => ok({ items: LIST }),
      'POST /admin/hot-words': (request: MockRequest) => {
        sent.push(request.data);
        const body = request.data as { word: string };
        if (body.word === 't恤') return { statusCode: 409, data: { error: { code: 'CONFLICT', message: '「T恤」已经在热搜词里了', details: [{ path: 'word', message: '「T恤」已经在热搜词里了' }] } } };
        return ok({ items: [...LIST, word(4, body.word)] }, 201);
      },
    });
    render(<HotWordsPage />);
    await screen.findByTestId('hot-word-list');

    fireEvent.click(screen.getByTestId('hot-word-add'));
    expect((await screen.findByTestId('hot-word-new-error')).textContent).toBe('请输入热搜词');
    expect(sent).toEqual([]);

    fireEvent.change(input('hot-word-new-input'), { target: { value: 't恤' } });
    expect(screen.queryByTestId('hot-word-new-error')).toBeNull();
    fireEvent.click(screen.getByTestId('hot-word-add'));
    expect((await screen.findByTestId('hot-word-new-error')).textContent).toBe('「T恤」已经在热搜词里了');

    fireEvent.change(input('hot-word-new-input'), { target: { value: ' 帆布包 ' } });
    fireEvent.click(screen.getByTestId('hot-word-add'));
    await waitFor(() => expect(textsOnScreen()).toEqual(['双肩包', 'T恤', '拖鞋', '帆布包']));
    expect(sent.at(-1)).toEqual({ word: '帆布包' });
    expect(input('hot-word-new-input').value).toBe('');
    expect(screen.queryByTestId('hot-word-new-error')).toBeNull();
  });

  it('moves a word up or down by its place, switches it, and renames it with the problem under the field', async () => {
    signInMarketer();
    const changes: unknown[] = [];
    routeRequests({
      'GET /admin/hot-words': () => ok({ items: LIST }),
      'PATCH /admin/hot-words/2': (request: MockRequest) => {
        changes.push(request.data);
        const change = request.data as { word?: string; position?: number; isActive?: boolean };
        if (change.word === '双肩包') return { statusCode: 409, data: { error: { code: 'CONFLICT', message: '「双肩包」已经在热搜词里了', details: [{ path: 'word', message: '「双肩包」已经在热搜词里了' }] } } };
        if (change.word) return ok({ items: [LIST[0], word(2, change.word), LIST[2]] });
        return ok({ items: change.position === 0 ? [LIST[1], LIST[0], LIST[2]] : LIST });
      },
      'PATCH /admin/hot-words/3': (request: MockRequest) => {
        changes.push(request.data);
        return ok({ items: [LIST[0], LIST[1], word(3, '拖鞋', true)] });
      },
    });
    render(<HotWordsPage />);
    await screen.findByTestId('hot-word-list');

    fireEvent.click(screen.getByTestId('hot-word-2-up'));
    await waitFor(() => expect(textsOnScreen()).toEqual(['T恤', '双肩包', '拖鞋']));
    fireEvent.click(screen.getByTestId('hot-word-2-down'));
    await waitFor(() => expect(textsOnScreen()).toEqual(['双肩包', 'T恤', '拖鞋']));
    fireEvent.click(screen.getByTestId('hot-word-3-toggle'));
    await waitFor(() => expect(screen.getByTestId('hot-word-3-state').textContent).toBe('搜索页展示中'));
    expect(changes).toEqual([{ position: 0 }, { position: 1 }, { isActive: true }]);

    fireEvent.click(screen.getByTestId('hot-word-2-edit'));
    expect(input('hot-word-2-input').value).toBe('T恤');
    fireEvent.change(input('hot-word-2-input'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('hot-word-2-save'));
    expect((await screen.findByTestId('hot-word-2-edit-error')).textContent).toBe('请输入热搜词');
    fireEvent.change(input('hot-word-2-input'), { target: { value: '双肩包' } });
    fireEvent.click(screen.getByTestId('hot-word-2-save'));
    expect((await screen.findByTestId('hot-word-2-edit-error')).textContent).toBe('「双肩包」已经在热搜词里了');
    fireEvent.change(input('hot-word-2-input'), { target: { value: '纯棉T恤' } });
    fireEvent.click(screen.getByTestId('hot-word-2-save'));
    await waitFor(() => expect(textsOnScreen()).toEqual(['双肩包', '纯棉T恤', '拖鞋']));
    expect(screen.queryByTestId('hot-word-2-input')).toBeNull();
  });

  it('deletes a word only after the marketer confirms', async () => {
    signInMarketer();
    let deletes = 0;
    routeRequests({
      'GET /admin/hot-words': () => ok({ items: LIST }),
      'DELETE /admin/hot-words/1': () => {
        deletes++;
        return ok({ items: LIST.slice(1) });
      },
    });
    render(<HotWordsPage />);
    await screen.findByTestId('hot-word-list');

    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(screen.getByTestId('hot-word-1-delete'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(Taro.showModal.mock.calls[0]![0].content).toContain('「双肩包」');
    await waitFor(() => expect(screen.getByTestId('hot-word-1-delete').getAttribute('aria-disabled')).toBe('false'));
    expect(deletes).toBe(0);

    fireEvent.click(screen.getByTestId('hot-word-1-delete'));
    await waitFor(() => expect(textsOnScreen()).toEqual(['T恤', '拖鞋']));
    expect(deletes).toBe(1);
  });

  it('says when the list is empty, and offers a retry when it cannot be read', async () => {
    signInMarketer();
    let answer = failure(500, 'INTERNAL', '服务器开小差了');
    routeRequests({ 'GET /admin/hot-words': () => answer });
    render(<HotWordsPage />);
    await screen.findByTestId('load-failed');
    answer = ok({ items: [] });
    fireEvent.click(within(screen.getByTestId('load-failed')).getByText('重新加载'));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有热搜词');
  });
});
