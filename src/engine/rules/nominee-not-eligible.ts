import type { Rule } from './types';
import type { MessageParams } from '../findings';
import { criterionLabel, nomineeCriteria, standardsFor } from '../criteria';
import { below, turnoutOf } from '../turnout';
import { compareIso } from '../normalize/date';

/**
 * A nominated collective that fails a standard another sheet records (turnout, re-election,
 * completion, a criterion of the criteria sheet): one finding per failed standard, on the
 * nominee row, so the list itself shows why the nomination cannot stand.
 */
export const nomineeNotEligible: Rule = {
  id: 'NOMINEE_NOT_ELIGIBLE',
  severity: 'error',
  check(ctx, emit) {
    const planDate = ctx.plan.turnout.scheduledCompletion ?? ctx.plan.electionDate;
    for (const n of ctx.nominees) {
      if (n.kind !== 'collective' || !n.asUnit) continue;
      const base = { sheet: n.table.sheet, rows: [n.row], unit: n.name };
      const fail = (standard: NonNullable<MessageParams['standard']>, p: MessageParams, values: Record<string, unknown>, code: string) =>
        emit({ ...base, subject: `${n.nameKey}|${code}`, params: { standard, unit: n.name, ...p }, values: { standard: code, ...values } });

      const turnoutStd = standardsFor(ctx, n, 'turnout')[0];
      const t = turnoutStd ? turnoutOf(ctx, n.asUnit) : undefined;
      if (
        turnoutStd &&
        t &&
        t.ratio !== null &&
        t.min !== null &&
        t.voted !== null &&
        t.registered !== null &&
        below(t.voted, t.registered, t.min)
      ) {
        fail('turnout', { rate: t.ratio, min: t.min }, { rate: t.ratio, min: t.min, at: `${t.sheet}!${t.rows[0] ?? ''}` }, turnoutStd.code);
      }
      const record = ctx.findUnit(ctx.turnout, n.asUnit);
      const reStd = standardsFor(ctx, n, 'reelection')[0];
      if (reStd && record && (record.reelection === 'yes' || record.additional === 'yes')) {
        fail('reelection', {}, { at: `${record.table.sheet}!${record.row}` }, reStd.code);
      }
      const doneStd = standardsFor(ctx, n, 'completion')[0];
      if (doneStd && record?.completed?.kind === 'date') {
        const scheduled = record.scheduled?.kind === 'date' ? record.scheduled.iso : planDate;
        if (compareIso(record.completed.iso, scheduled) > 0) {
          fail('completion', { date: record.completed.iso }, { completed: record.completed.iso, scheduled }, doneStd.code);
        }
      }
    }
    for (const nc of nomineeCriteria(ctx)) {
      const n = nc.nominee;
      if (n.kind !== 'collective') continue;
      for (const f of nc.failures) {
        if (f.where !== 'criteria') continue;
        emit({
          sheet: n.table.sheet,
          rows: [n.row],
          unit: n.name,
          subject: `${n.nameKey}|${f.criterion.code}`,
          params: {
            standard: 'criterion',
            criterion: f.criterion.code,
            criterionLabel: criterionLabel(f.criterion, ctx.options.lang),
          },
          values: { standard: f.criterion.code, at: `${f.sheet}!${f.row}` },
        });
      }
    }
  },
};
