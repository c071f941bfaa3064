import type { Services } from '../services.js';

/** A periodic job. `run` must be safe if two processes run it at once (conditional updates). */
export interface Job {
  name: string;
  run(services: Services, now: Date): Promise<number>;
}
