/**
 * The fake workbook's state: sheets of cells with values, number formats, fonts, fills,
 * hyperlinks; merged areas; conditional formats in priority order; column widths; the
 * document settings as saved in the file. Tests read it directly.
 */
import type { Rect } from './address';
import { colLetters, parseLocal, rectAddress, rectContains } from './address';
import type { FakeLocale } from './format';

export type FakeScalar = string | number | boolean | null;

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  /** The value (a formula's last result, or null when the fake cannot compute it). */
  v: FakeScalar;
  /** An error value such as `#DIV/0!` (then `v` is null). */
  error?: string;
  /** `=…` when the cell holds a formula. */
  formula?: string;
  /** Number format; `General` when never set. */
  nf: string;
  /** Displayed text given when seeded (kept until the value is written). */
  text?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  underline?: string;
  wrap?: boolean;
  vAlign?: string;
  hyperlink?: FakeHyperlink;
}

/** A cell as given to `createFakeExcel`: a value (Dates become serials), or the details. */
export type FakeCellInit =
  | FakeScalar
  | Date
  | {
      v?: FakeScalar | Date;
      error?: string;
      formula?: string;
      nf?: string;
      text?: string;
      fill?: string;
      bold?: boolean;
      italic?: boolean;
      fontColor?: string;
      underline?: string;
      wrap?: boolean;
    };

export interface FakeSheetInit {
  name: string;
  /** cells[r][c]: r = 0 is row 1, c = 0 is column A. */
  cells: (FakeCellInit | null | undefined)[][];
  /** Merged areas, `A1:C1`. */
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Conditional formats the user already has (custom formula rules). */
  conditionalFormats?: { range: string; formula: string; fill?: string }[];
  /** Column widths in points, by column letter. */
  columnWidths?: Record<string, number>;
}

export interface FakeWorkbookInit {
  /** The document name (`Workbook.name`). */
  name?: string;
  sheets: FakeSheetInit[];
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
}

export interface FakeCF {
  id: string;
  type: string;
  rect: Rect;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  deleted?: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeSheet {
  rows: (FakeCell | undefined)[][] = [];
  merges: Rect[] = [];
  /** Index 0 is the highest priority. */
  cfs: FakeCF[] = [];
  colWidths = new Map<number, number>();
  deleted = false;

  constructor(
    public id: string,
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  /** The cell, created (empty) when missing. */
  ensure(r: number, c: number): FakeCell {
    const row = (this.rows[r - 1] ??= []);
    return (row[c - 1] ??= { v: null, nf: 'General' });
  }

  hasValue(c: FakeCell | undefined): boolean {
    return !!c && (c.v !== null || c.error !== undefined || c.formula !== undefined);
  }

  isDefault(c: FakeCell | undefined): boolean {
    return !c || (!this.hasValue(c) && isDefaultFormat(c));
  }

  /**
   * Bounding box of cells with values (or, with formats too, any non-default cell); with
   * `within`, of those inside that rectangle (`Range.getUsedRange`).
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    const top = within ? within.r1 - 1 : 0;
    const bottom = within ? Math.min(within.r2, this.rows.length) : this.rows.length;
    for (let ri = top; ri < bottom; ri++) {
      const row = this.rows[ri];
      if (!row) continue;
      row.forEach((cell, ci) => {
        if (within && (ci + 1 < within.c1 || ci + 1 > within.c2)) return;
        if (valuesOnly ? !this.hasValue(cell) : this.isDefault(cell)) return;
        r1 = Math.min(r1, ri + 1);
        r2 = Math.max(r2, ri + 1);
        c1 = Math.min(c1, ci + 1);
        c2 = Math.max(c2, ci + 1);
      });
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        if (within && !(m.r1 <= within.r2 && m.r2 >= within.r1 && m.c1 <= within.c2 && m.c2 >= within.c1)) continue;
        r1 = Math.min(r1, m.r1);
        c1 = Math.min(c1, m.c1);
        r2 = Math.max(r2, m.r2);
        c2 = Math.max(c2, m.c2);
      }
    }
    return r2 === 0 ? null : { r1, c1, r2, c2 };
  }
}

export function isDefaultFormat(c: FakeCell): boolean {
  return (
    c.nf === 'General' &&
    c.fill === undefined &&
    !c.bold &&
    !c.italic &&
    c.fontColor === undefined &&
    (c.underline === undefined || c.underline === 'None') &&
    !c.wrap &&
    c.vAlign === undefined &&
    c.hyperlink === undefined
  );
}

export interface FakeWorkbookState {
  name: string;
  sheets: FakeSheet[];
  locale: FakeLocale;
  /** Settings as saved in the document (JSON text per key). */
  settings: Record<string, string>;
  /** Counters for ids. */
  nextSheet: number;
  nextCf: number;
  /** Changes on every simulated reopen (conditional-format ids are per session). */
  session: number;
  /** The active sheet's name (`Worksheet.activate`, `Range.select`). */
  activeSheet?: string;
  /** The last `Range.select()`: sheet and local address (`A10:J10`). */
  selection?: { sheet: string; address: string };
  /** Files opened as new workbooks (`Excel.createWorkbook`): their base64, in order. Not part of this workbook. */
  createdWorkbooks: string[];
  /** Visible sheets, by name (case-insensitive), for tests. */
  sheet(name: string): FakeSheet | undefined;
  /** A cell by sheet name and A1 address, for tests. */
  cell(sheet: string, a1: string): FakeCell | undefined;
}

function sheetId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;
}

export function newSheet(state: FakeWorkbookState, name: string, visibility?: FakeSheet['visibility']): FakeSheet {
  return new FakeSheet(sheetId(state.nextSheet++), name, visibility);
}

export function newCfId(state: FakeWorkbookState): string {
  return `{CF-${state.session}-${state.nextCf++}}`;
}

function fromInit(init: FakeCellInit): FakeCell | undefined {
  if (init === null || init === undefined) return undefined;
  if (typeof init !== 'object' || init instanceof Date) return fromInit({ v: init });
  let v: FakeScalar | Date = init.v ?? null;
  let nf = init.nf ?? 'General';
  if (v instanceof Date) {
    v = dateToSerial(v);
    if (!init.nf) nf = 'dd/mm/yyyy';
  }
  const c: FakeCell = { v: init.error !== undefined ? null : v, nf };
  if (init.error !== undefined) c.error = init.error;
  if (init.formula !== undefined) c.formula = init.formula;
  if (init.text !== undefined) c.text = init.text;
  if (init.fill !== undefined) c.fill = init.fill;
  if (init.bold) c.bold = true;
  if (init.italic) c.italic = true;
  if (init.fontColor !== undefined) c.fontColor = init.fontColor;
  if (init.underline !== undefined) c.underline = init.underline;
  if (init.wrap) c.wrap = true;
  return c;
}

/** A JS Date (UTC) → Excel 1900-system serial, with the time of day as a fraction. */
export function dateToSerial(d: Date): number {
  const ms = d.getTime();
  const days = ms / 86_400_000 + 25_569; // 1970-01-01 is serial 25569
  return days < 61 ? days - 1 : days;
}

export function buildState(init: FakeWorkbookInit, locale: FakeLocale): FakeWorkbookState {
  const state: FakeWorkbookState = {
    name: init.name ?? 'Book1.xlsx',
    sheets: [],
    locale,
    settings: {},
    nextSheet: 1,
    nextCf: 1,
    session: 1,
    createdWorkbooks: [],
    sheet(name: string) {
      const k = name.toLowerCase();
      return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === k);
    },
    cell(sheet: string, a1: string) {
      const s = this.sheet(sheet);
      const r = parseLocal(a1);
      return s && r ? s.cell(r.r1, r.c1) : undefined;
    },
  };
  for (const [k, v] of Object.entries(init.settings ?? {})) state.settings[k] = JSON.stringify(v);
  for (const si of init.sheets) {
    const sh = newSheet(state, si.name, si.visibility);
    si.cells.forEach((row, r) => {
      row?.forEach((ci, c) => {
        const cell = fromInit(ci as FakeCellInit);
        if (cell) (sh.rows[r] ??= [])[c] = cell;
      });
    });
    for (const m of si.merges ?? []) {
      const rect = parseLocal(m);
      if (!rect) throw new Error(`bad merge ${m}`);
      sh.merges.push(rect);
    }
    for (const cf of si.conditionalFormats ?? []) {
      const rect = parseLocal(cf.range);
      if (!rect) throw new Error(`bad CF range ${cf.range}`);
      sh.cfs.push({ id: newCfId(state), type: 'Custom', rect, formula: cf.formula, ...(cf.fill ? { fill: cf.fill } : {}) });
    }
    for (const [col, w] of Object.entries(si.columnWidths ?? {})) {
      const rect = parseLocal(`${col}1`);
      if (rect) sh.colWidths.set(rect.c1, w);
    }
    state.sheets.push(sh);
  }
  return state;
}

