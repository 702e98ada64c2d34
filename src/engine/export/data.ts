/**
 * The machine-readable block of a summary export: what the level above needs to read a
 * unit's summary back exactly (unit, level, plan, counts, nominees, findings). It travels
 * inside the exported workbook as JSON split over the cells of a very hidden sheet, which
 * both the package module (src/xlsx) and Office.js can read and write.
 */
import { z } from 'zod';
import type { CheckResult } from '../check';
import type { Plan, UnitCategoryOrUnknown } from '../plan/schema';
import { UNIT_CATEGORIES } from '../plan/schema';
import { VERSION } from '../version';

export const DATA_SHEET = 'thidua_data';
export const DATA_MAGIC = 'thidua-summary/v1';
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30000;

const category = z.enum([...UNIT_CATEGORIES, 'unknown']);

export const exportDataSchema = z.object({
  format: z.literal('thidua-summary'),
  version: z.literal(1),
  tool: z.string(),
  plan: z.string(),
  unit: z.object({ name: z.string(), category, inferred: z.boolean() }),
  workbook: z.string(),
  checkedAt: z.string(),
  /** The unit's own units with their counts (never rates). */
  units: z.array(z.object({ unit: z.string(), category, registered: z.number().nullable(), voted: z.number().nullable() })),
  total: z.object({ registered: z.number(), voted: z.number() }),
  nominees: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['collective', 'individual']),
      birth: z.string().nullable(),
      position: z.string(),
      workplace: z.string(),
      proposer: z.string(),
      form: z.string(),
      achievement: z.string(),
      dossierDate: z.string().nullable(),
    }),
  ),
  findings: z.array(
    z.object({
      rule: z.string(),
      severity: z.enum(['error', 'warning']),
      sheet: z.string(),
      rows: z.array(z.number()),
      unit: z.string().optional(),
      message: z.string(),
      key: z.string(),
      waived: z.object({ by: z.string(), reason: z.string(), at: z.string().optional() }).optional(),
    }),
  ),
  quotas: z.array(z.object({ unit: z.string(), kind: z.string(), proposed: z.number(), limit: z.number() })),
  awards: z.array(z.object({ form: z.string(), collectives: z.number(), individuals: z.number(), amountVnd: z.number().nullable() })),
  totalAmountVnd: z.number(),
});
export type ExportData = z.infer<typeof exportDataSchema>;

export function buildExportData(result: CheckResult, plan: Plan, workbookName: string, unitOverride?: string): ExportData {
  const ctx = result.context;
  const unitName = unitOverride ?? result.workbookUnit.name ?? workbookName.replace(/\.xlsx$/i, '');
  const s = result.summary;
  return {
    format: 'thidua-summary',
    version: 1,
    tool: VERSION,
    plan: plan.id,
    unit: { name: unitName, category: ctx.categoryOf(unitName), inferred: !unitOverride && result.workbookUnit.inferred },
    workbook: workbookName,
    checkedAt: result.checkedAt,
    units: s.units.map((u) => ({ unit: u.unit, category: u.category as UnitCategoryOrUnknown, registered: u.registered, voted: u.voted })),
    total: { registered: s.total.registered, voted: s.total.voted },
    nominees: ctx.nominees
      .filter((n) => n.name)
      .map((n) => ({
        name: n.name,
        kind: n.kind,
        birth: n.birth,
        position: n.position,
        workplace: n.workplace,
        proposer: n.proposer?.name ?? unitName,
        form: n.form?.name ?? n.formText,
        achievement: n.achievement,
        dossierDate: n.dossierDate?.kind === 'date' ? n.dossierDate.iso : null,
      })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      rows: f.rows,
      ...(f.unit ? { unit: f.unit } : {}),
      message: f.message,
      key: f.key,
      ...(f.waived ? { waived: f.waived } : {}),
    })),
    quotas: s.quotas.map((q) => ({ unit: q.unit, kind: q.kind, proposed: q.proposed, limit: q.limit })),
    awards: s.awards.map((a) => ({ form: a.form, collectives: a.collectives, individuals: a.individuals, amountVnd: a.amountVnd })),
    totalAmountVnd: s.totalAmountVnd,
  };
}

/** Column A of the data sheet: the magic line, then the JSON in chunks a cell can hold. */
export function encodeExportData(data: ExportData): string[] {
  const json = JSON.stringify(data);
  const out = [DATA_MAGIC];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

export type DecodeResult = { ok: true; data: ExportData } | { ok: false; reason: 'not_export' | 'damaged' };

export function decodeExportData(column: (string | null | undefined)[]): DecodeResult {
  if (column[0] !== DATA_MAGIC) return { ok: false, reason: 'not_export' };
  let raw: unknown;
  try {
    raw = JSON.parse(
      column
        .slice(1)
        .filter((x): x is string => typeof x === 'string')
        .join(''),
    );
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const r = exportDataSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, reason: 'damaged' };
}
