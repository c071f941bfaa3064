import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../../platform/columns.js';

/** A member's growth value (1 per yuan paid, less refunds) and the tier it has earned. */
export interface MemberGrowth extends Timestamps {
  id: number;
  memberId: number;
  growth: number;
  tierCode: string;
}

export const MemberGrowthEntity = new EntitySchema<MemberGrowth>({
  name: 'MemberGrowth',
  tableName: 'member_growth',
  columns: {
    id: idColumn,
    memberId: intColumn({ unique: true }),
    growth: intColumn({ default: 0 }),
    tierCode: stringColumn(32),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_member_growth_tier', columns: ['tierCode'] }],
});
