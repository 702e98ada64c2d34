/**
 * What the adapters write into the checked sheets: per table, a status column right of
 * it (header *Kết quả kiểm tra*) with each row's messages, and highlighting by conditional
 * formats keyed on that column. The text's first character says the severity, so the
 * conditional formats need no language: ✖ error, ⚠ warning, ○ waived only.
 */
import type { CheckResult } from '../check';
import { STATUS_HEADER } from '../detect/tables';
import { fitInCell } from './summary-sheet';

export const MARK_ERROR = '✖';
export const MARK_WARNING = '⚠';
export const MARK_WAIVED = '○';

export interface SheetFlags {
  sheet: string;
  /** 1-based header rows of the table; the status header goes in the first. */
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** 1-based: first and last column of the table the highlight spans. */
  firstColumn: number;
  lastColumn: number;
  /** 1-based column of the status column. */
  statusColumn: number;
  header: string;
  /** Row (1-based) → status text; rows absent are clean. */
  statuses: Map<number, string>;
}

export interface FlagPlan {
  sheets: SheetFlags[];
}

export function buildFlagPlan(result: CheckResult): FlagPlan {
  const sheets: SheetFlags[] = [];
  for (const t of result.tables) {
    // A table reaching Excel's last column has no room for a status column: its findings
    // are in the report and the summary only.
    if (t.statusColumn < 1) continue;
    // A table without rows right above the next table of its sheet would reach that table's
    // header: it has nothing to flag and gets no status column.
    const reach = Math.max(t.lastDataRow, t.firstDataRow);
    if (result.tables.some((o) => o !== t && o.sheet === t.sheet && o.headerRows[0]! > t.headerRows[0]! && o.headerRows[0]! <= reach))
      continue;
    const byRow = new Map<number, { error: boolean; warning: boolean; live: boolean; texts: string[] }>();
    // A sheet may hold several tables (stacked): each status column takes its own table's rows.
    const top = t.firstDataRow;
    const bottom = Math.max(t.lastDataRow, t.firstDataRow);
    for (const f of result.findings) {
      if (f.sheet !== t.sheet) continue;
      for (const row of f.rows) {
        if (row < top || row > bottom) continue;
        const s = byRow.get(row) ?? { error: false, warning: false, live: false, texts: [] };
        if (!f.waived) {
          s.live = true;
          if (f.severity === 'error') s.error = true;
          else s.warning = true;
        }
        const text = f.waived ? `${f.message} (${f.waived.reason})` : f.message;
        if (!s.texts.includes(text)) s.texts.push(text);
        byRow.set(row, s);
      }
    }
    const statuses = new Map<number, string>();
    for (const [row, s] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const mark = s.error ? MARK_ERROR : s.warning ? MARK_WARNING : MARK_WAIVED;
      statuses.set(row, fitInCell(`${mark} ${s.texts.join('; ')}`));
    }
    sheets.push({
      sheet: t.sheet,
      headerRows: t.headerRows,
      firstDataRow: t.firstDataRow,
      lastDataRow: Math.max(t.lastDataRow, t.firstDataRow),
      firstColumn: 1,
      lastColumn: Math.max(t.lastColumn, 1),
      statusColumn: t.statusColumn,
      header: STATUS_HEADER,
      statuses,
    });
  }
  return { sheets };
}
