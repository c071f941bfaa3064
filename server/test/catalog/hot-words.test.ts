import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HOT_WORDS, type AdminHotWordList, type AdminHotWordView } from '@shop/shared';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

const DEMO_HOT_WORDS = ['双肩包', 'T恤', '帆布', '亚麻', '耳机', '充电宝', '拖鞋', '帐篷'];
const ADMIN_PATH = '/api/v1/admin/hot-words';

describe('catalog: 热搜词 managed by the marketer', () => {
  let app: TestApp;
  let marketer: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
  });
  afterAll(async () => app?.close());

  const storefrontWords = async (): Promise<string[]> => {
    const res = await app.request<{ items: string[] }>('GET', '/api/v1/search/hot-words');
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const consoleList = async (token = marketer): Promise<AdminHotWordView[]> => {
    const res = await app.request<AdminHotWordList>('GET', ADMIN_PATH, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items;
  };
  const idOf = async (word: string): Promise<number> => {
    const found = (await consoleList()).find((item) => item.word === word);
    if (!found) throw new Error(`no hot word ${word}`);
    return found.id;
  };
  const add = async (word: string, extra: Record<string, unknown> = {}) => {
    const res = await app.request<AdminHotWordList>('POST', ADMIN_PATH, { token: marketer, body: { word, ...extra } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.items;
  };
  const change = (id: number, body: unknown, token = marketer) => app.request('PATCH', `${ADMIN_PATH}/${id}`, { token, body });
  const remove = (id: number, token = marketer) => app.request('DELETE', `${ADMIN_PATH}/${id}`, { token });

  it('serves the demo words to anyone, in order, and lists them the same way in the console, all switched on', async () => {
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
    const list = await consoleList();
    expect(list.map((item) => item.word)).toEqual(DEMO_HOT_WORDS);
    expect(list.every((item) => item.isActive && Number.isInteger(item.id))).toBe(true);
  });

  it('adds a word at the end, moves it to the top and down one, in the storefront too; every write answers with the list', async () => {
    const afterAdd = await add('帆布包');
    expect(afterAdd.map((item) => item.word)).toEqual([...DEMO_HOT_WORDS, '帆布包']);
    expect(afterAdd.at(-1)).toEqual({ id: expect.any(Number), word: '帆布包', isActive: true });
    const id = afterAdd.at(-1)!.id;

    const toTop = await change(id, { position: 0 });
    expect(toTop.status).toBe(200);
    expect(toTop.body.items.map((item: AdminHotWordView) => item.word)).toEqual(['帆布包', ...DEMO_HOT_WORDS]);
    expect(await storefrontWords()).toEqual(['帆布包', ...DEMO_HOT_WORDS]);

    await change(id, { position: 1 });
    expect(await storefrontWords()).toEqual(['双肩包', '帆布包', ...DEMO_HOT_WORDS.slice(1)]);
    // A place past the end is the last place; the admin may move words too.
    expect((await change(id, { position: MAX_HOT_WORDS - 1 }, admin)).status).toBe(200);
    expect((await storefrontWords()).at(-1)).toBe('帆布包');
    expect((await remove(id)).status).toBe(200);
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
  });

  it('keeps a word switched off in the console but not on the search page, where it comes back in its place', async () => {
    const id = await idOf('拖鞋');
    const off = await change(id, { isActive: false });
    expect(off.status).toBe(200);
    expect(off.body.items.find((item: AdminHotWordView) => item.id === id)).toEqual({ id, word: '拖鞋', isActive: false });
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS.filter((word) => word !== '拖鞋'));
    // Moving or renaming it leaves it off.
    await change(id, { position: 0, word: '凉拖鞋' });
    expect((await consoleList())[0]).toEqual({ id, word: '凉拖鞋', isActive: false });
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS.filter((word) => word !== '拖鞋'));

    await change(id, { isActive: true, word: '拖鞋', position: 6 });
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
    // A word can be added switched off.
    const added = await add('雨衣', { isActive: false });
    expect(added.at(-1)).toMatchObject({ word: '雨衣', isActive: false });
    expect(await storefrontWords()).not.toContain('雨衣');
    await remove(added.at(-1)!.id);
  });

  it('refuses a word already in the list, also in another case or full width, with a 409 naming it at the field', async () => {
    for (const word of ['双肩包', ' 双肩包 ', 't恤', 'Ｔ恤']) {
      const res = await app.request('POST', ADMIN_PATH, { token: marketer, body: { word } });
      expect(res.status, word).toBe(409);
      expect(res.body.error.code).toBe('CONFLICT');
    }
    const taken = await app.request('POST', ADMIN_PATH, { token: marketer, body: { word: 't恤' } });
    expect(taken.body.error.message).toBe('「T恤」已经在热搜词里了');
    expect(taken.body.error.details).toEqual([{ path: 'word', message: '「T恤」已经在热搜词里了' }]);

    const renamed = await change(await idOf('耳机'), { word: '双肩包' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.details[0].path).toBe('word');
    // Its own word in another case is no clash.
    const tshirt = await idOf('T恤');
    expect((await change(tshirt, { word: 't恤' })).status).toBe(200);
    expect((await change(tshirt, { word: 'T恤' })).status).toBe(200);
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
  });

  it('refuses bad input with 400 and a Chinese message at the field, and an unknown word with 404', async () => {
    const refused = async (body: unknown, path = 'word') => {
      const res = await app.request('POST', ADMIN_PATH, { token: marketer, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      const detail = res.body.error.details.find((d: { path: string }) => d.path === path);
      expect(detail, JSON.stringify(res.body)).toBeDefined();
      return detail.message as string;
    };
    expect(await refused({ word: '' })).toBe('请输入热搜词');
    expect(await refused({ word: '   ' })).toBe('请输入热搜词');
    expect(await refused({ word: '长'.repeat(21) })).toBe('热搜词最多 20 个字');
    expect(await refused({ word: '换\n行' })).toBe('热搜词不能包含换行、制表符等不可见字符');
    expect(await refused({ word: '零\u200b宽' })).toBe('热搜词不能包含换行、制表符等不可见字符');
    await refused({});
    await refused({ word: 12 });
    await refused({ word: '好词', isActive: 'yes' }, 'isActive');
    // Twenty characters are fine, a 4-byte one counting as one.
    const longest = await add(`${'长'.repeat(19)}𠜎`);
    await remove(longest.at(-1)!.id);

    const id = await idOf('帐篷');
    for (const body of [{}, { position: -1 }, { position: 1.5 }, { word: '' }, { isActive: null }]) {
      const res = await change(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await change(999_999, { isActive: false })).body.error).toMatchObject({ code: 'NOT_FOUND', message: '热搜词不存在或已被删除' });
    expect((await remove(999_999)).status).toBe(404);
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
  });

  it('holds at most MAX_HOT_WORDS words, on or off', async () => {
    const extra = Array.from({ length: MAX_HOT_WORDS - DEMO_HOT_WORDS.length }, (_, i) => `备用词${i + 1}`);
    for (const word of extra) await add(word, { isActive: false });
    const full = await app.request('POST', ADMIN_PATH, { token: marketer, body: { word: '再来一个' } });
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({ code: 'CONFLICT', message: `最多 ${MAX_HOT_WORDS} 个热搜词，请先删除不再用的词` });
    for (const word of extra) expect((await remove(await idOf(word))).status).toBe(200);
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
  });

  it('lets only marketers and admins manage the list', async () => {
    const consumer = await app.loginMember('hot-words-shopper');
    const manager = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
    const seller = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    const id = await idOf('亚麻');
    const calls = [
      ['GET', ADMIN_PATH, undefined],
      ['POST', ADMIN_PATH, { word: '偷偷加的词' }],
      ['PATCH', `${ADMIN_PATH}/${id}`, { isActive: false }],
      ['DELETE', `${ADMIN_PATH}/${id}`, undefined],
    ] as const;
    for (const [method, path, body] of calls) {
      expect((await app.request(method, path, { body })).body.error.code, `${method} ${path}`).toBe('UNAUTHENTICATED');
      for (const token of [consumer, manager, seller]) {
        const res = await app.request(method, path, { body, token });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
    }
    expect((await consoleList(admin)).map((item) => item.word)).toEqual(DEMO_HOT_WORDS);
    expect(await storefrontWords()).toEqual(DEMO_HOT_WORDS);
  });

  it('adds one word once when the same word is sent several times at once', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('POST', ADMIN_PATH, { token: marketer, body: { word: '露营灯' } })));
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await storefrontWords()).filter((word) => word === '露营灯')).toHaveLength(1);
    await remove(await idOf('露营灯'));
  });
});

describe('catalog: 热搜词 of a shop without the demo seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 'none' });
  });
  afterAll(async () => app?.close());

  it('serves no words (the search page then shows no 热门搜索 row) until one is added', async () => {
    const empty = await app.request('GET', '/api/v1/search/hot-words');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [] });
    // No staff accounts exist without the seed: the service is what the console's route calls.
    const list = await app.services.catalog.hotWords.create({ word: '新品', isActive: true });
    expect(list.items).toEqual([{ id: expect.any(Number), word: '新品', isActive: true }]);
    expect((await app.request('GET', '/api/v1/search/hot-words')).body).toEqual({ items: ['新品'] });
  });
});
