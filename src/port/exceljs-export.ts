/**
 * Summary exports as files: the *Tổng hợp* sheet (values, not formulas), the nominee list
 * for the dossier, and the very hidden data sheet the level above reads back.
 */
import ExcelJS from 'exceljs';
import type { ExportData } from '../engine/export/data';
import { DATA_SHEET, decodeExportData, encodeExportData, type DecodeResult } from '../engine/export/data';
import type { SummarySheet } from '../engine/output/summary-sheet';
import { writeSummaryTo } from './exceljs-adapter';

export function buildExportWorkbook(parts: { summary: SummarySheet; summaryName: string; nominees?: SummarySheet; nomineesName?: string; data: ExportData }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  writeSummaryTo(wb, parts.summary, parts.summaryName);
  if (parts.nominees && parts.nomineesName) writeSummaryTo(wb, parts.nominees, parts.nomineesName);
  writeDataSheet(wb, parts.data);
  return wb;
}

export function writeDataSheet(wb: ExcelJS.Workbook, data: ExportData): void {
  const ws = wb.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  encodeExportData(data).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}

export function readExportData(wb: ExcelJS.Workbook): DecodeResult {
  const ws = wb.getWorksheet(DATA_SHEET);
  if (!ws) return { ok: false, reason: 'not_export' };
  const col: (string | null)[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    col.push(typeof v === 'string' ? v : null);
  }
  return decodeExportData(col);
}
