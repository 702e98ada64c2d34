/** How each sheet of a workbook is recognised (automatically, or by the user's mapping), for the mapping view. */
import { prepareModel } from '../engine/check';
import { criteriaMatcher } from '../engine/context';
import { applyMapping, MappingError, type Mapping } from '../engine/detect/mapping';
import { cellText } from '../engine/detect/cells';
import { detectSheet } from '../engine/detect/tables';
import type { Lang } from '../engine/findings';
import type { SheetModel, WorkbookModel } from '../engine/model';
import type { Plan } from '../engine/plan/schema';
import type { SheetRecognition } from './services';

/** The header labels of a row range (1-based rows), joined per column as the detector does. */
function headerLabels(sheet: SheetModel, headerRow: number, headerRows: number): string[] {
  const rows = Array.from({ length: headerRows }, (_, i) => sheet.rows[headerRow - 1 + i] ?? []);
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) =>
    rows
      .map((r) => cellText(r[c]))
      .filter(Boolean)
      .join(' / '),
  );
}

export function recogniseModel(input: WorkbookModel, plan: Plan | null, mapping: Mapping | null, lang: Lang): SheetRecognition[] {
  const { model } = prepareModel(input);
  const criteria = plan ? criteriaMatcher(plan) : undefined;
  return model.sheets
    .filter((sheet) => !sheet.hidden)
    .map((sheet): SheetRecognition => {
      const auto = detectSheet(sheet, criteria ? { criteria } : {});
      const m = mapping?.sheets[sheet.name];
      if (m && 'ignore' in m) {
        return { sheet: sheet.name, table: null, auto: auto?.kind ?? null, ignored: true, headerRow: 1, headerRows: 1, labels: [] };
      }
      if (m && mapping) {
        try {
          const t = applyMapping(sheet, mapping, lang);
          const table = t && t !== 'ignore' ? t : null;
          return {
            sheet: sheet.name,
            table,
            auto: auto?.kind ?? null,
            ignored: false,
            headerRow: m.headerRow,
            headerRows: m.headerRows,
            labels: table?.labels ?? headerLabels(sheet, m.headerRow, m.headerRows),
          };
        } catch (e) {
          if (!(e instanceof MappingError)) throw e;
          return {
            sheet: sheet.name,
            table: auto,
            auto: auto?.kind ?? null,
            ignored: false,
            headerRow: m.headerRow,
            headerRows: m.headerRows,
            labels: headerLabels(sheet, m.headerRow, m.headerRows),
            error: { field: e.field, ref: e.ref },
          };
        }
      }
      const headerRow = auto?.headerRows[0] ?? 1;
      const headerRows = auto?.headerRows.length ?? 1;
      return {
        sheet: sheet.name,
        table: auto,
        auto: auto?.kind ?? null,
        ignored: false,
        headerRow,
        headerRows,
        labels: auto?.labels ?? headerLabels(sheet, headerRow, headerRows),
      };
    });
}
