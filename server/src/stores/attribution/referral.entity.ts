import { EntitySchema } from 'typeorm';
import type { ReferralSource } from '@shop/shared';
import { dateColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../../platform/columns.js';

/**
 * A member's 导购: the staff member whose share card or store QR brought them, credited with the
 * member's own orders until `expiresAt`. One row per member (unique), so "first binding wins"
 * is a conditional update of that row; an expired row is taken over by the next referral.
 */
export interface ReferralBinding extends Timestamps {
  id: number;
  memberId: number;
  staffId: number;
  /** The staff member's store when they referred the member. */
  storeId: number;
  source: ReferralSource;
  /** When this staff member's binding began (re-sharing extends it without moving this). */
  boundAt: Date;
  expiresAt: Date;
}

export const ReferralBindingEntity = new EntitySchema<ReferralBinding>({
  name: 'ReferralBinding',
  tableName: 'referral_binding',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    staffId: intColumn(),
    storeId: intColumn(),
    source: stringColumn(16),
    boundAt: dateColumn(),
    expiresAt: dateColumn(),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_referral_binding_member', columns: ['memberId'] }],
  indices: [{ name: 'IDX_referral_binding_staff', columns: ['staffId', 'expiresAt'] }],
});

/** Append-only log of binding changes, so the staffId an order carries can be explained afterwards. */
export interface ReferralEvent {
  id: number;
  memberId: number;
  staffId: number;
  storeId: number;
  source: ReferralSource;
  outcome: 'bound' | 'extended';
  expiresAt: Date;
  createdAt: Date;
}

export const ReferralEventEntity = new EntitySchema<ReferralEvent>({
  name: 'ReferralEvent',
  tableName: 'referral_event',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    staffId: intColumn(),
    storeId: intColumn(),
    source: stringColumn(16),
    outcome: stringColumn(16),
    expiresAt: dateColumn(),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [{ name: 'IDX_referral_event_member', columns: ['memberId', 'id'] }],
});
