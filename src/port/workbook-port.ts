/**
 * The workbook port: the little the task pane and the command line need from a workbook.
 * Two adapters implement it — Office.js (the add-in) and the file adapter over the package
 * module (src/port/file-workbook.ts, the command line) — so both shells
 * run the same engine on the same model and write the same flags and summary.
 *
 * Contract for `readModel`: every sheet's used range from A1, values as Excel holds them
 * (formula results, not formulas), the displayed text where it differs, the number
 * format; every merged area in `merged`, its value in its first cell only, as Excel holds
 * it (the engine's `mergedView` decides how a covered cell reads).
 */
import type { WorkbookModel } from '../engine/model';
import type { FlagPlan } from '../engine/output/flags';
import type { SummarySheet } from '../engine/output/summary-sheet';

export type ProgressFn = (done: number) => void;

export interface WorkbookPort {
  readModel(onProgress?: ProgressFn): Promise<WorkbookModel>;
  /** Writes status columns and highlighting; replaces what an earlier run wrote. */
  writeFlags(plan: FlagPlan, onProgress?: ProgressFn): Promise<void>;
  /**
   * Writes the summary sheet, replacing only a summary sheet this tool created; returns
   * the name used (the preferred one, or the alternative when the user has a sheet of that name).
   */
  writeSummary(sheet: SummarySheet, names: { preferred: string; alternative: string }): Promise<string>;
  /** Removes everything the tool wrote, leaving the user's cells, values and formats as before. */
  clearFlags(): Promise<void>;
}

/** Conditional-format fills keyed on the status column's first character. */
export const FLAG_FILLS = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  waived: 'E7E6E6',
} as const;

export const SUMMARY_FILLS = {
  title: 'FFFFFF',
  header: 'D9E1F2',
  error: 'FFC7CE',
  warning: 'FFEB9C',
  waived: 'E7E6E6',
} as const;
