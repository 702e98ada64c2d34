import type { Rule } from './types';
import { dossierDeadline } from '../plan/calendar';
import { compareIso } from '../normalize/date';

/** A dossier dated after the deadline: N working days before the summary conference. */
export const dossierLate: Rule = {
  id: 'DOSSIER_LATE',
  severity: 'error',
  check(ctx, emit) {
    const deadline = dossierDeadline(ctx.plan, ctx.options.conferenceDate);
    if (!deadline) return;
    for (const n of ctx.nominees) {
      if (n.dossierDate?.kind !== 'date') continue;
      if (compareIso(n.dossierDate.iso, deadline) <= 0) continue;
      emit({
        sheet: n.table.sheet,
        rows: [n.row],
        unit: n.proposer?.name,
        subject: `${n.nameKey}|${n.row}`,
        params: { date: n.dossierDate.iso, deadline },
        values: { date: n.dossierDate.iso, deadline },
      });
    }
  },
};
