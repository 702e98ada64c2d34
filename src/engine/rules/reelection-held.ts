import type { Rule } from './types';

/** Bầu lại / bầu thêm recorded for a unit, when the plan makes that a standard (plan A, L4). */
export const reelectionHeld: Rule = {
  id: 'REELECTION_HELD',
  severity: 'error',
  check(ctx, emit) {
    const c = ctx.plan.criteria;
    if (![...c.collective, ...c.individual].some((x) => x.source === 'reelection')) return;
    for (const r of ctx.turnout) {
      const again = r.reelection === 'yes';
      const more = r.additional === 'yes';
      if (!again && !more) continue;
      const which = again && more ? 'both' : again ? 'reelection' : 'additional';
      emit({
        sheet: r.table.sheet,
        rows: [r.row],
        unit: r.unit.name,
        subject: r.unit.key,
        params: { which },
        values: { reelection: again ? r.reelectionText || true : false, additional: more ? r.additionalText || true : false },
      });
    }
  },
};
