import type { ModuleDefinition } from '../module-definition.js';
import { NotificationEntity } from './notification.entity.js';
import { notificationsJob } from './notifications.job.js';

/** The notifications module: WeChat subscribe messages, queued in the order's transaction and sent by a job. */
export const notificationsModule: ModuleDefinition = {
  name: 'notifications',
  entities: [NotificationEntity],
  routes: [],
  jobs: [notificationsJob],
};