/** The merged area a cell belongs to. */
export function mergeAt(sheet: FakeSheet, r: number, c: number): Rect | undefined {
  return sheet.merges.find((m) => rectContains(m, { r1: r, c1: c, r2: r, c2: c }));
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  cells: Record<string, Omit<FakeCell, 'nf'> & { nf?: string }>;
  merges: string[];
  conditionalFormats: { type: string; range: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean }[];
  columnWidths: Record<string, number>;
}

export interface WorkbookSnapshot {
  name: string;
  sheets: SheetSnapshot[];
}

/**
 * Everything a user could see, as plain data for exact before/after comparison: every
 * non-empty cell with its value, formula, formats and link; merges; conditional formats in
 * priority order; column widths. Ids (sheet, conditional format) and settings are left out.
 */
export function snapshot(state: FakeWorkbookState): WorkbookSnapshot {
  return {
    name: state.name,
    sheets: state.sheets
      .filter((s) => !s.deleted)
      .map((s) => {
        const cells: SheetSnapshot['cells'] = {};
        s.rows.forEach((row, r) =>
          row?.forEach((cell, c) => {
            if (!cell || s.isDefault(cell)) return;
            const out: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(cell)) {
              if (v === undefined || (k === 'nf' && v === 'General') || (k === 'underline' && v === 'None')) continue;
              if ((k === 'bold' || k === 'italic' || k === 'wrap') && v === false) continue;
              out[k] = k === 'hyperlink' ? { ...(v as object) } : v;
            }
            cells[`${colLetters(c + 1)}${r + 1}`] = out as SheetSnapshot['cells'][string];
          }),
        );
        const columnWidths: Record<string, number> = {};
        for (const [c, w] of [...s.colWidths.entries()].sort((a, b) => a[0] - b[0])) columnWidths[colLetters(c)] = w;
        return {
          name: s.name,
          visibility: s.visibility,
          cells,
          merges: s.merges.map(rectAddress),
          conditionalFormats: s.cfs.map((cf) => ({
            type: cf.type,
            range: rectAddress(cf.rect),
            ...(cf.formula !== undefined ? { formula: cf.formula } : {}),
            ...(cf.fill !== undefined ? { fill: cf.fill } : {}),
            ...(cf.fontColor !== undefined ? { fontColor: cf.fontColor } : {}),
            ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
          })),
          columnWidths,
        };
      }),
  };
}
