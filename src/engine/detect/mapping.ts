/**
 * A mapping file (`--mapping`, or the pane's column choices) overrides detection:
 * which sheet is which table, where its header is, which column is which field.
 *
 * {
 *   "sheets": {
 *     "Tỷ lệ cử tri": { "kind": "turnout", "headerRow": 5, "headerRows": 2,
 *                       "columns": { "unit": "B", "registered": "Số cử tri" } },
 *     "Ghi chú": { "ignore": true }
 *   }
 * }
 */
import { z } from 'zod';
import type { SheetModel } from '../model';
import { columnNumber } from '../model';
import { headerKey, cleanText } from '../normalize/text';
import { cellText } from './cells';
import { assignFields, buildTable, type DetectedTable } from './tables';
import { TABLE_KINDS, type FieldName } from './vocabulary';

const FIELD_NAMES = [
  'seq',
  'name',
  'kind',
  'category',
  'parent',
  'birthDate',
  'position',
  'unit',
  'workplace',
  'voted',
  'registered',
  'rate',
  'reelection',
  'additional',
  'completedDate',
  'scheduledDate',
  'awardForm',
  'achievement',
  'dossierDate',
] as const satisfies readonly FieldName[];

export const sheetMappingSchema = z.union([
  z.object({ ignore: z.literal(true) }),
  z.object({
    kind: z.enum(TABLE_KINDS),
    /** 1-based row of the (first) header row. */
    headerRow: z.number().int().min(1),
    /** How many rows the header spans (1 or 2). */
    headerRows: z.number().int().min(1).max(2).default(1),
    /** 1-based first data row; default: right under the header (a row of column numbers is skipped). */
    dataStartRow: z.number().int().min(1).optional(),
    /** Field → column letter (`B`) or header text. Fields not named are detected. */
    columns: z.partialRecord(z.enum(FIELD_NAMES), z.string().min(1)).default({}),
  }),
]);

export const mappingSchema = z.object({
  sheets: z.record(z.string(), sheetMappingSchema),
});
export type Mapping = z.infer<typeof mappingSchema>;

function findSheetMapping(mapping: Mapping, name: string) {
  const key = headerKey(name);
  for (const [k, v] of Object.entries(mapping.sheets)) if (k === name || headerKey(k) === key) return v;
  return undefined;
}

/** Applies the mapping to a sheet: a table, 'ignore', or undefined when the sheet is not mapped. */
export function applyMapping(sheet: SheetModel, mapping: Mapping, _lang: 'vi' | 'en'): DetectedTable | 'ignore' | undefined {
  const m = findSheetMapping(mapping, sheet.name);
  if (!m) return undefined;
  if ('ignore' in m) return 'ignore';
  const header0 = Array.from({ length: m.headerRows }, (_, i) => m.headerRow - 1 + i);
  let width = 0;
  for (const r of header0) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const rowsText = header0.map((r) => Array.from({ length: width }, (_, c) => cellText(sheet.rows[r]?.[c])));
  const labels = Array.from({ length: width }, (_, c) =>
    rowsText
      .map((row) => row[c])
      .filter(Boolean)
      .join(' / '),
  );
  const keys = labels.map((l) => headerKey(l));
  const detected = assignFields(m.kind, { keys, subKeys: keys.map(() => ''), topKeys: keys });
  const columns: Partial<Record<FieldName, number>> = { ...detected };
  for (const [field, ref] of Object.entries(m.columns) as [FieldName, string][]) {
    const letter = columnNumber(ref);
    if (letter > 0 && /^[A-Za-z]{1,3}$/.test(ref.trim())) {
      columns[field] = letter - 1;
      continue;
    }
    const k = headerKey(cleanText(ref));
    const idx = keys.findIndex((x) => x === k);
    const idx2 = idx >= 0 ? idx : keys.findIndex((x) => x.includes(k));
    if (idx2 < 0) throw new MappingError(sheet.name, field, ref);
    columns[field] = idx2;
  }
  // A column given to one field is no longer another's.
  for (const [f, c] of Object.entries(detected) as [FieldName, number][]) {
    if (m.columns[f as (typeof FIELD_NAMES)[number]] === undefined && Object.entries(columns).some(([g, d]) => g !== f && d === c))
      delete columns[f];
  }
  return buildTable(sheet, m.kind, header0, columns, labels, true, m.dataStartRow !== undefined ? m.dataStartRow - 1 : undefined);
}

/** A mapping names a heading the sheet does not have. */
export class MappingError extends Error {
  constructor(
    public readonly sheet: string,
    public readonly field: string,
    public readonly ref: string,
  ) {
    super(`mapping: sheet ${sheet}: no column "${ref}" for ${field}`);
  }
}
