import type { Rule } from './types';
import { clusters, nameKeyOf, place, sameOtherFields } from '../identity';
import type { NomineeRecord } from '../context';

/**
 * Two nominees whose names differ only in diacritics (Nguyễn Văn An / Nguyễn Văn Ân) and
 * whose other identity fields match: maybe a typing slip, maybe two people — a warning.
 */
export const possibleDuplicate: Rule = {
  id: 'POSSIBLE_DUPLICATE',
  severity: 'warning',
  check(ctx, emit) {
    const byLoose = new Map<string, NomineeRecord[]>();
    for (const n of ctx.nominees) {
      if (!n.name) continue;
      const k = `${n.kind}|${n.kind === 'collective' && n.asUnit ? n.asUnit.key : n.looseName}`;
      byLoose.set(k, [...(byLoose.get(k) ?? []), n]);
    }
    for (const g of byLoose.values()) {
      if (g.length < 2 || new Set(g.map(nameKeyOf)).size < 2) continue;
      const related = (a: NomineeRecord, b: NomineeRecord) => nameKeyOf(a) !== nameKeyOf(b) && sameOtherFields(a, b);
      for (const cluster of clusters(g, related)) {
        if (new Set(cluster.map(nameKeyOf)).size < 2) continue;
        const bySheet = new Map<string, NomineeRecord[]>();
        for (const n of cluster) bySheet.set(n.table.sheet, [...(bySheet.get(n.table.sheet) ?? []), n]);
        for (const [sheet, rows] of bySheet) {
          const me = rows[0]!;
          const other = cluster.find((n) => nameKeyOf(n) !== nameKeyOf(me))!;
          const others = cluster.filter((n) => n.table.sheet !== sheet).map(place);
          emit({
            sheet,
            rows: rows.map((n) => n.row).sort((a, b) => a - b),
            unit: me.proposer?.name,
            subject: `${me.kind}|${me.looseName}|${me.birth ?? ''}`,
            params: { name: me.name, text: other.name, others },
            values: { names: [...new Set(cluster.map((n) => n.name))], others },
          });
        }
      }
    }
  },
};
