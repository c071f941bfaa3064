import { EntitySchema } from 'typeorm';
import { dateColumn, stringColumn } from '../platform/columns.js';

/** One row per scheduled job: whoever holds an unexpired lease runs it; others skip. */
export interface JobLease {
  name: string;
  owner: string | null;
  leaseUntil: Date;
  lastRunAt: Date | null;
}

export const JobLeaseEntity = new EntitySchema<JobLease>({
  name: 'JobLease',
  tableName: 'job_lease',
  columns: {
    name: { type: 'varchar', length: 64, primary: true },
    owner: stringColumn(64, { nullable: true }),
    leaseUntil: dateColumn(),
    lastRunAt: dateColumn({ nullable: true }),
  },
});
