import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../../platform/columns.js';

/** A membership tier and its benefits; a member reaches it at `growthThreshold` growth value. */
export interface MemberTier extends Timestamps {
  id: number;
  code: string;
  name: string;
  growthThreshold: number;
  /** Percent of the price paid (95 = 5% off); null: no tier discount. */
  discountPercent: number | null;
  /** Free shipping from this goods total in fen (0 = always); null: the shop's default. */
  freeShippingThreshold: number | null;
  birthdayCouponTemplateId: number | null;
  sortOrder: number;
}

export const MemberTierEntity = new EntitySchema<MemberTier>({
  name: 'MemberTier',
  tableName: 'member_tier',
  columns: {
    id: idColumn,
    code: stringColumn(32, { unique: true }),
    name: stringColumn(30),
    growthThreshold: intColumn(),
    discountPercent: intColumn({ nullable: true }),
    freeShippingThreshold: intColumn({ nullable: true }),
    birthdayCouponTemplateId: intColumn({ nullable: true }),
    sortOrder: intColumn({ default: 0 }),
    ...timestampColumns,
  },
});
