/**
 * Summary exports as files: the *Tổng hợp* sheet (values, not formulas), the nominee list
 * for the dossier, and the very hidden data sheet the level above reads back. The command
 * line (`thidua check --summary`, `thidua consolidate`) and the task pane (*Xuất tổng hợp*,
 * *Gộp báo cáo cấp dưới*) build their files with the same functions here, on the package
 * module (src/xlsx). The pane loads this module on demand (its own bundle chunk).
 */
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
import { patchWorkbook, writeWorkbook, XlsxPackage, type Codec, type NewSheet } from '../xlsx';
import { refusalSentence, shortCause } from './file-refusal';

/** The very hidden data block: the magic line, then the JSON in chunks a cell can hold, down column A. */
export function dataSheet(data: ExportData): NewSheet {
  return { name: DATA_SHEET, state: 'veryHidden', widths: [], rows: encodeExportData(data).map((chunk) => [{ v: chunk }]) };
}

export function buildExportWorkbook(
  parts: {
    summary: SummarySheet;
    summaryName: string;
    nominees?: SummarySheet;
    nomineesName?: string;
    data: ExportData;
  },
  codec?: Codec,
): Uint8Array {
  const sheets: NewSheet[] = [{ ...parts.summary, name: parts.summaryName }];
  if (parts.nominees && parts.nomineesName) sheets.push({ ...parts.nominees, name: parts.nomineesName });
  sheets.push(dataSheet(parts.data));
  return writeWorkbook(sheets, codec ? { codec } : {});
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
  codec?: Codec,
): { bytes: Uint8Array; data: ExportData } {
  const m = messages(lang);
  const data = buildExportData(result, plan, workbookName, unit);
  const bytes = buildExportWorkbook(
    {
      summary: buildSummarySheet(result, plan, workbookName, lang),
      summaryName: m.summary.sheetName,
      ...(data.nominees.length ? { nominees: buildNomineeListSheet(data, plan, lang), nomineesName: m.exportSheets.nomineeSheet } : {}),
      data,
    },
    codec,
  );
  return { bytes, data };
}

/**
 * An engine model's cells as new sheets (the roll-up's own sheets): values as they are (an
 * error value as its text), number formats, the second row bold, widths 16 and 36 for the
 * second column — the layout the roll-up has always had.
 */
export function modelSheets(model: WorkbookModel): NewSheet[] {
  return model.sheets.map((s) => {
    let width = 0;
    const rows = s.rows.map((row, r) =>
      (row ?? []).map((cell, c) => {
        if (!cell || cell.v === null) return null;
        width = Math.max(width, c + 1);
        const v = typeof cell.v === 'object' && !(cell.v instanceof Date) ? cell.v.error : cell.v;
        return { v, ...(cell.f ? { numFmt: cell.f } : {}), ...(r === 1 ? { bold: true } : {}) };
      }),
    );
    return { name: s.name, widths: Array.from({ length: width }, (_, i) => (i === 1 ? 36 : 16)), rows };
  });
}

/**
 * The level's roll-up of its units' exports (`Consolidation.check`): the synthetic sheets
 * with their flags, *Tổng hợp*, the nominee list and a data block, so that the level above
 * can consolidate it in turn.
 */
export async function buildRollupWorkbook(
  rollup: { model: WorkbookModel; result: CheckResult },
  plan: Plan,
  outName: string,
  unitName: string,
  lang: Lang,
  codec?: Codec,
): Promise<{ bytes: Uint8Array; data: ExportData }> {
  const m = messages(lang);
  const { model, result } = rollup;
  const pkg = XlsxPackage.open(writeWorkbook(modelSheets(model), codec ? { codec } : {}), { name: outName, ...(codec ? { codec } : {}) });
  const summary = buildSummarySheet(result, plan, outName, lang);
  const data = buildExportData(result, plan, outName, unitName);
  const extra: NewSheet[] = [];
  if (data.nominees.length) extra.push({ ...buildNomineeListSheet(data, plan, lang), name: m.exportSheets.nomineeSheet });
  extra.push(dataSheet(data));
  const out = await patchWorkbook(pkg, {
    flags: buildFlagPlan(result),
    summary: { sheet: summary, names: { preferred: m.summary.sheetName, alternative: m.summary.sheetNameAlt } },
    extraSheets: extra,
  });
  return { bytes: out.bytes, data };
}

/** The data block of a summary export, read from its very hidden sheet only. */
export async function readExportData(pkg: XlsxPackage): Promise<DecodeResult> {
  const i = pkg.worksheets.findIndex((s) => s.name === DATA_SHEET);
  if (i < 0) return { ok: false, reason: 'not_export' };
  const sheet = await pkg.readSheet(i);
  const col = sheet.rows.map((row) => {
    const v = row?.[0]?.v;
    return typeof v === 'string' ? v : null;
  });
  return decodeExportData(col);
}

/** Unpacked size above which the pane refuses a file (a summary export unpacks to a few MB). */
export const PANE_MAX_UNZIPPED_MB = 256;

/**
 * A summary export's data block from a file's bytes, or the sentence saying why the file is
 * skipped — the command line's sentence (`messages(lang).consolidate.skipped`) for each case.
 * Only the data sheet is read; nothing but its block stays in memory.
 */
export async function readExportBytes(
  name: string,
  bytes: Uint8Array,
  lang: Lang,
  maxUnzippedMb = PANE_MAX_UNZIPPED_MB,
  codec?: Codec,
): Promise<{ ok: true; data: ExportData } | { ok: false; skipped: string }> {
  const m = messages(lang);
  const unreadable = (sentence: string) => ({
    ok: false as const,
    skipped: m.consolidate.skipped(name, 'unreadable', sentence.replace(/\.$/, '')),
  });
  let decoded: DecodeResult;
  try {
    const pkg = XlsxPackage.open(bytes, { name, maxUnzippedBytes: maxUnzippedMb * 1048576, ...(codec ? { codec } : {}) });
    decoded = await readExportData(pkg);
  } catch (e) {
    return unreadable(refusalSentence(e, name, lang) ?? m.cli.corrupt(name, shortCause(e)));
  }
  return decoded.ok ? decoded : { ok: false, skipped: m.consolidate.skipped(name, decoded.reason) };
}
