/**
 * Writes sheets the way offices lay them out (title rows, merged headers, a row of column
 * numbers, a signature block) and keeps track of the worksheet row numbers, so that the
 * expected findings are built from where rows were actually written.
 */
import ExcelJS from 'exceljs';

/** A cell with its own number format (`0.00%`, `dd/mm/yyyy`, `#,##0`). */
export interface Formatted {
  kind: 'fmt';
  value: number | Date | string;
  numFmt: string;
}

/** A formula cell with its last computed result (possibly an error such as `#DIV/0!`). */
export interface Formula {
  kind: 'formula';
  formula: string;
  result: number | string | { error: string };
  numFmt?: string;
}

export type CellInput = string | number | Date | null | undefined | Formatted | Formula;

export const fmt = (value: number | Date | string, numFmt: string): Formatted => ({
  kind: 'fmt',
  value,
  numFmt,
});

export const formula = (f: string, result: number | string | { error: string }, numFmt?: string): Formula => ({
  kind: 'formula',
  formula: f,
  result,
  ...(numFmt === undefined ? {} : { numFmt }),
});

export const DATE_FMT = 'dd/mm/yyyy';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const FONT = 'Times New Roman';

export function setCell(cell: ExcelJS.Cell, v: CellInput): void {
  if (v === null || v === undefined) return;
  if (v instanceof Date) {
    cell.value = v;
    cell.numFmt = DATE_FMT;
    return;
  }
  if (typeof v === 'object') {
    if (v.kind === 'fmt') {
      cell.value = v.value;
      cell.numFmt = v.numFmt;
    } else {
      // exceljs types the result loosely; an error result is written as t="e".
      cell.value = { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
      if (v.numFmt !== undefined) cell.numFmt = v.numFmt;
    }
    return;
  }
  cell.value = v;
}

export interface TitlePart {
  text: string;
  /** First and last column (1-based) the text is merged across. */
  from: number;
  to: number;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
}

export class SheetBuilder {
  readonly ws: ExcelJS.Worksheet;
  /** The last row written (1-based); 0 before anything. */
  private r = 0;

  constructor(
    wb: ExcelJS.Workbook,
    readonly name: string,
    /** Table width in columns (a sheet of stacked tables sets each table's with `setWidth`). */
    public width: number,
    colWidths: number[] = [],
  ) {
    this.ws = wb.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    this.ws.properties.defaultRowHeight = 16;
    colWidths.forEach((w, i) => {
      this.ws.getColumn(i + 1).width = w;
    });
  }

  get row(): number {
    return this.r;
  }

  /** Leaves `n` empty rows. */
  blank(n = 1): void {
    this.r += n;
  }

  /** One row holding one or more merged title texts; returns its row number. */
  titleRow(parts: TitlePart[] | string, opts: Omit<TitlePart, 'text' | 'from' | 'to'> = {}): number {
    const list: TitlePart[] = typeof parts === 'string' ? [{ text: parts, from: 1, to: this.width, bold: true, ...opts }] : parts;
    const r = ++this.r;
    for (const p of list) {
      const cell = this.ws.getCell(r, p.from);
      cell.value = p.text;
      cell.font = { name: FONT, bold: p.bold ?? false, italic: p.italic ?? false, size: p.size ?? 12 };
      cell.alignment = { horizontal: p.align ?? 'center', vertical: 'middle', wrapText: false };
      if (p.to > p.from) this.ws.mergeCells(r, p.from, r, p.to);
    }
    return r;
  }

  /**
   * A header of one or more rows. `rows[i][c]` is the text of header row i, column c+1;
   * `merges` are [row offset 1, col 1, row offset 2, col 2] (0-based offsets, 1-based cols).
   * Returns the worksheet row numbers of the header rows.
   */
  header(rows: (string | null)[][], merges: [number, number, number, number][] = []): number[] {
    const first = this.r + 1;
    const out: number[] = [];
    rows.forEach((cells) => {
      const r = ++this.r;
      out.push(r);
      for (let c = 1; c <= this.width; c++) {
        const cell = this.ws.getCell(r, c);
        const text = cells[c - 1];
        if (text !== null && text !== undefined && text !== '') cell.value = text;
        cell.font = { name: FONT, bold: true, size: 11 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = THIN;
      }
      this.ws.getRow(r).height = 32;
    });
    for (const [r1, c1, r2, c2] of merges) this.ws.mergeCells(first + r1, c1, first + r2, c2);
    return out;
  }

  /** A data row inside the table (bordered); returns its row number. */
  add(values: CellInput[], opts: { bold?: boolean; border?: boolean } = {}): number {
    const r = ++this.r;
    for (let c = 1; c <= this.width; c++) {
      const cell = this.ws.getCell(r, c);
      setCell(cell, values[c - 1]);
      cell.font = { name: FONT, size: 11, bold: opts.bold ?? false };
      cell.alignment = { vertical: 'middle', wrapText: typeof values[c - 1] === 'string' };
      if (opts.border ?? true) cell.border = THIN;
    }
    return r;
  }

  /** The next table of the sheet is this many columns wide (tables stacked in one sheet). */
  setWidth(width: number): void {
    this.width = width;
  }

  /**
   * A signature-block row whose texts are merged across columns, as offices lay them out
   * (the place-and-date line over the last three or four columns); returns its row number.
   */
  freeMerged(parts: { from: number; to: number; text: string; bold?: boolean; italic?: boolean }[]): number {
    const r = ++this.r;
    for (const p of parts) {
      const cell = this.ws.getCell(r, p.from);
      cell.value = p.text;
      cell.font = { name: FONT, size: 12, bold: p.bold ?? false, italic: p.italic ?? false };
      cell.alignment = { horizontal: 'center' };
      if (p.to > p.from) this.ws.mergeCells(r, p.from, r, p.to);
    }
    return r;
  }

  /** Free cells outside the table (signature block): `cells` maps column → text. */
  free(cells: Record<number, string>, opts: { bold?: boolean; italic?: boolean } = {}): number {
    const r = ++this.r;
    for (const [col, text] of Object.entries(cells)) {
      const cell = this.ws.getCell(r, Number(col));
      cell.value = text;
      cell.font = { name: FONT, size: 12, bold: opts.bold ?? false, italic: opts.italic ?? false };
      cell.alignment = { horizontal: 'center' };
    }
    return r;
  }
}

/** A workbook with fixed metadata, so that nothing in it depends on the clock. */
export function newWorkbook(creator: string, when: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = when;
  wb.modified = when;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}
