/**
 * The workbook model the engine reads. Both adapters (the package module src/xlsx for the
 * command line, Office.js for the add-in) produce exactly this shape, so the engine never knows
 * where a workbook came from.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

/** A cell's value as Excel holds it. Dates are JS Dates (UTC midnight = the calendar day). */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface Cell {
  /** The value (for a formula, its last computed result). */
  v: CellValue;
  /** The text Excel displays, when the adapter knows it (e.g. `98,5%`, `23/05/2021`). */
  t?: string;
  /** The number format, e.g. `0.0%` or `dd/mm/yyyy`. */
  f?: string;
}

export interface SheetModel {
  name: string;
  /** rows[r][c]: r = 0 is worksheet row 1, c = 0 is column A. Missing = empty. */
  rows: (Cell | null | undefined)[][];
  hidden?: boolean;
  /**
   * Merged areas (1-based, inclusive). Every adapter lists them all, and gives a merged
   * area's value in its top-left cell only, as Excel holds it (covered cells are left out).
   * The engine reads them through `mergedView` (detect/merged.ts): one value, one cell on
   * its row, repeated down the rows a vertical merge spans. Writing into a covered cell
   * would land in the first cell: the status column keeps clear of them.
   */
  merged?: { top: number; left: number; bottom: number; right: number }[];
}

export interface WorkbookModel {
  /** File name (no folders) or the add-in's document name. */
  name: string;
  sheets: SheetModel[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number (1-based): A → 1, AB → 28. Returns 0 when not letters. */
export function columnNumber(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return 0;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1-style sheet reference as Excel writes it: `'DS sở ngành'!14` style quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
