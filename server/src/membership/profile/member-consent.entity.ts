import { EntitySchema } from 'typeorm';
import type { ConsentKind } from '@shop/shared';
import { boolColumn, dateColumn, idColumn, intColumn, stringColumn } from '../../platform/columns.js';

/** Append-only record of every consent given or withdrawn; the latest row per kind is in force. */
export interface MemberConsent {
  id: number;
  memberId: number;
  kind: ConsentKind;
  granted: boolean;
  version: string;
  createdAt: Date;
}

export const MemberConsentEntity = new EntitySchema<MemberConsent>({
  name: 'MemberConsent',
  tableName: 'member_consent',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    kind: stringColumn(16),
    granted: boolColumn(false),
    version: stringColumn(32),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [{ name: 'IDX_member_consent_member_kind', columns: ['memberId', 'kind', 'id'] }],
});
