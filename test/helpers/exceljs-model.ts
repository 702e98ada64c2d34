/**
 * The exceljs adapter the command line used before the package module (src/xlsx), kept for
 * the tests only: `workbookToModel` is the reference the new reader is cross-checked
 * against (test/xlsx/cross-check.test.ts), and `modelToWorkbook` writes test workbooks
 * with an independent writer. exceljs is a devDependency.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../../src/engine/model';

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
