import type { EntitySchema } from 'typeorm';
import type { RouteModule } from './http/router.js';
import type { Job } from './jobs/job.js';

/**
 * What a business module contributes to the shop, declared once in its folder's `module.ts`:
 * its tables, its HTTP routes and its periodic jobs. `modules.ts` lists the modules; the app,
 * the data source and the scheduler loop over that list, so a new module is its folder plus one
 * entry there. (Its services are still built in services.ts; issue 14 moves them here too.)
 */
export interface ModuleDefinition {
  name: string;
  entities: readonly EntitySchema[];
  routes: readonly RouteModule[];
  /** Run in list order on every tick, after the jobs of the modules listed before this one. */
  jobs: readonly Job[];
}
