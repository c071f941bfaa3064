import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Services } from '../services.js';
import { affectedRows, inTransaction } from '../platform/transaction.js';
import { JobLeaseEntity } from './job-lease.entity.js';
import { LessThanOrEqual } from 'typeorm';
import type { Job } from './job.js';
import { modules } from '../modules.js';

/** Every module's jobs, in the order of the module list (modules.ts says why it matters). */
export const jobs: readonly Job[] = modules.flatMap((module) => module.jobs);

/** Leases end a little before the next tick so the holder's own next tick can renew them. */
const LEASE_MARGIN_MS = 1000;

const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Takes the job's lease for `seconds` if nobody holds it. Leases only spread work between
 * instances; correctness never depends on them, because every job changes rows with
 * conditional updates that succeed once.
 */
export async function acquireLease(dataSource: DataSource, jobName: string, seconds: number, now = new Date()): Promise<boolean> {
  return inTransaction(dataSource, async (manager) => {
    await manager.createQueryBuilder().insert().into(JobLeaseEntity).values({ name: jobName, owner: null, leaseUntil: new Date(0), lastRunAt: null }).orIgnore().updateEntity(false).execute();
    const result = await manager.update(JobLeaseEntity, { name: jobName, leaseUntil: LessThanOrEqual(now) }, { owner, leaseUntil: new Date(now.getTime() + seconds * 1000 - LEASE_MARGIN_MS), lastRunAt: now });
    return affectedRows(result) === 1;
  });
}

export async function runJobOnce(services: Services, job: Job, now = new Date()): Promise<number> {
  if (!(await acquireLease(services.dataSource, job.name, services.config.jobs.intervalSeconds, now))) return 0;
  return job.run(services, now);
}

export function startScheduler(services: Services): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const job of jobs) {
        const processed = await runJobOnce(services, job);
        if (processed > 0) services.logger.info({ job: job.name, processed }, 'job ran');
      }
    } catch (error) {
      services.logger.error({ err: error }, 'job tick failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), services.config.jobs.intervalSeconds * 1000);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
