import type { DataSource } from 'typeorm';

/** MySQL/MariaDB (several processes, row locks, deadlock retries) rather than embedded SQLite. */
export function isMysql(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql';
}
