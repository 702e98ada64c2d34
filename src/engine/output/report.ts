/** The report of CONTRACT.md: deterministic and sorted (apart from `checkedAt`). */
import type { CheckResult } from '../check';
import type { Plan } from '../plan/schema';
import { VERSION } from '../version';

export interface Report {
  tool: 'thidua';
  version: string;
  plan: string;
  workbook: string;
  checkedAt: string;
  /** Extension: the unit the workbook belongs to and whether it was inferred. */
  unit: { name: string | null; inferred: boolean };
  findings: {
    rule: string;
    severity: string;
    sheet: string;
    rows: number[];
    unit?: string;
    message: string;
    values: Record<string, unknown>;
    key: string;
    waived?: { by: string; reason: string; at?: string };
  }[];
  /** Extension: what the checker could not check or had to guess, one sentence each. */
  notices: { code: string; sheet?: string; message: string }[];
  summary: {
    errors: number;
    warnings: number;
    waived: number;
    criteriaChecked: boolean;
    units: { unit: string; category: string; registered: number | null; voted: number | null; rate: number | null; source: string }[];
    total: { registered: number; voted: number; rate: number | null };
    quotas: { unit: string; kind: string; proposed: number; limit: number }[];
    awards: { form: string; collectives: number; individuals: number; amountVnd: number | null }[];
    totalAmountVnd: number;
  };
}

export function buildReport(result: CheckResult, plan: Plan, workbookName: string): Report {
  const s = result.summary;
  return {
    tool: 'thidua',
    version: VERSION,
    plan: plan.id,
    workbook: workbookName,
    checkedAt: result.checkedAt,
    unit: result.workbookUnit,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      rows: f.rows,
      ...(f.unit ? { unit: f.unit } : {}),
      message: f.message,
      values: f.values,
      key: f.key,
      ...(f.waived ? { waived: f.waived } : {}),
    })),
    notices: result.notices.map((n) => ({ code: n.code, ...(n.sheet ? { sheet: n.sheet } : {}), message: n.message })),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      waived: s.waived,
      criteriaChecked: result.criteriaChecked,
      units: s.units.map((u) => ({
        unit: u.unit,
        category: u.category,
        registered: u.registered,
        voted: u.voted,
        rate: u.rate,
        source: u.source,
      })),
      total: s.total,
      quotas: s.quotas.map((q) => ({ unit: q.unit, kind: q.kind, proposed: q.proposed, limit: q.limit })),
      awards: s.awards.map((a) => ({ form: a.form, collectives: a.collectives, individuals: a.individuals, amountVnd: a.amountVnd })),
      totalAmountVnd: s.totalAmountVnd,
    },
  };
}
