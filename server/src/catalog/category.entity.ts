import { EntitySchema } from 'typeorm';
import { boolColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Category extends Timestamps {
  id: number;
  code: string;
  name: string;
  icon: string | null;
  sortOrder: number;
  isActive: boolean;
}

export const CategoryEntity = new EntitySchema<Category>({
  name: 'Category',
  tableName: 'category',
  columns: {
    id: idColumn,
    code: stringColumn(40, { unique: true }),
    name: stringColumn(60),
    icon: stringColumn(255, { nullable: true }),
    sortOrder: intColumn({ default: 0 }),
    isActive: boolColumn(true),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_category_active_sort', columns: ['isActive', 'sortOrder'] }],
});
