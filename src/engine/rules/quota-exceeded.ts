import type { Rule } from './types';
import { quotaUsage } from '../quotas';

/** A proposing unit over its quota: one finding per unit and quota, listing every row counted. */
export const quotaExceeded: Rule = {
  id: 'QUOTA_EXCEEDED',
  severity: 'error',
  check(ctx, emit) {
    for (const q of quotaUsage(ctx)) {
      if (q.proposed <= q.limit) continue;
      const sheets = [...new Set(q.rows.map((r) => r.table.sheet))];
      const sheet = sheets[0]!;
      const rows = q.rows
        .filter((r) => r.table.sheet === sheet)
        .map((r) => r.row)
        .sort((a, b) => a - b);
      const others = q.rows.filter((r) => r.table.sheet !== sheet).map((r) => `'${r.table.sheet}'!${r.row}`);
      emit({
        sheet,
        rows,
        unit: q.unit.name,
        subject: `${q.unit.key}|${q.kind}`,
        params: { unit: q.unit.name, kind: q.kind, proposed: q.proposed, limit: q.limit },
        values: { kind: q.kind, proposed: q.proposed, limit: q.limit, ...(others.length ? { others } : {}) },
      });
    }
  },
};
