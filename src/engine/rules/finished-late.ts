import type { Rule } from './types';
import { compareIso } from '../normalize/date';

/**
 * Completion after the scheduled date: the row's own scheduled date when the sheet has
 * one, else the plan's (plan A: election day), when the plan makes it a standard (L5).
 */
export const finishedLate: Rule = {
  id: 'FINISHED_LATE',
  severity: 'error',
  check(ctx, emit) {
    const c = ctx.plan.criteria;
    if (![...c.collective, ...c.individual].some((x) => x.source === 'completion')) return;
    const planDate = ctx.plan.turnout.scheduledCompletion ?? ctx.plan.electionDate;
    for (const r of ctx.turnout) {
      if (r.completed?.kind !== 'date') continue;
      const scheduled = r.scheduled?.kind === 'date' ? r.scheduled.iso : planDate;
      if (compareIso(r.completed.iso, scheduled) <= 0) continue;
      emit({
        sheet: r.table.sheet,
        rows: [r.row],
        unit: r.unit.name,
        subject: r.unit.key,
        params: { date: r.completed.iso, scheduled },
        values: { completed: r.completed.iso, scheduled },
      });
    }
  },
};
