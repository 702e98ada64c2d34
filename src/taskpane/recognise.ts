/** How each sheet of a workbook is recognised (automatically, or by the user's mapping), for the mapping view. */
import { detectWorkbook, prepareModel } from '../engine/check';
import { criteriaMatcher } from '../engine/context';
import { findSheetMapping, headerLabels, type Mapping } from '../engine/detect/mapping';
import { detectSheetTables, type DetectedTable } from '../engine/detect/tables';
import type { Lang } from '../engine/findings';
import type { SheetModel, WorkbookModel } from '../engine/model';
import type { Plan } from '../engine/plan/schema';
import type { SheetRecognition, TableRecognition } from './services';

function tableRecognition(sheet: SheetModel, t: DetectedTable): TableRecognition {
  const headerRow = t.headerRows[0]!;
  const headerRows = t.headerRows.length;
  // The labels of every header column (a table's own labels stop at its last heading).
  const labels = headerLabels(sheet, headerRow, headerRows);
  return { index: t.index, table: t, fromMapping: t.fromMapping, headerRow, headerRows, labels };
}

/** The detection the check runs (mapping, stacked tables, the units of sheets), shown sheet by sheet. */
export function recogniseModel(input: WorkbookModel, plan: Plan | null, mapping: Mapping | null, _lang: Lang): SheetRecognition[] {
  const { model } = prepareModel(input);
  const criteria = plan ? criteriaMatcher(plan) : undefined;
  const { sheets } = detectWorkbook(model, mapping ?? undefined, criteria, { tolerateMappingErrors: true });
  return sheets
    .filter((d) => !d.sheet.hidden)
    .map((d): SheetRecognition => {
      // What recognition alone finds: the same tables unless the mapping describes the sheet.
      const auto = findSheetMapping(mapping ?? undefined, d.sheet.name)
        ? detectSheetTables(d.sheet, criteria ? { criteria } : {})
        : d.tables;
      const withUnit = d.tables.find((t) => t.sheetUnit)?.sheetUnit;
      return {
        sheet: d.sheet.name,
        ignored: d.ignored,
        tables: d.tables.map((t) => tableRecognition(d.sheet, t)),
        auto: auto.map((t) => t.kind),
        unit: withUnit ?? (d.mappedUnit ? { name: d.mappedUnit, source: 'mapping' } : null),
        ...(d.mappingError ? { error: { field: d.mappingError.field, ref: d.mappingError.ref } } : {}),
      };
    });
}
