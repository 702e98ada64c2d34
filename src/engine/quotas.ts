/**
 * Nominations counted against each proposing unit's quota. Every proposed row counts,
 * including rows with other findings, except forms the plan keeps outside the quotas
 * (a head's own Giấy khen); a person or collective listed twice by one unit counts once.
 */
import type { CheckContext, NomineeRecord, UnitRef } from './context';
import { duplicateClusters } from './identity';

export interface QuotaUse {
  unit: UnitRef;
  kind: 'collective' | 'individual' | 'combined';
  proposed: number;
  limit: number;
  rows: NomineeRecord[];
}

const cache = new WeakMap<CheckContext, QuotaUse[]>();

export function quotaUsage(ctx: CheckContext): QuotaUse[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: QuotaUse[] = [];
  const limits = ctx.plan.quotas?.limits ?? [];
  if (limits.length) {
    const byUnit = new Map<string, { unit: UnitRef; rows: NomineeRecord[] }>();
    for (const n of ctx.nominees) {
      if (!n.proposer || !n.name) continue;
      if (n.form && !n.form.inQuota) continue;
      const g = byUnit.get(n.proposer.key) ?? { unit: n.proposer, rows: [] };
      g.rows.push(n);
      byUnit.set(n.proposer.key, g);
    }
    for (const { unit, rows } of byUnit.values()) {
      const q = limits.find((l) => l.category === unit.category);
      if (!q) continue;
      // Repeated rows of one nominee count once (a duplicate is always of one kind).
      const repeats = { collective: 0, individual: 0 };
      for (const c of duplicateClusters(rows)) repeats[c[0]!.kind] += c.length - 1;
      const coll = rows.filter((r) => r.kind === 'collective');
      const ind = rows.filter((r) => r.kind === 'individual');
      if (q.combined !== undefined)
        out.push({ unit, kind: 'combined', proposed: rows.length - repeats.collective - repeats.individual, limit: q.combined, rows });
      if (q.collective !== undefined)
        out.push({ unit, kind: 'collective', proposed: coll.length - repeats.collective, limit: q.collective, rows: coll });
      if (q.individual !== undefined)
        out.push({ unit, kind: 'individual', proposed: ind.length - repeats.individual, limit: q.individual, rows: ind });
    }
  }
  out.sort((a, b) => (a.unit.name < b.unit.name ? -1 : a.unit.name > b.unit.name ? 1 : a.kind < b.kind ? -1 : 1));
  cache.set(ctx, out);
  return out;
}
