/**
 * Which standards each nominee must meet and whether the workbook shows them met.
 * Shared by CRITERION_NOT_MET (lands where the mark is) and NOMINEE_NOT_ELIGIBLE (lands on
 * the nominee row when the failed standard is recorded in another sheet).
 */
import type { CheckContext, CriteriaRecord, NomineeRecord } from './context';
import type { Criterion, UnitCategoryOrUnknown } from './plan/schema';
import type { Mark } from './normalize/mark';
import { foldKey } from './normalize/text';

export interface CriterionFailure {
  criterion: Criterion;
  mark: Exclude<Mark, 'yes'>;
  text: string;
  /** Where the mark is: the criteria sheet's row, or the nominee row itself. */
  where: 'criteria' | 'nominee';
  sheet: string;
  row: number;
}

export interface NomineeCriteria {
  nominee: NomineeRecord;
  required: Criterion[];
  failures: CriterionFailure[];
  /** A criteria sheet exists but has no row for this nominee. */
  notRecorded: boolean;
  record?: CriteriaRecord;
}

const cache = new WeakMap<CheckContext, NomineeCriteria[]>();

export function nomineeCategory(ctx: CheckContext, n: NomineeRecord): UnitCategoryOrUnknown {
  return n.asUnit?.category ?? 'unknown';
}

/** The plan's standards of a source that apply to this nominee. */
export function standardsFor(ctx: CheckContext, n: NomineeRecord, source: Criterion['source']): Criterion[] {
  const list = n.kind === 'collective' ? ctx.plan.criteria.collective : ctx.plan.criteria.individual;
  const cat = nomineeCategory(ctx, n);
  return list.filter((c) => c.source === source && (!c.categories || (cat !== 'unknown' && c.categories.includes(cat))));
}

function findCriteriaRow(ctx: CheckContext, n: NomineeRecord): CriteriaRecord | undefined {
  if (!ctx.criteria.length || !n.name) return undefined;
  if (n.kind === 'collective' && n.asUnit) return ctx.findUnit(ctx.criteria, n.asUnit);
  const key = foldKey(n.name);
  return ctx.criteria.find((c) => c.nameKey === key);
}

export function nomineeCriteria(ctx: CheckContext): NomineeCriteria[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: NomineeCriteria[] = [];
  // Individuals are looked for in the criteria sheet only when it lists people at all.
  const sheetListsPeople = ctx.nominees.some((n) => n.kind === 'individual' && n.name && findCriteriaRow(ctx, n));
  for (const n of ctx.nominees) {
    if (!n.name) continue;
    const required = standardsFor(ctx, n, 'sheet');
    const res: NomineeCriteria = { nominee: n, required, failures: [], notRecorded: false };
    out.push(res);
    if (!required.length) continue;
    const ownCols = ctx.criteriaColumns.get(n.table);
    if (ownCols && ownCols.size) {
      for (const c of required) {
        const m = n.marks.get(c.code);
        if (!m || m.mark === 'yes') continue;
        res.failures.push({ criterion: c, mark: m.mark, text: m.text, where: 'nominee', sheet: n.table.sheet, row: n.row });
      }
      continue;
    }
    if (!ctx.criteria.length) continue;
    const rec = findCriteriaRow(ctx, n);
    if (!rec) {
      if (n.kind === 'collective' || sheetListsPeople) res.notRecorded = true;
      continue;
    }
    res.record = rec;
    for (const c of required) {
      const m = rec.marks.get(c.code);
      if (!m || m.mark === 'yes') continue;
      res.failures.push({ criterion: c, mark: m.mark, text: m.text, where: 'criteria', sheet: rec.table.sheet, row: rec.row });
    }
  }
  cache.set(ctx, out);
  return out;
}

/**
 * A criterion's name for a message: its label when short, else the first heading offices
 * use for it (Vietnamese), else the label cut at a word.
 */
export function criterionLabel(c: Criterion, lang: 'vi' | 'en'): string {
  const label = lang === 'en' ? (c.label.en ?? c.label.vi) : c.label.vi;
  if (label.length <= 60) return label;
  if (lang === 'vi' && c.aliases[0]) return c.aliases[0];
  const cut = label.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
