/**
 * Opens an .xlsx file for the command line, turning every way a file can be wrong into
 * one sentence for the user: missing, not a zip, an old .xls, password-protected,
 * damaged, a zip bomb, no sheets. The byte checks are shared with the task pane
 * (`src/port/xlsx-bytes.ts`), so both say the same thing about the same file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { messages } from '../engine/i18n';
import type { Lang } from '../engine/findings';
import { loadFailure, shortCause, xlsxProblem } from '../port/xlsx-bytes';

export { shortCause };

export class InputError extends Error {}

/** Unpacked size above which a file is refused (a 1M-row member list unpacks to ~250 MB). */
export const MAX_UNZIPPED_MB = Number(process.env.THIDUA_MAX_UNZIPPED_MB ?? 1024);

export async function openWorkbook(path: string, lang: Lang): Promise<{ wb: ExcelJS.Workbook; name: string }> {
  const m = messages(lang).cli;
  const name = basename(path);
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(m.fileMissing(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(m.fileMissing(path));
  }
  const buf = await readFile(path);
  const problem = xlsxProblem(buf, name, lang, MAX_UNZIPPED_MB);
  if (problem) throw new InputError(problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(loadFailure(e, name, lang));
  }
  if (wb.worksheets.length === 0) throw new InputError(m.emptyWorkbook(name));
  return { wb, name };
}
