import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, stringColumn } from '../platform/columns.js';

/**
 * A code a member types to receive a coupon. `single`: redeemed once by anyone (conditional
 * update on redeemedBy). `shared`: one per template, once per member (instance sourceRef key).
 */
export interface RedeemCode {
  id: number;
  templateId: number;
  code: string;
  kind: 'single' | 'shared';
  redeemedBy: number | null;
  redeemedAt: Date | null;
  createdAt: Date;
}

export const RedeemCodeEntity = new EntitySchema<RedeemCode>({
  name: 'RedeemCode',
  tableName: 'coupon_redeem_code',
  columns: {
    id: idColumn,
    templateId: intColumn(),
    code: stringColumn(32, { unique: true }),
    kind: stringColumn(8),
    redeemedBy: intColumn({ nullable: true }),
    redeemedAt: dateColumn({ nullable: true }),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [{ name: 'IDX_coupon_redeem_code_template', columns: ['templateId', 'kind'] }],
});
