import { EntitySchema } from 'typeorm';
import { HOT_WORD_MAX_LENGTH } from '@shop/shared';
import { boolColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** One 热搜词 of the search page, in the marketer's order (sortOrder, then id). */
export interface HotWord extends Timestamps {
  id: number;
  word: string;
  sortOrder: number;
  isActive: boolean;
}

export const HotWordEntity = new EntitySchema<HotWord>({
  name: 'HotWord',
  tableName: 'hot_word',
  columns: {
    id: idColumn,
    word: stringColumn(HOT_WORD_MAX_LENGTH),
    sortOrder: intColumn({ default: 0 }),
    isActive: boolColumn(true),
    ...timestampColumns,
  },
  // The service refuses a duplicate first, with a message; the index keeps a race from adding one.
  uniques: [{ name: 'UQ_hot_word_word', columns: ['word'] }],
});
