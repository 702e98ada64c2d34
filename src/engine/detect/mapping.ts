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
import {
  assignFields,
  buildTableWithStop,
  detectSheetTables,
  type CriteriaVocabulary,
  type DetectedTable,
  type DetectOptions,
} from './tables';
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

/** One table of a sheet: its kind, where its header is, and the columns the user named. */
export const tableMappingSchema = z.object({
  kind: z.enum(TABLE_KINDS),
  /** 1-based row of the (first) header row. */
  headerRow: z.number().int().min(1),
  /** How many rows the header spans (1 or 2). */
  headerRows: z.number().int().min(1).max(2).default(1),
  /** 1-based first data row; default: right under the header (a row of column numbers is skipped). */
  dataStartRow: z.number().int().min(1).optional(),
  /** 1-based last row the table may reach; default: the next table's header, a signature block, or the sheet's end. */
  dataEndRow: z.number().int().min(1).optional(),
  /** Field → column letter (`B`) or header text. Fields not named are detected. */
  columns: z.partialRecord(z.enum(FIELD_NAMES), z.string().min(1)).default({}),
});
export type TableMapping = z.infer<typeof tableMappingSchema>;

/** The unit a sheet's rows belong to when they name none (one member list per base union). */
const sheetUnit = z.string().trim().min(1);

export const sheetMappingSchema = z.union([
  z.object({ ignore: z.literal(true) }).strict(),
  /** One table, as mapping files have always written it (optionally with the sheet's unit). */
  tableMappingSchema.extend({ unit: sheetUnit.optional() }).strict(),
  /**
   * Several tables stacked in the sheet (in sheet order), and/or the sheet's unit alone
   * (`{"unit": "Trường THPT Văn Giang"}`: tables still detected, their rows that name no
   * unit belong to it).
   */
  z
    .object({ unit: sheetUnit.optional(), tables: z.array(tableMappingSchema).min(1).optional() })
    .strict()
    .refine((m) => m.unit !== undefined || m.tables !== undefined, { message: 'unit or tables' }),
]);
export type SheetMapping = z.infer<typeof sheetMappingSchema>;

export const mappingSchema = z.object({
  sheets: z.record(z.string(), sheetMappingSchema),
});
export type Mapping = z.infer<typeof mappingSchema>;

export function findSheetMapping(mapping: Mapping | undefined, name: string): SheetMapping | undefined {
  if (!mapping) return undefined;
  const key = headerKey(name);
  for (const [k, v] of Object.entries(mapping.sheets)) if (k === name || headerKey(k) === key) return v;
  return undefined;
}

/** The header labels of a header over rows `headerRow`.. (1-based, one or two rows), joined per column as the detector joins them. */
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

/** The tables a sheet mapping describes (sorted by header row), and whether they are all of them. */
export function mappedTables(m: SheetMapping): { tables: TableMapping[]; complete: boolean; unit?: string } {
  if ('ignore' in m) return { tables: [], complete: true };
  if ('kind' in m) {
    const { unit, ...table } = m;
    return { tables: [table], complete: false, ...(unit ? { unit } : {}) };
  }
  const tables = [...(m.tables ?? [])].sort((a, b) => a.headerRow - b.headerRow);
  return { tables, complete: m.tables !== undefined, ...(m.unit ? { unit: m.unit } : {}) };
}

/** One mapped table: its header labels, its columns (named ones, the rest detected), its rows. */
function buildMappedTable(
  sheet: SheetModel,
  m: TableMapping,
  opts: { end0?: number; stopAtHeader: boolean; criteria?: CriteriaVocabulary; index: number },
) {
  const header0 = Array.from({ length: m.headerRows }, (_, i) => m.headerRow - 1 + i);
  const labels = headerLabels(sheet, m.headerRow, m.headerRows);
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
  const end0 = m.dataEndRow !== undefined ? Math.min(m.dataEndRow, opts.end0 ?? Infinity) : opts.end0;
  return buildTableWithStop(sheet, m.kind, header0, columns, labels, true, {
    ...(m.dataStartRow !== undefined ? { dataStart0: m.dataStartRow - 1 } : {}),
    ...(end0 !== undefined ? { end0 } : {}),
    stopAtHeader: opts.stopAtHeader,
    ...(opts.criteria ? { criteria: opts.criteria } : {}),
    index: opts.index,
  });
}

export interface SheetTables {
  /** The mapping says to skip the sheet. */
  ignored: boolean;
  tables: DetectedTable[];
  /** The sheet's unit from the mapping, if it names one. */
  unit?: string;
}

/**
 * A sheet's tables with the user's mapping applied: the mapped tables (each reaching at most to
 * the next mapped header), then — when the mapping gave a single table the old way — tables
 * detected below it; a sheet the mapping does not describe is detected as a whole.
 */
export function sheetTables(sheet: SheetModel, mapping: Mapping | undefined, opts: DetectOptions = {}): SheetTables {
  const m = findSheetMapping(mapping, sheet.name);
  if (!m) return { ignored: false, tables: detectSheetTables(sheet, opts) };
  if ('ignore' in m) return { ignored: true, tables: [] };
  const { tables: list, complete, unit } = mappedTables(m);
  if (list.length === 0) return { ignored: false, tables: detectSheetTables(sheet, opts), ...(unit ? { unit } : {}) };
  const out: DetectedTable[] = [];
  let after = 0;
  list.forEach((t, i) => {
    const nextHeader = list[i + 1]?.headerRow;
    const { table, stop } = buildMappedTable(sheet, t, {
      ...(nextHeader !== undefined ? { end0: nextHeader - 1 } : {}),
      stopAtHeader: !complete,
      ...(opts.criteria ? { criteria: opts.criteria } : {}),
      index: i,
    });
    out.push(table);
    after = Math.max(stop.row0, t.headerRow + t.headerRows - 1);
  });
  if (!complete) out.push(...detectSheetTables(sheet, opts, after, out.length));
  return { ignored: false, tables: out, ...(unit ? { unit } : {}) };
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
