import type { EntitySchemaColumnOptions } from 'typeorm';

/** Column builders used by every entity so types stay portable between SQLite and MySQL. */
export const idColumn: EntitySchemaColumnOptions = { type: 'int', primary: true, generated: 'increment' };

export function intColumn(options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'int', ...options };
}

/** Money in fen: always an integer, never a float or decimal. */
export function fenColumn(options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'int', ...options };
}

export function stringColumn(length: number, options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'varchar', length, ...options };
}

export function textColumn(options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'text', ...options };
}

export function jsonColumn(options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'simple-json', ...options };
}

export function boolColumn(defaultValue: boolean): EntitySchemaColumnOptions {
  return { type: 'boolean', default: defaultValue };
}

export function dateColumn(options: Partial<EntitySchemaColumnOptions> = {}): EntitySchemaColumnOptions {
  return { type: 'datetime', precision: 6, ...options };
}

/** createdAt/updatedAt (UTC, microsecond precision) for every row that changes. */
export const timestampColumns: Record<'createdAt' | 'updatedAt', EntitySchemaColumnOptions> = {
  createdAt: { type: 'datetime', precision: 6, createDate: true },
  updatedAt: { type: 'datetime', precision: 6, updateDate: true },
};

export interface Timestamps {
  createdAt: Date;
  updatedAt: Date;
}
