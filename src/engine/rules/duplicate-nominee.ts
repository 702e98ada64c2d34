import type { Rule } from './types';
import { duplicateClusters, place } from '../identity';
import type { NomineeRecord } from '../context';

/**
 * The same person or collective proposed twice, in one list or across units. One finding
 * per sheet with that sheet's rows; the places in other sheets go in `values.others`.
 */
export const duplicateNominee: Rule = {
  id: 'DUPLICATE_NOMINEE',
  severity: 'error',
  check(ctx, emit) {
    const exclusive = ctx.plan.quotas?.limits.filter((q) => q.individualsExclusiveOf?.length) ?? [];
    for (const cluster of duplicateClusters(ctx.nominees)) {
      const first = cluster[0]!;
      // Plan A: the office may not propose someone a department or district already proposes.
      const exclusiveOf = cluster.some((a) =>
        exclusive.some(
          (q) =>
            a.kind === 'individual' &&
            a.proposer?.category === q.category &&
            cluster.some((b) => b.proposer && q.individualsExclusiveOf!.includes(b.proposer.category as never)),
        ),
      );
      const bySheet = new Map<string, NomineeRecord[]>();
      for (const n of cluster) bySheet.set(n.table.sheet, [...(bySheet.get(n.table.sheet) ?? []), n]);
      for (const [sheet, rows] of bySheet) {
        const others = cluster.filter((n) => n.table.sheet !== sheet).map(place);
        emit({
          sheet,
          rows: rows.map((n) => n.row).sort((a, b) => a - b),
          unit: rows[0]!.proposer?.name,
          subject: `${first.kind}|${first.nameKey}|${first.birth ?? ''}`,
          params: { name: first.name, others, exclusiveOf },
          values: { name: first.name, others, ...(first.birth ? { birth: first.birth } : {}) },
        });
      }
    }
  },
};
