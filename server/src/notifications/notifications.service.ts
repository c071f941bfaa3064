import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { affectedRows, inTransaction } from '../platform/transaction.js';
import { MemberEntity } from '../membership/member.entity.js';
import type { SubscribeMessageSender } from '../wechat/subscribe-message.js';
import { NotificationEntity, type NotificationKind } from './notification.entity.js';

const MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a process that died while sending. */
const SENDING_TIMEOUT_MS = 5 * 60_000;
const BATCH = 50;

/** Member notifications: queued with the change they tell about, sent by a job through WeChat. */
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: SubscribeMessageSender,
    private readonly templates: AppConfig['messages']['templates'],
    private readonly logger: Logger,
  ) {}

  /** Queues a message inside the caller's transaction; a second one of the same kind for the order is ignored. */
  async enqueueWithin(manager: EntityManager, message: { memberId: number | null; kind: NotificationKind; orderId: number; page: string; data: Record<string, string> }): Promise<void> {
    if (message.memberId === null) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({ ...message, memberId: message.memberId, status: 'pending', attempts: 0, lastError: null, sentAt: null })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async queuedWithin(manager: EntityManager, kind: NotificationKind, orderId: number): Promise<boolean> {
    return manager.existsBy(NotificationEntity, { kind, orderId });
  }

  /**
   * Sends what is pending (the job). Each message is claimed (pending -> sending) by one
   * conditional update, so two processes never send it twice; a claim left by a process that
   * died mid-send is taken back after SENDING_TIMEOUT_MS. A message WeChat refuses is retried,
   * up to five attempts.
   */
  async sendPending(now = new Date()): Promise<number> {
    await inTransaction(this.dataSource, (m) => m.update(NotificationEntity, { status: 'sending', updatedAt: LessThan(new Date(now.getTime() - SENDING_TIMEOUT_MS)) }, { status: 'pending' }));
    const pending = await this.dataSource.manager.find(NotificationEntity, { where: { status: 'pending' }, order: { id: 'ASC' }, take: BATCH });
    let sent = 0;
    for (const notification of pending) {
      const claimed = await inTransaction(this.dataSource, (m) => m.update(NotificationEntity, { id: notification.id, status: 'pending' }, { status: 'sending', attempts: notification.attempts + 1 }));
      if (affectedRows(claimed) !== 1) continue;
      const member = await this.dataSource.manager.findOneBy(MemberEntity, { id: notification.memberId });
      if (!member?.openid) {
        // Nobody to message through WeChat until the person signs in there; retrying cannot help.
        await inTransaction(this.dataSource, (m) => m.update(NotificationEntity, { id: notification.id }, { status: 'no_recipient', lastError: '会员尚未绑定微信，无法发送订阅消息' }));
        continue;
      }
      try {
        await this.sender.send({
          touser: member.openid,
          templateId: this.templates[notification.kind === 'pickup_ready' ? 'pickupReady' : 'pickupReminder'],
          page: notification.page,
          data: Object.fromEntries(Object.entries(notification.data).map(([k, v]) => [k, { value: v }])),
        });
        await inTransaction(this.dataSource, (m) => m.update(NotificationEntity, { id: notification.id }, { status: 'sent', sentAt: new Date(), lastError: null }));
        sent++;
      } catch (error) {
        const lastError = error instanceof Error ? error.message : String(error);
        const status = notification.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
        await inTransaction(this.dataSource, (m) => m.update(NotificationEntity, { id: notification.id }, { status, lastError }));
        this.logger.warn({ notificationId: notification.id, err: error }, 'subscribe message not sent; will retry');
      }
    }
    return sent;
  }
}
