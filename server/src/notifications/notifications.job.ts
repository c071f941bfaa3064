import type { Job } from '../jobs/job.js';

/** Sends queued member notifications (订阅消息) through WeChat. */
export const notificationsJob: Job = {
  name: 'notifications.send',
  run: (services) => services.notifications.sendPending(),
};
