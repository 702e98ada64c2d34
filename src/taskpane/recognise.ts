/** How each sheet of a workbook is recognised (automatically, or by the user's mapping), for the mapping view. */
import { assignSheetUnits, prepareModel, titleLines } from '../engine/check';
import { criteriaMatcher } from '../engine/context';
import { MappingError, sheetTables, type Mapping } from '../engine/detect/mapping';
import { cellText } from '../engine/detect/cells';
import { detectSheetTables, type DetectedTable } from '../engine/detect/tables';
import type { Lang } from '../engine/findings';
import type { SheetModel, WorkbookModel } from '../engine/model';
import type { Plan } from '../engine/plan/schema';
import type { SheetRecognition, TableRecognition } from './services';

/** The header labels of a row range (1-based rows), joined per column as the detector does. */
export function headerLabels(sheet: SheetModel, headerRow: number, headerRows: number): string[] {
  const rows = Array.from({ length: headerRows }, (_, i) => sheet.rows[headerRow - 1 + i] ?? []);
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) =>
    rows
      .map((r) => cellText(r[c]))
      .filter(Boolean)
      .join(' / '),
  );
}

function tableRecognition(sheet: SheetModel, t: DetectedTable): TableRecognition {
  const headerRow = t.headerRows[0]!;
  const headerRows = t.headerRows.length;
  // The labels of every header column (a table's own labels stop at its last heading).
  const labels = headerLabels(sheet, headerRow, headerRows);
  return { index: t.index, table: t, fromMapping: t.fromMapping, headerRow, headerRows, labels };
}

/** The same detection the check runs (mapping, stacked tables, the units of sheets), sheet by sheet. */
export function recogniseModel(input: WorkbookModel, plan: Plan | null, mapping: Mapping | null, _lang: Lang): SheetRecognition[] {
  const { model } = prepareModel(input);
  const criteria = plan ? criteriaMatcher(plan) : undefined;
  const opts = criteria ? { criteria } : {};
  const out: SheetRecognition[] = [];
  const all: DetectedTable[] = [];
  const mappedUnits = new Map<string, string>();
  const tops = new Map<string, string[]>();
  for (const sheet of model.sheets) {
    if (sheet.hidden) continue;
    const auto = detectSheetTables(sheet, opts);
    let error: SheetRecognition['error'];
    let found;
    try {
      found = sheetTables(sheet, mapping ?? undefined, opts);
    } catch (e) {
      if (!(e instanceof MappingError)) throw e;
      error = { field: e.field, ref: e.ref };
      found = { ignored: false, tables: auto };
    }
    if (found.unit) mappedUnits.set(sheet.name, found.unit);
    all.push(...found.tables);
    if (found.tables[0]) tops.set(sheet.name, titleLines(sheet, found.tables[0].headerRows[0]!));
    out.push({
      sheet: sheet.name,
      ignored: found.ignored,
      tables: found.tables.map((t) => tableRecognition(sheet, t)),
      auto: auto.map((t) => t.kind),
      unit: null,
      ...(error ? { error } : {}),
    });
  }
  assignSheetUnits(all, mappedUnits, tops);
  for (const r of out) {
    const withUnit = r.tables.find((t) => t.table.sheetUnit);
    const mapped = mappedUnits.get(r.sheet);
    r.unit = withUnit?.table.sheetUnit ?? (mapped ? { name: mapped, source: 'mapping' } : null);
  }
  return out;
}
