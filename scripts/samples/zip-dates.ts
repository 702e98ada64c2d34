/**
 * exceljs zips with JSZip, which stamps every entry with the current time, so two runs
 * would give different bytes for the same workbook. Pinning JSZip's default entry date makes
 * the .xlsx files byte-for-byte reproducible. Call it from a CLI, not from library code: it
 * changes a process-wide default of the JSZip instance exceljs uses.
 */
import { createRequire } from 'node:module';

/** Returns false when exceljs's JSZip could not be found (bytes then carry the clock). */
export function pinZipTimestamps(when: Date): boolean {
  try {
    const req = createRequire(import.meta.url);
    const jszip = createRequire(req.resolve('exceljs'))('jszip') as { defaults?: { date?: Date | null } };
    if (jszip.defaults === undefined) return false;
    jszip.defaults.date = when;
    return true;
  } catch {
    return false;
  }
}
