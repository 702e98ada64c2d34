/** Builds workbook models from plain arrays, and runs the engine on them, for table-driven tests. */
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../../src/engine/model';
import { check, type CheckInput, type CheckResult } from '../../src/engine/check';
import { getPreset } from '../../src/engine/plan/presets';
import type { Plan } from '../../src/engine/plan/schema';
import type { RuleId } from '../../src/engine/findings';

/** A cell given as a plain value, or a full Cell (`{ v: 0.985, f: '0.0%' }`). */
export type CellInput = CellValue | Cell | undefined;

function toCell(x: CellInput): Cell | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'object' && !(x instanceof Date) && 'v' in x) return x;
  return { v: x as CellValue };
}

export function sheet(name: string, rows: CellInput[][]): SheetModel {
  return { name, rows: rows.map((r) => r.map(toCell)) };
}

export function workbook(...sheets: SheetModel[]): WorkbookModel {
  return { name: 'test.xlsx', sheets };
}

/** A UTC date (Excel's dates are calendar days). */
export function d(day: number, month: number, year: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function plan(id: string, patch?: (p: Plan) => void): Plan {
  const p = structuredClone(getPreset(id)!);
  if (!p) throw new Error(`no preset ${id}`);
  patch?.(p);
  return p;
}

export function run(model: WorkbookModel, p: Plan | string, opts: Partial<CheckInput> = {}): CheckResult {
  return check({ model, plan: typeof p === 'string' ? plan(p) : p, now: () => new Date('2021-06-01T00:00:00Z'), ...opts });
}

/** The findings of one rule, as `{ sheet, rows }` (add `unit` with `withUnit`). */
export function found(result: CheckResult, rule: RuleId, withUnit = false): { sheet: string; rows: number[]; unit?: string }[] {
  return result.findings
    .filter((f) => f.rule === rule)
    .map((f) => ({ sheet: f.sheet, rows: f.rows, ...(withUnit ? { unit: f.unit } : {}) }));
}
