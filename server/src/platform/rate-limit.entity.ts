import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, stringColumn } from './columns.js';

/** Failures counted for one key in one fixed time window (e.g. wrong pickup codes at a store). */
export interface RateLimitWindow {
  id: number;
  subject: string;
  windowStart: Date;
  hits: number;
  /**
   * Set when a failure filled this window under a rule with a lockout: the key refuses every
   * attempt until then, also after the window itself has ended.
   */
  lockedUntil: Date | null;
}

export const RateLimitWindowEntity = new EntitySchema<RateLimitWindow>({
  name: 'RateLimitWindow',
  tableName: 'rate_limit_window',
  columns: { id: idColumn, subject: stringColumn(80), windowStart: dateColumn(), hits: intColumn({ default: 0 }), lockedUntil: dateColumn({ nullable: true }) },
  uniques: [{ name: 'UQ_rate_limit_window', columns: ['subject', 'windowStart'] }],
});
