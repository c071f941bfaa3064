import type { DataSource, EntityManager } from 'typeorm';
import { AppError, MAX_HOT_WORDS, type AdminHotWordList, type HotWordCreateRequest, type HotWordUpdateRequest, type HotWordsView } from '@shop/shared';
import { locking } from '../platform/locking.js';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { HotWordEntity, type HotWord } from './hot-word.entity.js';
import { movedTo, sameHotWord } from './hot-word-rules.js';

/** Both the storefront and the console read the whole list: create keeps it at MAX_HOT_WORDS rows. */
const IN_ORDER = { sortOrder: 'ASC', id: 'ASC' } as const;

/**
 * 热搜词, the chips on the search page before the shopper types: a list the marketer keeps in
 * order and switches word by word, until analytics counts search events and can rank the words
 * people actually searched (this list then stays as the fallback).
 *
 * An empty list (a database the migration created, without the demo seed) serves no words, and
 * the search page then shows no 热门搜索 row at all: better than words that may find nothing in
 * this shop's catalog. The marketing console says the list is empty and offers to add one.
 */
export class HotWordsService {
  constructor(private readonly dataSource: DataSource) {}

  /** What the search page shows: the words switched on, in the marketer's order. */
  async shown(): Promise<HotWordsView> {
    const rows = await this.dataSource.manager.find(HotWordEntity, { select: { word: true }, where: { isActive: true }, order: IN_ORDER });
    return { items: rows.map((row) => row.word) };
  }

  async list(): Promise<AdminHotWordList> {
    return listView(await this.dataSource.manager.find(HotWordEntity, { order: IN_ORDER }));
  }

  /** A new word at the end of the list. */
  async create(input: HotWordCreateRequest): Promise<AdminHotWordList> {
    return this.write(input.word, async (manager, words) => {
      if (words.length >= MAX_HOT_WORDS) {
        throw new AppError('CONFLICT', `最多 ${MAX_HOT_WORDS} 个热搜词，请先删除不再用的词`, [{ path: 'word', message: `最多 ${MAX_HOT_WORDS} 个热搜词，请先删除不再用的词` }]);
      }
      refuseTaken(words, input.word);
      const last = words.at(-1);
      await manager.insert(HotWordEntity, { word: input.word, isActive: input.isActive, sortOrder: last ? last.sortOrder + 1 : 0 });
    });
  }

  /** Changes a word's text, whether it is shown, and/or its place; its neighbours move to make room. */
  async update(id: number, input: HotWordUpdateRequest): Promise<AdminHotWordList> {
    return this.write(input.word, async (manager, words) => {
      const index = indexOf(words, id);
      if (input.word !== undefined) refuseTaken(words.filter((word) => word.id !== id), input.word);
      const { position, ...fields } = input;
      if (Object.keys(fields).length > 0) await manager.update(HotWordEntity, { id }, fields);
      if (position !== undefined) await renumber(manager, movedTo(words, index, position));
    });
  }

  async remove(id: number): Promise<AdminHotWordList> {
    return this.write(undefined, async (manager, words) => {
      indexOf(words, id);
      await manager.delete(HotWordEntity, { id });
    });
  }

  /**
   * Runs a change in one transaction over the whole list, read with a lock on MySQL so that two
   * marketers' changes queue up (each sees the other's places and words), and answers with the
   * list as it then is. A unique-index clash, a word added by a race the check did not see,
   * answers as the check would.
   */
  private async write(word: string | undefined, change: (manager: EntityManager, words: HotWord[]) => Promise<void>): Promise<AdminHotWordList> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const words = await locking(manager, manager.createQueryBuilder(HotWordEntity, 'w').orderBy('w.sortOrder', 'ASC').addOrderBy('w.id', 'ASC')).getMany();
        await change(manager, words);
        return listView(await manager.find(HotWordEntity, { order: IN_ORDER }));
      });
    } catch (error) {
      if (word !== undefined && isUniqueViolation(error)) throw takenError(word);
      throw error;
    }
  }
}

function indexOf(words: readonly HotWord[], id: number): number {
  const index = words.findIndex((word) => word.id === id);
  if (index < 0) throw new AppError('NOT_FOUND', '热搜词不存在或已被删除');
  return index;
}

function refuseTaken(others: readonly HotWord[], word: string): void {
  const taken = others.find((other) => sameHotWord(other.word, word));
  if (taken) throw takenError(taken.word);
}

function takenError(word: string): AppError {
  const message = `「${word}」已经在热搜词里了`;
  return new AppError('CONFLICT', message, [{ path: 'word', message }]);
}

/** Places 0, 1, 2, … in the given order, writing only the rows whose place changed. */
async function renumber(manager: EntityManager, words: readonly HotWord[]): Promise<void> {
  for (const [sortOrder, word] of words.entries()) {
    if (word.sortOrder !== sortOrder) await manager.update(HotWordEntity, { id: word.id }, { sortOrder });
  }
}

function listView(words: readonly HotWord[]): AdminHotWordList {
  return { items: words.map(({ id, word, isActive }) => ({ id, word, isActive })) };
}
