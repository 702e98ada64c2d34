/**
 * The exceljs adapter of the workbook port: reads .xlsx files for the command line and
 * the tests, writes the flagged copy and the summary workbook. The input file is never
 * written: flags go into a copy.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../engine/model';
import { columnLetter } from '../engine/model';
import type { FlagPlan } from '../engine/output/flags';
import { MARK_ERROR, MARK_WAIVED, MARK_WARNING } from '../engine/output/flags';
import type { SummaryCell, SummarySheet } from '../engine/output/summary-sheet';
import { FLAG_FILLS, SUMMARY_FILLS, type ProgressFn, type WorkbookPort } from './workbook-port';

function convertValue(v: ExcelJS.CellValue): { v: CellValue; t?: string } {
  if (v === null || v === undefined) return { v: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { v };
  if (v instanceof Date) return { v };
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { v: { error: v.error } };
    if ('richText' in v && Array.isArray(v.richText)) return { v: v.richText.map((r) => r.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      // A formula never calculated (no cached result) shows nothing but is the user's cell:
      // read it as "" so that nothing is written over it.
      return result === undefined || result === null ? { v: '' } : convertValue(result);
    }
    if ('text' in v && typeof v.text === 'string') return { v: v.text };
    if ('text' in v && typeof v.text === 'object' && v.text && 'richText' in v.text) {
      return { v: (v.text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
    }
  }
  return { v: String(v) };
}

export function sheetToModel(ws: ExcelJS.Worksheet): SheetModel {
  const rows: SheetModel['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's value is its first cell's (the model's contract); exceljs repeats it in every covered cell.
      if (cell.isMerged && cell.master !== cell) return;
      const { v, t } = convertValue(cell.value);
      if (v === null) return;
      const c: Cell = { v };
      if (t !== undefined) c.t = t;
      const f = cell.numFmt;
      if (f && f !== 'General') c.f = f;
      out[colNumber - 1] = c;
    });
    rows[rowNumber - 1] = out;
  });
  // exceljs keeps merged areas by their first cell (no public list short of the whole sheet model).
  const merges = Object.values(
    (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {},
  );
  const merged = merges.map(({ model: { top, left, bottom, right } }) => ({ top, left, bottom, right }));
  return { name: ws.name, rows, ...(ws.state && ws.state !== 'visible' ? { hidden: true } : {}), ...(merged.length ? { merged } : {}) };
}

export function workbookToModel(wb: ExcelJS.Workbook, name: string): WorkbookModel {
  const sheets: SheetModel[] = [];
  wb.eachSheet((ws) => sheets.push(sheetToModel(ws)));
  return { name, sheets };
}

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex}` };
}

/** Writes the status columns and the conditional formats into an exceljs workbook. */
export function writeFlagsTo(wb: ExcelJS.Workbook, plan: FlagPlan): void {
  for (const s of plan.sheets) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) continue;
    const col = s.statusColumn;
    const head = ws.getCell(s.headerRows[0]!, col);
    head.value = s.header;
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    for (const [row, text] of s.statuses) ws.getCell(row, col).value = text;
    ws.getColumn(col).width = Math.max(ws.getColumn(col).width ?? 0, 40);
    const letter = columnLetter(col);
    const ref = `${columnLetter(s.firstColumn)}${s.firstDataRow}:${letter}${s.lastDataRow}`;
    const key = `$${letter}${s.firstDataRow}`;
    const rule = (mark: string, fill: string, priority: number): ExcelJS.ConditionalFormattingRule => ({
      type: 'expression',
      priority,
      formulae: [`LEFT(${key},1)="${mark}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(fill) } },
    });
    ws.addConditionalFormatting({
      ref,
      rules: [rule(MARK_ERROR, FLAG_FILLS.error, 1), rule(MARK_WARNING, FLAG_FILLS.warning, 2), rule(MARK_WAIVED, FLAG_FILLS.waived, 3)],
    });
  }
}

/** Strings are always written as text (exceljs never turns a string into a formula). */
function writeCell(ws: ExcelJS.Worksheet, r: number, c: number, cell: SummaryCell): void {
  const target = ws.getCell(r, c);
  if (cell.link && typeof cell.v !== 'object') {
    const sheetRef = `'${cell.link.sheet.replace(/'/g, "''")}'!A${cell.link.row}`;
    target.value = { text: String(cell.v ?? ''), hyperlink: `#${sheetRef}` };
    target.font = { color: { argb: 'FF0563C1' }, underline: true, bold: cell.bold };
  } else {
    target.value = cell.v;
    if (cell.bold) target.font = { bold: true };
  }
  if (cell.numFmt && typeof cell.v === 'number') target.numFmt = cell.numFmt;
  if (cell.style) target.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(SUMMARY_FILLS[cell.style]) };
  if (cell.wrap) target.alignment = { wrapText: true, vertical: 'top' };
}

