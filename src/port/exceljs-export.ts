/**
 * Summary exports as files: the *Tổng hợp* sheet (values, not formulas), the nominee list
 * for the dossier, and the very hidden data sheet the level above reads back. The command
 * line (`thidua check --summary`, `thidua consolidate`) and the task pane (*Xuất tổng hợp*,
 * *Gộp báo cáo cấp dưới*) build their files with the same functions here. The pane loads
 * this module on demand (its own bundle chunk, with exceljs's browser build).
 */
import ExcelJS from 'exceljs';
import type { CheckResult } from '../engine/check';
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import type { WorkbookModel } from '../engine/model';
import type { Plan } from '../engine/plan/schema';
import type { ExportData } from '../engine/export/data';
import { buildExportData, DATA_SHEET, decodeExportData, encodeExportData, type DecodeResult } from '../engine/export/data';
import { buildNomineeListSheet } from '../engine/export/nominee-list';
import { buildFlagPlan } from '../engine/output/flags';
import { buildSummarySheet, type SummarySheet } from '../engine/output/summary-sheet';
import { freeSheetName, modelToWorkbook, writeFlagsTo, writeSummaryTo } from './exceljs-adapter';
import { loadFailure, xlsxProblem } from './xlsx-bytes';

export function buildExportWorkbook(parts: {
  summary: SummarySheet;
  summaryName: string;
  nominees?: SummarySheet;
  nomineesName?: string;
  data: ExportData;
}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  writeSummaryTo(wb, parts.summary, parts.summaryName);
  if (parts.nominees && parts.nomineesName) writeSummaryTo(wb, parts.nominees, parts.nomineesName);
  writeDataSheet(wb, parts.data);
  return wb;
}

/**
 * The summary export of one checked workbook: *Tổng hợp*, *Danh sách đề nghị* when there are
 * nominees, and the data block. `unit` is the unit given by the user (`--unit`, the pane's
 * Đơn vị); without it the unit the check inferred.
 */
export function buildSummaryExport(
  result: CheckResult,
  plan: Plan,
  workbookName: string,
  lang: Lang,
  unit?: string,
): { wb: ExcelJS.Workbook; data: ExportData } {
  const m = messages(lang);
  const data = buildExportData(result, plan, workbookName, unit);
  const wb = buildExportWorkbook({
    summary: buildSummarySheet(result, plan, workbookName, lang),
    summaryName: m.summary.sheetName,
    ...(data.nominees.length ? { nominees: buildNomineeListSheet(data, plan, lang), nomineesName: m.exportSheets.nomineeSheet } : {}),
    data,
  });
  return { wb, data };
}

/**
 * The level's roll-up of its units' exports (`Consolidation.check`): the synthetic sheets
 * with their flags, *Tổng hợp*, the nominee list and a data block, so that the level above
 * can consolidate it in turn.
 */
export function buildRollupWorkbook(
  rollup: { model: WorkbookModel; result: CheckResult },
  plan: Plan,
  outName: string,
  unitName: string,
  lang: Lang,
): { wb: ExcelJS.Workbook; data: ExportData } {
  const m = messages(lang);
  const { model, result } = rollup;
  const wb = modelToWorkbook(model);
  writeFlagsTo(wb, buildFlagPlan(result));
  const summary = buildSummarySheet(result, plan, outName, lang);
  writeSummaryTo(wb, summary, freeSheetName(wb, { preferred: m.summary.sheetName, alternative: m.summary.sheetNameAlt }));
  const data = buildExportData(result, plan, outName, unitName);
  if (data.nominees.length) {
    const names = { preferred: m.exportSheets.nomineeSheet, alternative: `${m.exportSheets.nomineeSheet} (2)` };
    writeSummaryTo(wb, buildNomineeListSheet(data, plan, lang), freeSheetName(wb, names));
  }
  writeDataSheet(wb, data);
  return { wb, data };
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

/** Unpacked size above which the pane refuses a file (a summary export unpacks to a few MB). */
export const PANE_MAX_UNZIPPED_MB = 256;

/**
 * A summary export's data block from a file's bytes, or the sentence saying why the file is
 * skipped — the command line's sentence (`messages(lang).consolidate.skipped`) for each case.
 * The workbook is dropped before this returns: only the data block stays in memory.
 */
export async function readExportBytes(
  name: string,
  bytes: Uint8Array,
  lang: Lang,
  maxUnzippedMb = PANE_MAX_UNZIPPED_MB,
): Promise<{ ok: true; data: ExportData } | { ok: false; skipped: string }> {
  const m = messages(lang);
  const unreadable = (sentence: string) => ({
    ok: false as const,
    skipped: m.consolidate.skipped(name, 'unreadable', sentence.replace(/\.$/, '')),
  });
  const problem = xlsxProblem(bytes, name, lang, maxUnzippedMb);
  if (problem) return unreadable(problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return unreadable(loadFailure(e, name, lang));
  }
  if (wb.worksheets.length === 0) return unreadable(m.cli.emptyWorkbook(name));
  const decoded = readExportData(wb);
  return decoded.ok ? decoded : { ok: false, skipped: m.consolidate.skipped(name, decoded.reason) };
}
