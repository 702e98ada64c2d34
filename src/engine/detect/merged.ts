/**
 * Merged areas as Excel shows them. A merged area has one value, held in its top-left
 * cell; the cells it covers show nothing of their own. So a merged signature line
 * (*Vũ Thư, ngày 28 tháng 5 năm 2021* over E20:H20) is one cell on its row, not four,
 * and a merged title is one line.
 *
 * Adapters give the engine what the file or Excel holds (a writer may leave stale values
 * in covered cells, an older reader repeated the value in each); this view makes every
 * source alike before detection:
 * - covered cells right of the area's first column are empty;
 * - on each row below the area's top, the first column shows the area's value, because
 *   a unit name merged down over its members' rows names each of those rows' unit.
 */
import type { Cell, SheetModel } from '../model';

export type MergedArea = NonNullable<SheetModel['merged']>[number];

export function mergedView(sheet: SheetModel): SheetModel {
  const areas = sheet.merged;
  if (!areas || areas.length === 0) return sheet;
  const rows = sheet.rows.slice();
  const copied = new Set<number>();
  const rowFor = (r0: number): (Cell | null | undefined)[] => {
    if (!copied.has(r0)) {
      rows[r0] = rows[r0] ? rows[r0]!.slice() : [];
      copied.add(r0);
    }
    return rows[r0]!;
  };
  for (const a of areas) {
    if (a.bottom < a.top || a.right < a.left) continue;
    const master = sheet.rows[a.top - 1]?.[a.left - 1];
    for (let r = a.top; r <= a.bottom; r++) {
      const original = sheet.rows[r - 1];
      const last = Math.min(a.right, original?.length ?? 0);
      let touched = false;
      for (let c = a.left; c <= last; c++) {
        if (r === a.top && c === a.left) continue;
        if (original![c - 1] !== undefined && original![c - 1] !== null) touched = true;
      }
      const fill = r > a.top && master !== undefined && master !== null;
      if (!touched && !fill) continue;
      const row = rowFor(r - 1);
      for (let c = a.left; c <= last; c++) if (!(r === a.top && c === a.left)) delete row[c - 1];
      if (fill) row[a.left - 1] = master;
      let n = row.length;
      while (n > 0 && (row[n - 1] === undefined || row[n - 1] === null)) n--;
      row.length = n;
    }
  }
  return { ...sheet, rows };
}