export function writeSummaryTo(wb: ExcelJS.Workbook, sheet: SummarySheet, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => writeCell(ws, r + 1, c + 1, cell));
    // A file does not re-measure rows when opened: give wrapped rows the height they need.
    const lines = Math.max(
      1,
      ...row.map((cell, c) => (cell.wrap && typeof cell.v === 'string' ? wrappedLines(cell.v, sheet.widths[c] ?? 10) : 1)),
    );
    if (lines > 1) ws.getRow(r + 1).height = 15 * lines;
  });
  return ws;
}

/** About how many lines a text takes in a column of `width` characters. */
function wrappedLines(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * 1.1));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / per)), 0);
}

/** A free sheet name: the preferred one unless the user already has a sheet by that name. */
export function freeSheetName(wb: ExcelJS.Workbook, names: { preferred: string; alternative: string }): string {
  const taken = new Set<string>();
  wb.eachSheet((ws) => taken.add(ws.name.toLowerCase()));
  if (!taken.has(names.preferred.toLowerCase())) return names.preferred;
  if (!taken.has(names.alternative.toLowerCase())) return names.alternative;
  for (let i = 2; ; i++) {
    const n = `${names.alternative.slice(0, 25)} ${i}`;
    if (!taken.has(n.toLowerCase())) return n;
  }
}

/**
 * The port over an in-memory exceljs workbook (a file's copy). Clearing is not needed for
 * a fresh copy, but is implemented so tests can run the same check-clear cycle as the add-in.
 */
/** What a status column covered before thidua wrote it: restored as it was by Clear flags. */
interface WrittenColumn {
  sheet: string;
  column: number;
  /** The cells written (status header and status rows), with their former value and style. */
  cells: { row: number; value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[];
  width: number | undefined;
  cfCount: number;
}

export class ExcelJsWorkbook implements WorkbookPort {
  private written: { sheets: WrittenColumn[]; summary?: string } = { sheets: [] };

  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly name: string,
  ) {}

  async readModel(onProgress?: ProgressFn): Promise<WorkbookModel> {
    const m = workbookToModel(this.wb, this.name);
    onProgress?.(1);
    return m;
  }

  async writeFlags(plan: FlagPlan, onProgress?: ProgressFn): Promise<void> {
    await this.clearFlagsOnly();
    for (const s of plan.sheets) {
      const ws = this.wb.getWorksheet(s.sheet);
      if (!ws) continue;
      const before = ((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []).length;
      // The status column lands on cells without values, but they may carry the user's
      // fills, borders or formats, and the column its width: keep them to put back.
      const rows = [...new Set([s.headerRows[0]!, ...s.statuses.keys()])];
      const cells = rows.map((row) => {
        const c = ws.getCell(row, s.statusColumn);
        return { row, value: c.value, style: { ...c.style } };
      });
      const width = ws.getColumn(s.statusColumn).width;
      writeFlagsTo(this.wb, { sheets: [s] });
      this.written.sheets.push({ sheet: s.sheet, column: s.statusColumn, cells, width, cfCount: before });
    }
    onProgress?.(1);
  }

  async writeSummary(sheet: SummarySheet, names: { preferred: string; alternative: string }): Promise<string> {
    if (this.written.summary) this.wb.removeWorksheet(this.wb.getWorksheet(this.written.summary)!.id);
    const name = freeSheetName(this.wb, names);
    writeSummaryTo(this.wb, sheet, name);
    this.written.summary = name;
    return name;
  }

  private async clearFlagsOnly(): Promise<void> {
    // Last written first: two tables of one sheet may share a status column.
    for (const w of [...this.written.sheets].reverse()) {
      const ws = this.wb.getWorksheet(w.sheet);
      if (!ws) continue;
      for (const saved of w.cells) {
        const c = ws.getCell(saved.row, w.column);
        c.value = saved.value;
        c.style = saved.style;
      }
      ws.getColumn(w.column).width = w.width;
      // exceljs keeps conditional formats in an array on the sheet; drop the ones added.
      const cf = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
      if (cf) cf.length = w.cfCount;
    }
    this.written.sheets = [];
  }

  async clearFlags(): Promise<void> {
    await this.clearFlagsOnly();
    if (this.written.summary) {
      const ws = this.wb.getWorksheet(this.written.summary);
      if (ws) this.wb.removeWorksheet(ws.id);
      this.written.summary = undefined;
    }
  }
}

/** Writes an engine model's cells into a new exceljs workbook (the roll-up's own sheets, test files). */
export function modelToWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.v === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = typeof cell.v === 'object' && !(cell.v instanceof Date) ? cell.v.error : cell.v;
        if (cell.f) target.numFmt = cell.f;
        if (r === 1) target.font = { bold: true };
      }),
    );
    // `columns` is null on a sheet without cells.
    (ws.columns ?? []).forEach((col, i) => (col.width = i === 1 ? 36 : 16));
  }
  return wb;
}
