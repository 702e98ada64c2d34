import type { Rule } from './types';
import type { MessageParams } from '../findings';

/**
 * A nominee row without a name, proposing unit, award form or achievement summary: one
 * finding per row naming every missing field. A field whose column the list does not have
 * at all is reported once as a notice instead (see check.ts), not on every row.
 */
export const missingField: Rule = {
  id: 'MISSING_FIELD',
  severity: 'error',
  check(ctx, emit) {
    for (const n of ctx.nominees) {
      const t = n.table;
      const fields: NonNullable<MessageParams['fields']> = [];
      if (!n.name) fields.push('name');
      if (n.proposerFromColumn && !n.proposer) fields.push('unit');
      if (t.columns.awardForm !== undefined && !n.formText) fields.push('awardForm');
      if (t.columns.achievement !== undefined && !n.achievement) fields.push('achievement');
      if (!fields.length) continue;
      emit({
        sheet: t.sheet,
        rows: [n.row],
        unit: n.proposer?.name,
        subject: `${n.nameKey || n.row}|missing`,
        params: { fields },
        values: { fields },
      });
    }
  },
};
