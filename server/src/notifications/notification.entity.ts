import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, jsonColumn, stringColumn, textColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type NotificationKind = 'pickup_ready' | 'pickup_reminder';
/** `no_recipient`: the member has no WeChat account to message (registered by phone at a counter). */
export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'no_recipient';

/**
 * A message to a member, written in the transaction of the change it tells about (the outbox),
 * then sent by a job: a rolled-back change sends nothing, a committed one is never forgotten.
 * One per kind and order.
 */
export interface Notification extends Timestamps {
  id: number;
  memberId: number;
  kind: NotificationKind;
  orderId: number;
  page: string;
  data: Record<string, string>;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
}

export const NotificationEntity = new EntitySchema<Notification>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    kind: stringColumn(24),
    orderId: intColumn(),
    page: stringColumn(200),
    data: jsonColumn(),
    status: stringColumn(16),
    attempts: intColumn({ default: 0 }),
    lastError: textColumn({ nullable: true }),
    sentAt: dateColumn({ nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_notification_kind_order', columns: ['kind', 'orderId'] }],
  indices: [{ name: 'IDX_notification_status_id', columns: ['status', 'id'] }],
});
