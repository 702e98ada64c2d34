import type { Rule } from './types';

/** An award form the plan does not allow, after normalising spelling and abbreviations. */
export const awardFormNotAllowed: Rule = {
  id: 'AWARD_FORM_NOT_ALLOWED',
  severity: 'error',
  check(ctx, emit) {
    if (!ctx.plan.awardForms) return;
    for (const n of ctx.nominees) {
      if (!n.formText || n.form) continue;
      emit({
        sheet: n.table.sheet,
        rows: [n.row],
        unit: n.proposer?.name,
        subject: `${n.nameKey}|${n.formText}`,
        params: { form: n.formText },
        values: { form: n.formText, allowed: ctx.plan.awardForms.map((f) => f.name) },
      });
    }
  },
};
