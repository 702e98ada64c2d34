/**
 * Turnout per unit, computed once per check and shared by the turnout rules, the
 * eligibility rule and the summary: from the turnout sheet when it gives the unit,
 * otherwise from the member list (voted / members of that unit).
 */
import type { CheckContext, TurnoutRecord, UnitRef } from './context';
import { makeUnitRef } from './context';
import type { MessageParams } from './findings';
import type { UnitCategoryOrUnknown } from './plan/schema';

export interface UnitTurnout {
  unit: UnitRef;
  source: 'sheet' | 'members';
  record?: TurnoutRecord;
  /** Where unit-level findings land. */
  sheet: string;
  rows: number[];
  registered: number | null;
  voted: number | null;
  /** voted / registered, exact; null when the counts are unusable. */
  ratio: number | null;
  /** Why the counts are unusable. */
  problem?: MessageParams['problem'];
  problemText?: string;
  /** The rate the sheet states, as a fraction. */
  stated?: number;
  min: number | null;
  target: number | null;
  /** Member rows counted (member-derived turnout). */
  memberRows?: number[];
}

const cache = new WeakMap<CheckContext, UnitTurnout[]>();

export function minFor(ctx: CheckContext, category: UnitCategoryOrUnknown): number | null {
  const t = ctx.plan.turnout;
  if (category !== 'unknown' && t.minByCategory && category in t.minByCategory) return t.minByCategory[category] ?? null;
  return t.min;
}

/** `voted / registered < limit` on the exact counts (98,0% meets 98%). */
export function below(voted: number, registered: number, limit: number): boolean {
  return voted < limit * registered - 1e-9 * Math.max(1, registered);
}

export function unitTurnouts(ctx: CheckContext): UnitTurnout[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: UnitTurnout[] = [];
  const target = ctx.plan.turnout.target;
  for (const r of ctx.turnout) {
    const u: UnitTurnout = {
      unit: r.unit,
      source: 'sheet',
      record: r,
      sheet: r.table.sheet,
      rows: [r.row],
      registered: r.registered.kind === 'number' ? r.registered.value : null,
      voted: r.voted.kind === 'number' ? r.voted.value : null,
      ratio: null,
      min: minFor(ctx, r.unit.category),
      target,
    };
    if (r.rate.kind === 'number') u.stated = r.rate.value;
    if (r.registered.kind === 'invalid' || r.registered.kind === 'error') {
      u.problem = 'unreadable';
      u.problemText = r.registered.raw;
    } else if (r.voted.kind === 'invalid' || r.voted.kind === 'error') {
      u.problem = 'unreadable';
      u.problemText = r.voted.raw;
    } else if (u.registered === null) u.problem = 'missing_registered';
    else if (u.voted === null) u.problem = 'missing_voted';
    else if (u.registered < 0 || u.voted < 0) u.problem = 'negative';
    else if (u.registered === 0) u.problem = 'zero_registered';
    else if (u.voted > u.registered) u.problem = 'voted_over_registered';
    else u.ratio = u.voted / u.registered;
    out.push(u);
  }

  // Units the turnout sheet does not give: count their members.
  if (ctx.members.length) {
    const groups = new Map<string, { unit: UnitRef; rows: number[]; voted: number; sheet: string }>();
    // Thousands of members share a handful of unit names: build each unit's ref once.
    const refs = new Map<string, UnitRef>();
    for (const m of ctx.members) {
      const name = m.unitName || ctx.workbookUnit.name || '';
      let ref = refs.get(name);
      if (!ref) {
        ref = makeUnitRef(name, ctx.categoryOf(name), ctx.plan.electionOfficeUnits);
        refs.set(name, ref);
      }
      const key = ref.key;
      let g = groups.get(key);
      if (!g) {
        g = { unit: ref, rows: [], voted: 0, sheet: m.table.sheet };
        groups.set(key, g);
      }
      g.rows.push(m.row);
      if (m.voted === 'yes') g.voted++;
    }
    for (const g of groups.values()) {
      if (g.unit.name && ctx.findUnit(ctx.turnout, g.unit)) continue;
      const unitRow = g.unit.name ? ctx.findUnit(ctx.units, g.unit) : undefined;
      const unit = unitRow ? unitRow.unit : g.unit;
      out.push({
        unit,
        source: 'members',
        sheet: unitRow ? unitRow.table.sheet : g.sheet,
        rows: unitRow ? [unitRow.row] : [],
        registered: g.rows.length,
        voted: g.voted,
        ratio: g.voted / g.rows.length,
        min: minFor(ctx, unit.category),
        target,
        memberRows: g.rows,
      });
    }
  }
  cache.set(ctx, out);
  return out;
}

/** The turnout of the unit a nominated collective is, if any sheet gives it. */
export function turnoutOf(ctx: CheckContext, unit: UnitRef): UnitTurnout | undefined {
  const list = unitTurnouts(ctx);
  return ctx.findUnit(list, unit);
}
