import type { Rule } from './types';

/**
 * A unit whose category neither a category column nor its name tells. Reported once per
 * unit, on its turnout row, else its units-sheet row.
 */
export const unitCategoryUnknown: Rule = {
  id: 'UNIT_CATEGORY_UNKNOWN',
  severity: 'warning',
  check(ctx, emit) {
    const seen = new Set<string>();
    for (const r of [...ctx.turnout, ...ctx.units]) {
      if (r.unit.category !== 'unknown' || seen.has(r.unit.key)) continue;
      seen.add(r.unit.key);
      emit({ sheet: r.table.sheet, rows: [r.row], unit: r.unit.name, subject: r.unit.key, params: { unit: r.unit.name }, values: {} });
    }
    // Proposing units decide which quota applies: an unknown one is worth a word too.
    if (!ctx.plan.quotas) return;
    for (const n of ctx.nominees) {
      const p = n.proposer;
      if (!p || p.category !== 'unknown' || seen.has(p.key)) continue;
      seen.add(p.key);
      emit({ sheet: n.table.sheet, rows: [], unit: p.name, subject: p.key, params: { unit: p.name }, values: { role: 'proposer' } });
    }
  },
};
