import type { Rule } from './types';
import { criterionLabel, nomineeCriteria } from '../criteria';

/**
 * A required criterion of a nominated collective or individual marked not met, left
 * blank or unreadable: one finding per failed criterion, on the row that holds the mark.
 * A nominee the criteria sheet does not list at all gets one finding on its own row.
 */
export const criterionNotMet: Rule = {
  id: 'CRITERION_NOT_MET',
  severity: 'error',
  check(ctx, emit) {
    const seen = new Set<string>();
    for (const nc of nomineeCriteria(ctx)) {
      const n = nc.nominee;
      if (nc.notRecorded) {
        const id = `${n.table.sheet}|${n.row}|-`;
        if (seen.has(id)) continue;
        seen.add(id);
        emit({
          sheet: n.table.sheet,
          rows: [n.row],
          unit: n.asUnit?.name ?? n.proposer?.name,
          subject: `${n.nameKey}|not-recorded`,
          params: { mark: 'not_recorded', name: n.name },
          values: { criteria: 'not_recorded' },
        });
        continue;
      }
      for (const f of nc.failures) {
        const id = `${f.sheet}|${f.row}|${f.criterion.code}`;
        if (seen.has(id)) continue;
        seen.add(id);
        emit({
          sheet: f.sheet,
          rows: [f.row],
          unit: n.kind === 'collective' ? (nc.record?.name ?? n.name) : n.proposer?.name,
          subject: `${n.nameKey}|${f.criterion.code}`,
          params: {
            criterion: f.criterion.code,
            criterionLabel: criterionLabel(f.criterion, ctx.options.lang),
            mark: f.mark,
            markText: f.text,
            name: n.name,
          },
          values: { criterion: f.criterion.code, mark: f.text, nominee: n.name },
        });
      }
    }
  },
};
