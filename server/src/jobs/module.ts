import type { ModuleDefinition } from '../module-definition.js';
import { JobLeaseEntity } from './job-lease.entity.js';

/** The jobs module: the leases that spread periodic jobs over several processes. */
export const jobsModule: ModuleDefinition = {
  name: 'jobs',
  entities: [JobLeaseEntity],
  routes: [],
  jobs: [],
};
