/**
 * The figures of the summary (Tổng hợp) and of the report's `summary` block: turnout per
 * unit (sums of counts, never averages of rates), quotas used against allowed, counts and
 * reward money per award form.
 */
import type { CheckContext } from './context';
import type { Finding } from './findings';
import type { UnitCategoryOrUnknown } from './plan/schema';
import { unitTurnouts } from './turnout';
import { quotaUsage } from './quotas';
import { duplicateClusters } from './identity';
import { rewardVnd } from './plan/money';

export interface UnitSummary {
  unit: string;
  category: UnitCategoryOrUnknown;
  registered: number | null;
  voted: number | null;
  rate: number | null;
  /** Where the figures come from: the turnout sheet or the member list. */
  source: 'sheet' | 'members';
  min: number | null;
  target: number | null;
  sheet: string;
  row: number | null;
}

export interface QuotaSummary {
  unit: string;
  category: UnitCategoryOrUnknown;
  kind: 'collective' | 'individual' | 'combined';
  proposed: number;
  limit: number;
}

export interface AwardSummary {
  form: string;
  /** Whether the plan allows this form (false: written as the list spelled it). */
  allowed: boolean;
  collectives: number;
  individuals: number;
  /** Estimated reward; null when the plan gives no coefficient for the form. */
  amountVnd: number | null;
}

export interface SummaryData {
  errors: number;
  warnings: number;
  waived: number;
  units: UnitSummary[];
  total: { registered: number; voted: number; rate: number | null };
  quotas: QuotaSummary[];
  awards: AwardSummary[];
  totalAmountVnd: number;
  nominees: { collectives: number; individuals: number };
}

export function buildSummary(ctx: CheckContext, findings: Finding[]): SummaryData {
  const live = findings.filter((f) => !f.waived);
  const units: UnitSummary[] = unitTurnouts(ctx).map((u) => ({
    unit: u.unit.name,
    category: u.unit.category,
    registered: u.registered,
    voted: u.voted,
    rate: u.ratio,
    source: u.source,
    min: u.min,
    target: u.target,
    sheet: u.sheet,
    row: u.rows[0] ?? null,
  }));
  let registered = 0;
  let voted = 0;
  for (const u of units) {
    if (u.rate === null || u.registered === null || u.voted === null) continue;
    registered += u.registered;
    voted += u.voted;
  }
  const quotas = quotaUsage(ctx).map((q) => ({
    unit: q.unit.name,
    category: q.unit.category,
    kind: q.kind,
    proposed: q.proposed,
    limit: q.limit,
  }));

  // Each nominee once (a repeated row is the same award), per award form.
  const repeated = new Set(duplicateClusters(ctx.nominees).flatMap((c) => c.slice(1)));
  const money = ctx.plan.money;
  const base = money?.baseSalaryVnd;
  const byForm = new Map<string, AwardSummary & { order: number }>();
  let collectives = 0;
  let individuals = 0;
  for (const n of ctx.nominees) {
    if (!n.name || repeated.has(n)) continue;
    if (n.kind === 'collective') collectives++;
    else individuals++;
    if (!n.formText) continue;
    const name = n.form?.name ?? n.formText;
    const order = n.form && ctx.plan.awardForms ? ctx.plan.awardForms.indexOf(n.form) : 1000;
    const a = byForm.get(name) ?? {
      form: name,
      allowed: !!n.form || !ctx.plan.awardForms,
      collectives: 0,
      individuals: 0,
      amountVnd: n.form?.coefficient && base ? 0 : null,
      order,
    };
    if (n.kind === 'collective') a.collectives++;
    else a.individuals++;
    if (a.amountVnd !== null && n.form?.coefficient && money) {
      const coef = n.kind === 'collective' ? n.form.coefficient.collective : n.form.coefficient.individual;
      // Each award is rounded on its own (the plan's step and direction), then summed.
      a.amountVnd += rewardVnd(coef, money);
    }
    byForm.set(name, a);
  }
  const awards = [...byForm.values()]
    .sort((a, b) => a.order - b.order || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
    .map(({ order: _order, ...rest }) => rest);
  return {
    errors: live.filter((f) => f.severity === 'error').length,
    warnings: live.filter((f) => f.severity === 'warning').length,
    waived: findings.length - live.length,
    units,
    total: { registered, voted, rate: registered > 0 ? voted / registered : null },
    quotas,
    awards,
    totalAmountVnd: awards.reduce((s, a) => s + (a.amountVnd ?? 0), 0),
    nominees: { collectives, individuals },
  };
}
