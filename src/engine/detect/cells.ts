import { isCellError, type Cell, type SheetModel } from '../model';
import { cleanText } from '../normalize/text';

/** The text a person sees in a cell, cleaned (NFC, single spaces). */
export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  const v = cell.v;
  if (v === null || v === undefined) return cell.t ? cleanText(cell.t) : '';
  if (typeof v === 'string') return cleanText(v);
  if (cell.t !== undefined && cell.t !== '') return cleanText(cell.t);
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export function isEmptyCell(cell: Cell | null | undefined): boolean {
  if (!cell) return true;
  const v = cell.v;
  if (v === null || v === undefined) return !cell.t || cell.t.trim() === '';
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

export function rowIsEmpty(row: (Cell | null | undefined)[] | undefined): boolean {
  if (!row) return true;
  for (const c of row) if (!isEmptyCell(c)) return false;
  return true;
}

export function getCell(sheet: SheetModel, row0: number, col0: number): Cell | null | undefined {
  return sheet.rows[row0]?.[col0];
}

/** Number of columns a sheet uses (the widest row). */
export function sheetWidth(sheet: SheetModel): number {
  let w = 0;
  for (const r of sheet.rows) {
    if (!r) continue;
    for (let c = r.length - 1; c >= w; c--) {
      if (!isEmptyCell(r[c])) {
        w = c + 1;
        break;
      }
    }
  }
  return w;
}
