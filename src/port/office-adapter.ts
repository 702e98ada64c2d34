/**
 * The Office.js adapter of the workbook port: the task pane reads the open workbook into
 * the engine's model and writes the flags and the summary back, within CONTRACT.md
 * ("What may be written into a user's workbook"):
 *
 * - a status column right of each checked table (header *Kết quả kiểm tra*), written as
 *   one contiguous column range per block, as text (`@`) so nothing becomes a formula;
 * - highlighting by three custom conditional formats keyed on the status column's first
 *   character (✖ ⚠ ○), never by the user's own fills or fonts;
 * - the summary sheet, in a sheet this add-in created (tracked by worksheet id), with links
 *   back to the flagged rows;
 * - a record of all of it in the document settings (`thidua.written`), so that
 *   *Xóa đánh dấu* removes exactly that, also after the workbook was closed and reopened.
 *
 * Scale. The number of `context.sync()` calls does not depend on the number of rows,
 * except through the host's payload limits (Excel on the web: 5 MB per request and per
 * response):
 * - readModel asks for what the engine reads: every cell's value, but the number format
 *   only of numbers and error values, and the displayed text only of the numbers whose
 *   text says more than value and format (`textFromFormat`: not a whole number under
 *   General, not a day-first date) — about 20 bytes of JSON a cell on a member list,
 *   against 42 for values, text and formats of every cell. Syncs: 2 (the sheets; their
 *   sizes with the values, text and formats of rows 1–40) + ⌈bytes read / 3 MB⌉ (3 up to
 *   about 150,000 cells; a 100,000-row member list of 6 columns, ~12 MB, takes 7), plus
 *   one when a column's numbers first appear below row 40 or need their text after all. A
 *   response the host still refuses is retried with a quarter of the cells.
 * - writeFlags: 2 (4 when earlier flags are replaced), plus one per further ~4 MB written
 *   (only long status texts on very many rows get there).
 * - writeSummary: 2 (3 when its sheet must be recognised by name after a reopen), plus
 *   one per further ~4 MB. clearFlags: 4.
 * Requests stay under ~4 MB by cutting writes into pieces of ~1 MB; `getRanges` address
 * strings under 7,500 characters.
 *
 * Failures. Excel batches are not transactions. The record is saved with what completed
 * syncs sent, and removal is ordered so that it can be repeated (the status header goes
 * last): whichever sync fails, a later Clear restores the workbook.
 */
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../engine/model';
import { columnLetter, isCellError } from '../engine/model';
import { STATUS_HEADER } from '../engine/detect/tables';
import { isDateFormat, serialToIso } from '../engine/normalize/date';
import type { FlagPlan, SheetFlags } from '../engine/output/flags';
import { MARK_ERROR, MARK_WAIVED, MARK_WARNING } from '../engine/output/flags';
import type { SummaryCell, SummarySheet } from '../engine/output/summary-sheet';
import { officeSettings, type ThiduaSettings, type WrittenRecord, type WrittenSheet, type WrittenSummary } from './office-settings';
import { FLAG_FILLS, SUMMARY_FILLS, type ProgressFn, type WorkbookPort } from './workbook-port';
import { EXCEL_ERRORS } from '../engine/normalize/number';

/** The Excel JavaScript API version the add-in needs (hyperlinks, `Workbook.name`, `getRangeByIndexes`). */
export const requiredApi = { excel: '1.7' } as const;

/** Null when the host can run the add-in; otherwise one sentence (Vietnamese, then English) for the pane. */
export function checkHostSupport(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): string | null {
  let ok: boolean;
  try {
    ok = !!office?.context?.requirements?.isSetSupported('ExcelApi', requiredApi.excel);
  } catch {
    ok = false;
  }
  if (ok) return null;
  return (
    `Phiên bản Excel này chưa hỗ trợ phần bổ trợ: cần Excel JavaScript API ${requiredApi.excel} trở lên (Microsoft 365, Excel 2019 trở về sau hoặc Excel trên web). ` +
    `This version of Excel cannot run the add-in: it needs Excel JavaScript API ${requiredApi.excel} or later (Microsoft 365, Excel 2019 or later, or Excel on the web).`
  );
}

export interface OfficeLimits {
  /** Most bytes one sync may send (Excel on the web rejects more than 5 MB). */
  requestBytes: number;
  /** Bytes a read sync aims to receive (the response limit is also 5 MB). */
  responseBytes: number;
  /** Longest `getRanges` address string (it fails near 8,000 characters). */
  addressChars: number;
  /** Bytes counted per queued operation besides its arguments. */
  opOverhead: number;
  /** Bytes of one status-column or summary write. */
  pieceBytes: number;
  /** Most runs of distinct number formats remembered for a status column. */
  maxFormatRuns: number;
  /**
   * Columns read per sheet (A to this one). A stray value far right (XFD1) would otherwise
   * make every row 16,384 cells wide; the tables checked are never near this wide.
   */
  maxColumns: number;
}

export const OFFICE_LIMITS: OfficeLimits = {
  requestBytes: 4_000_000,
  responseBytes: 3_000_000,
  addressChars: 7_500,
  opOverhead: 200,
  pieceBytes: 1_000_000,
  maxFormatRuns: 2_000,
  maxColumns: 512,
};

export interface OfficeWorkbookOptions {
  /** The `Office` namespace (requirement sets, settings). Default: the global one. */
  office?: typeof Office;
  /** Where the plan, mapping, waivers and the record of what was written are kept. */
  settings?: ThiduaSettings;
  limits?: Partial<OfficeLimits>;
}

/* ------------------------------------------------------------------------------------ */

const ERROR_TEXTS = EXCEL_ERRORS;

const MARKS = [MARK_ERROR, MARK_WARNING, MARK_WAIVED];
const MARK_FILL: Record<string, string> = {
  [MARK_ERROR]: FLAG_FILLS.error,
  [MARK_WARNING]: FLAG_FILLS.warning,
  [MARK_WAIVED]: FLAG_FILLS.waived,
};
const CF_SIGNATURE = /^=LEFT\(\$?([A-Z]{1,3})\$?\d+,\s*1\)\s*=\s*"(.)"$/;

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonBytes(x: unknown): number {
  return utf8Bytes(JSON.stringify(x) ?? 'null');
}

function errorCode(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/** `'Sheet x'!A5:H9` → `A5:H9` (no `$`). */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return (i >= 0 ? address.slice(i + 1) : address).replace(/\$/g, '').toUpperCase();
}

/** Sheet reference for a link: `'Tỷ lệ cử tri'!A12`. */
function sheetRef(sheet: string, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A${row}`;
}

/** Rectangles of a RangeAreas address (`Sheet1!A1:C1, 'Tiêu chí'!A6:A7`), 1-based. */
export function parseAreas(address: string): { r1: number; c1: number; r2: number; c2: number }[] {
  const out: { r1: number; c1: number; r2: number; c2: number }[] = [];
  const re = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*(?:,|$))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) {
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const c1 = col(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? col(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    out.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
  }
  return out;
}

function serialToDate(serial: number): Date | null {
  const iso = serialToIso(serial);
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const frac = serial - Math.floor(serial + 1e-9);
  return new Date(Date.UTC(y, m - 1, d) + (frac > 0 ? Math.round(frac * 86_400_000) : 0));
}

/**
 * One cell as the engine wants it; null for an empty cell. The reader passes no text or
 * format for strings and booleans (the engine reads neither) and no text for numbers whose
 * format says it (`textFromFormat`).
 */
export function toModelCell(v: unknown, text: string | undefined, nf: string | undefined): Cell | null {
  if (v === '' || v === null || v === undefined) return null;
  let value: CellValue;
  if (typeof v === 'string') value = ERROR_TEXTS.has(v) ? { error: v } : v;
  else if (typeof v === 'number') value = (isDateFormat(nf) ? serialToDate(v) : null) ?? v;
  else if (typeof v === 'boolean') value = v;
  else value = String(v);
  const cell: Cell = { v: value };
  if (nf && nf !== 'General') cell.f = nf;
  // The displayed text, when it says more than the value: `98,5%`, `6.850`, `23/05/2021`.
  // Not `####` (a column too narrow for the number).
  if (text !== undefined && text !== '') {
    if (typeof v === 'number' && text !== String(v) && !/^#+$/.test(text)) cell.t = text;
    else if (typeof value === 'string' && text !== value) cell.t = text;
  }
  return cell;
}

/** Run-length encoding of a column of number formats. */
function rle(list: string[]): [string, number][] {
  const out: [string, number][] = [];
  for (const f of list) {
    const last = out[out.length - 1];
    if (last && last[0] === f) last[1]++;
    else out.push([f, 1]);
  }
  return out;
}

function unrle(runs: [string, number][] | null, length: number): string[] {
  const out: string[] = [];
  for (const [f, n] of runs ?? []) for (let i = 0; i < n && out.length < length; i++) out.push(f);
  while (out.length < length) out.push('General');
  return out;
}

/** A free sheet name: the preferred one unless taken, then the alternative, then numbered. */
function freeName(taken: Set<string>, names: { preferred: string; alternative: string }): string {
  if (!taken.has(names.preferred.toLowerCase())) return names.preferred;
  if (!taken.has(names.alternative.toLowerCase())) return names.alternative;
  for (let i = 2; ; i++) {
    const n = `${names.alternative.slice(0, 25)} ${i}`;
    if (!taken.has(n.toLowerCase())) return n;
  }
}

/** Column width in characters (as exceljs takes it) → points. */
function charsToPoints(w: number): number {
  return Math.round((w * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Queued operations, sent in as few syncs as the payload limits allow: `room()` before
 * queueing an operation sends what is queued when the new one would not fit.
 */
class Batch {
  private req = 0;
  private resp = 0;
  private queued = false;
  private after: (() => void)[] = [];

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limits: OfficeLimits,
    private readonly writes: boolean,
  ) {}

  async room(requestBytes: number, responseBytes = 0): Promise<void> {
    const req = requestBytes + this.limits.opOverhead;
    if (this.queued && (this.req + req > this.limits.requestBytes || this.resp + responseBytes > this.limits.responseBytes))
      await this.flush();
    if (!this.queued && this.writes) {
      // Formulas that depend on what is written wait until the sync ends.
      this.ctx.application.suspendApiCalculationUntilNextSync();
      this.req += this.limits.opOverhead;
    }
    this.queued = true;
    this.req += req;
    this.resp += responseBytes;
  }

  /** Runs after the sync that sends what is queued now (to read loaded values). */
  then(f: () => void): void {
    this.after.push(f);
  }

  async flush(): Promise<void> {
    if (!this.queued && !this.after.length) return;
    await this.ctx.sync();
    const after = this.after;
    this.after = [];
    this.req = 0;
    this.resp = 0;
    this.queued = false;
    for (const f of after) f();
  }
}

interface StatusEntry {
  rec: WrittenSheet;
  /** Number formats the status cells had, from the header row down. */
  formats: string[];
  /** Last row a completed sync wrote (top − 1: none yet). */
  sentTo: number;
}

interface LocatedSheet {
  w: WrittenSheet;
  ws: Excel.Worksheet;
  /** Found by name only (the id changed): touched only if its status header is ours. */
  byName: boolean;
  head?: Excel.Range;
  cfCollections: Excel.ConditionalFormatCollection[];
  matches: Excel.ConditionalFormat[];
}

/* ------------------------------------------------------------------------------------ */

/**
 * The head read with the sheet sizes: the used part of rows 1–40 of columns A–BL, with
 * values, text and formats (fewer rows when there are very many sheets, so that the sync
 * stays within the response budget at ~45 bytes a cell).
 */
const HEAD = { rows: 40, minRows: 5, cols: 64, bytesPerCell: 45 } as const;

/** Rows merged into one text-and-format request when fewer than this many lie between them. */
const BAND_GAP = 8;
/** A column with more separate runs of numbers than this in one piece is asked for whole. */
const MAX_RUNS = 16;

/** A day-first or year-first date format of numbers and separators (`dd/mm/yyyy`, `d.m.yy`, `yyyy-mm-dd`, `dd/mm/yyyy;@`). */
const DATE_ORDER = /^(?:\[\$-[0-9A-F]{1,8}\])?(d{1,2}|y{2}|y{4})([/.-])(m{1,2})\2(d{1,2}|y{2}|y{4})(?:;@)?$/i;

/**
 * What a number's displayed text says beyond its value and format, without asking Excel:
 * `undefined` when nothing (a whole number below 10 million under General shows its digits),
 * the text itself for a day-first or year-first date of numbers (`dd/mm/yyyy` shows
 * `23/05/2021`), `null` when only Excel knows (`#,##0`, percentages, decimals in the user's
 * locale, month-first or named-month dates, which follow the system's settings).
 */
export function textFromFormat(v: number, nf: string): string | undefined | null {
  if (nf === 'General') return Number.isInteger(v) && Math.abs(v) < 1e7 ? undefined : null;
  const m = DATE_ORDER.exec(nf);
  if (!m) return null;
  const [, first, sep, month, last] = m as unknown as [string, string, string, string, string];
  const dayFirst = first[0]!.toLowerCase() === 'd';
  if (dayFirst === (last[0]!.toLowerCase() === 'd')) return null;
  const iso = serialToIso(v);
  if (iso === null) return null;
  const [y, mo, d] = iso.split('-') as [string, string, string];
  const part = (code: string) => {
    const k = code.toLowerCase();
    if (k === 'd') return String(Number(d));
    if (k === 'dd') return d;
    if (k === 'yy') return y.slice(2);
    return y;
  };
  const monthText = month.length === 1 ? String(Number(mo)) : mo;
  return [part(first), monthText, part(last)].join(sep);
}

/** A rectangle of a sheet, 0-based. */
interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** Cells whose values are still to be read: rows `next` to `end` of columns `c0`… */
interface ValueSpan {
  s: number;
  next: number;
  end: number;
  c0: number;
  cols: number;
}

/** What is asked of a number's cells: text and format, the format alone, or the text alone. */
type Ask = 'full' | 'format' | 'text';

interface ValuePiece {
  span: ValueSpan;
  r0: number;
  rows: number;
  range: Excel.Range;
  /** Columns whose text or format came with these values. */
  covered: Set<number>;
}

interface FormatPiece {
  s: number;
  rect: Rect;
  ask: Ask;
  range: Excel.Range;
}

interface Sent {
  values: ValuePiece[];
  formats: FormatPiece[];
  /** The owed cells asked for (owed again when the sync is refused). */
  owed: { s: number; full: [number, number][]; text: [number, number, Owed][] }[];
  cells: number;
}

/** A number whose text is still to be asked for: its value and format. */
interface Owed {
  raw: number;
  nf: string;
}

const needsFormat = (v: unknown): boolean => typeof v === 'number' || (typeof v === 'string' && ERROR_TEXTS.has(v));

/** Contiguous runs of sorted numbers, merged across gaps of up to `gap`: [first, count]. */
function runs(sorted: number[], gap = 1): [number, number][] {
  const out: [number, number][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - (last[0] + last[1] - 1) <= gap) last[1] = x - last[0] + 1;
    else out.push([x, 1]);
  }
  return out;
}

/** Rows of one column as a few ranges: runs across small gaps, or the whole stretch when there are many. */
function rowRuns(rows: Iterable<number>): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts = runs(sorted, BAND_GAP);
  return parts.length > MAX_RUNS ? [[sorted[0]!, sorted[sorted.length - 1]! - sorted[0]! + 1]] : parts;
}

/**
 * Reading cells in few syncs and few bytes. Values of every cell; the number format only of
 * the cells holding a number or an error value, and the displayed text only of the numbers
 * whose text says more than their value and format (see `textFromFormat`). Each sheet
 * remembers which columns held numbers and whether their text was needed: the next rows'
 * formats (and text) are asked for with their values; a number found elsewhere, or one
 * needing its text after all, is asked for in the following sync.
 */
class CellReader {
  private readonly spans: ValueSpan[] = [];
  /** Per sheet, per column that held numbers: whether their text was needed ('full'), not ('format'), or not known yet. */
  private readonly modes: Map<number, Ask | 'unknown'>[];
  /** Per sheet, per column: rows holding a number or error value whose text and format are owed. */
  private readonly owedFull: Map<number, number[]>[];
  /** Per sheet, per column: rows holding a number whose text is owed. */
  private readonly owedText: Map<number, Map<number, Owed>>[];
  private total = 0;
  private done = 0;
  /** Bytes per cell measured: values; text and format; format alone. */
  private valueRate = 20;
  private fullRate = 30;
  private formatRate = 12;

  constructor(
    private readonly sheets: SheetModel[],
    private readonly limits: OfficeLimits,
  ) {
    this.modes = sheets.map(() => new Map());
    this.owedFull = sheets.map(() => new Map());
    this.owedText = sheets.map(() => new Map());
  }

  /**
   * A used range whose top-left part (rows < headRows, columns < headCols) came with the
   * sizes: `head` is the used part of it with values, text and formats (null: nothing there).
   */
  head(
    s: number,
    used: Rect,
    head: { values: unknown[][]; text: string[][]; numberFormat: string[][]; rowIndex: number; columnIndex: number } | null,
    headRows: number,
    headCols: number,
  ): void {
    const rEnd = used.r0 + used.rows;
    const cEnd = used.c0 + used.cols;
    head?.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = head.rowIndex + i;
        const c = head.columnIndex + j;
        if (r < used.r0 || r >= rEnd || c < used.c0 || c >= cEnd) return;
        if (!this.put(s, r, c, v, true)) return;
        this.format(s, r, c, { text: head.text[i]?.[j], nf: head.numberFormat[i]?.[j] ?? 'General' });
      }),
    );
    this.total += used.rows * used.cols;
    this.done += Math.max(0, Math.min(rEnd, headRows) - used.r0) * Math.max(0, Math.min(cEnd, headCols) - used.c0);
    // Below the head, every column; right of it, the head's rows.
    if (rEnd > headRows) this.addSpan(s, { ...used, r0: Math.max(used.r0, headRows), rows: rEnd - Math.max(used.r0, headRows) });
    if (cEnd > headCols && used.r0 < headRows) {
      const c0 = Math.max(used.c0, headCols);
      this.addSpan(s, { r0: used.r0, rows: Math.min(rEnd, headRows) - used.r0, c0, cols: cEnd - c0 });
    }
  }

  /** A used range none of whose values were read yet. */
  span(s: number, used: Rect): void {
    this.total += used.rows * used.cols;
    this.addSpan(s, used);
  }

  private addSpan(s: number, r: Rect): void {
    if (r.rows > 0 && r.cols > 0) this.spans.push({ s, next: r.r0, end: r.r0 + r.rows, c0: r.c0, cols: r.cols });
  }

  busy(): boolean {
    return this.spans.some((x) => x.next < x.end) || this.owedFull.some((m) => m.size > 0) || this.owedText.some((m) => m.size > 0);
  }

  fraction(): number {
    return this.total ? Math.min(1, this.done / this.total) : 1;
  }

  private rate(ask: Ask): number {
    return ask === 'format' ? this.formatRate : this.fullRate;
  }

  /** Queues one sync: what is owed first, then values with their number columns' formats (and text). */
  queue(list: Excel.Worksheet[], cap: number): Sent {
    const budget = Math.max(1, Math.min(cap, Math.floor(this.limits.responseBytes / this.valueRate)));
    /** Budget used, in value cells. */
    let used = 0;
    const sent: Sent = { values: [], formats: [], owed: [], cells: 0 };
    const ask = (s: number, rect: Rect, what: Ask) => {
      const props = what === 'full' ? 'text,numberFormat' : what === 'format' ? 'numberFormat' : 'text';
      const range = list[s]!.getRangeByIndexes(rect.r0, rect.c0, rect.rows, rect.cols).load(props);
      sent.formats.push({ s, rect, ask: what, range });
      used += (rect.rows * rect.cols * this.rate(what)) / this.valueRate;
      sent.cells += rect.rows * rect.cols;
    };
    this.sheets.forEach((_, s) => {
      const entry: Sent['owed'][number] = { s, full: [], text: [] };
      for (const [c, rows] of [...this.owedText[s]!]) {
        if (used >= budget && sent.cells > 0) break;
        this.owedText[s]!.delete(c);
        for (const [r, o] of rows) entry.text.push([r, c, o]);
        for (const [r0, n] of rowRuns(rows.keys())) ask(s, { r0, c0: c, rows: n, cols: 1 }, 'text');
      }
      for (const [c, rows] of [...this.owedFull[s]!]) {
        if (used >= budget && sent.cells > 0) break;
        this.owedFull[s]!.delete(c);
        for (const r of rows) entry.full.push([r, c]);
        for (const [r0, n] of rowRuns(rows)) ask(s, { r0, c0: c, rows: n, cols: 1 }, 'full');
      }
      if (entry.full.length || entry.text.length) sent.owed.push(entry);
    });
    for (const span of this.spans) {
      while (span.next < span.end) {
        const modes = this.modes[span.s]!;
        const inSpan = [...modes.keys()].filter((c) => c >= span.c0 && c < span.c0 + span.cols).sort((a, b) => a - b);
        const formatOnly = inSpan.filter((c) => modes.get(c) === 'format');
        const full = inSpan.filter((c) => modes.get(c) !== 'format');
        const width = span.cols + (full.length * this.fullRate) / this.valueRate + (formatOnly.length * this.formatRate) / this.valueRate;
        const fit = Math.floor((budget - used) / width);
        if (fit < 1 && sent.cells > 0) break;
        const rows = Math.min(span.end - span.next, Math.max(1, fit));
        const range = list[span.s]!.getRangeByIndexes(span.next, span.c0, rows, span.cols).load('values');
        sent.values.push({ span, r0: span.next, rows, range, covered: new Set(inSpan) });
        used += rows * span.cols;
        sent.cells += rows * span.cols;
        for (const [c0, cols] of runs(full)) ask(span.s, { r0: span.next, c0, rows, cols }, 'full');
        for (const [c0, cols] of runs(formatOnly)) ask(span.s, { r0: span.next, c0, rows, cols }, 'format');
        span.next += rows;
      }
      if (used >= budget) break;
    }
    return sent;
  }

  /** The host refused the sync: everything asked for in it is asked again. */
  giveBack(sent: Sent): void {
    for (const p of [...sent.values].reverse()) p.span.next = p.r0;
    for (const o of sent.owed) {
      for (const [r, c] of o.full) this.oweFull(o.s, r, c);
      for (const [r, c, x] of o.text) this.oweText(o.s, r, c, x);
    }
  }

  /** Puts what a sync brought into the model: values first, then the formats and text asked with them. */
  take(sent: Sent): void {
    let valueBytes = 0;
    let valueCells = 0;
    for (const p of sent.values) {
      const { values } = p.range;
      valueBytes += jsonBytes(values);
      valueCells += p.rows * p.span.cols;
      for (let i = 0; i < p.rows; i++) {
        const vr = values[i];
        if (!vr) continue;
        for (let j = 0; j < p.span.cols; j++) {
          const c = p.span.c0 + j;
          this.put(p.span.s, p.r0 + i, c, vr[j], p.covered.has(c));
        }
      }
      this.done += p.rows * p.span.cols;
    }
    const measured = { full: [0, 0], format: [0, 0] };
    /** The owed texts asked for, by sheet, column and row (they were taken off the owed lists when queued). */
    const owedTexts = new Map<string, Owed>();
    for (const o of sent.owed) for (const [r, c, x] of o.text) owedTexts.set(`${o.s}:${c}:${r}`, x);
    for (const f of sent.formats) {
      const text = f.ask === 'format' ? undefined : f.range.text;
      const nf = f.ask === 'text' ? undefined : f.range.numberFormat;
      const m = measured[f.ask === 'format' ? 'format' : 'full'];
      m[0] += (text ? jsonBytes(text) : 0) + (nf ? jsonBytes(nf) : 0);
      m[1] += f.rect.rows * f.rect.cols;
      for (let i = 0; i < f.rect.rows; i++)
        for (let j = 0; j < f.rect.cols; j++) {
          const r = f.rect.r0 + i;
          const c = f.rect.c0 + j;
          if (f.ask === 'text') {
            const o = owedTexts.get(`${f.s}:${c}:${r}`);
            if (o) this.finish(f.s, r, c, o.raw, text?.[i]?.[j], o.nf);
          } else this.format(f.s, r, c, { text: text?.[i]?.[j], nf: nf?.[i]?.[j] ?? 'General' });
        }
    }
    if (valueCells) this.valueRate = Math.max(4, (valueBytes / valueCells) * 1.15);
    if (measured.full[1]) this.fullRate = Math.max(8, (measured.full[0]! / measured.full[1]) * 1.15);
    if (measured.format[1]) this.formatRate = Math.max(6, (measured.format[0]! / measured.format[1]) * 1.15);
  }

  /**
   * One value into the model. A number's or an error value's format (and text) comes with
   * it (`covered`: asked for in the same sync) or is owed to the next sync. True when the
   * cell holds a number or an error value.
   */
  private put(s: number, r: number, c: number, v: unknown, covered: boolean): boolean {
    const cell = toModelCell(v, undefined, undefined);
    if (!cell) return false;
    const rows = this.sheets[s]!.rows;
    (rows[r] ??= [])[c] = cell;
    if (!needsFormat(v)) return false;
    if (!this.modes[s]!.has(c)) this.modes[s]!.set(c, 'unknown');
    if (!covered) this.oweFull(s, r, c);
    return true;
  }

  /**
   * A number's or an error value's format (and text, when it was asked for) arrived: the
   * cell as the engine reads it, or its text owed when only Excel can say it.
   */
  private format(s: number, r: number, c: number, got: { text: string | undefined; nf: string }): void {
    const cell = this.sheets[s]!.rows[r]?.[c];
    if (!cell) return;
    if (isCellError(cell.v)) {
      this.sheets[s]!.rows[r]![c] = toModelCell(cell.v.error, undefined, got.nf);
      return;
    }
    if (typeof cell.v !== 'number') return;
    const raw = cell.v;
    const known = textFromFormat(raw, got.nf);
    if (got.text !== undefined) {
      // The text came anyway: whether the format alone would have said it, for this column's next rows.
      const same = known === undefined ? got.text === String(raw) || /^#+$/.test(got.text) : known === got.text;
      this.learn(s, c, same);
      this.finish(s, r, c, raw, got.text, got.nf);
    } else if (known === null) {
      this.learn(s, c, false);
      this.sheets[s]!.rows[r]![c] = toModelCell(raw, undefined, got.nf);
      this.oweText(s, r, c, { raw, nf: got.nf });
    } else {
      this.learn(s, c, true);
      this.finish(s, r, c, raw, known, got.nf);
    }
  }

  private finish(s: number, r: number, c: number, raw: number, text: string | undefined, nf: string): void {
    const row = this.sheets[s]!.rows[r];
    if (row) row[c] = toModelCell(raw, text, nf);
  }

  private learn(s: number, c: number, formatTells: boolean): void {
    const m = this.modes[s]!;
    if (!formatTells) m.set(c, 'full');
    else if (m.get(c) === 'unknown' || !m.has(c)) m.set(c, 'format');
  }

  private oweFull(s: number, r: number, c: number): void {
    const m = this.owedFull[s]!;
    const list = m.get(c);
    if (list) list.push(r);
    else m.set(c, [r]);
  }

  private oweText(s: number, r: number, c: number, o: Owed): void {
    const m = this.owedText[s]!;
    let rows = m.get(c);
    if (!rows) m.set(c, (rows = new Map()));
    rows.set(r, o);
  }
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly limits: OfficeLimits;
  private readonly office: typeof Office | undefined;
  private settingsStore: ThiduaSettings | undefined;

  constructor(
    private readonly excel: typeof Excel = Excel,
    opts: OfficeWorkbookOptions = {},
  ) {
    this.limits = { ...OFFICE_LIMITS, ...opts.limits };
    this.office = opts.office ?? (globalThis as { Office?: typeof Office }).Office;
    this.settingsStore = opts.settings;
  }

  /** The settings store (document settings unless one was given). */
  get settings(): ThiduaSettings {
    this.settingsStore ??= officeSettings(this.office);
    return this.settingsStore;
  }

  private supports(version: string): boolean {
    try {
      return !!this.office?.context?.requirements?.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  }

  /* ---------------------------------- read ---------------------------------------- */

  async readModel(onProgress?: ProgressFn): Promise<WorkbookModel> {
    const record = this.settings.getWritten();
    const withMerges = this.supports('1.13');
    const limits = this.limits;
    return this.excel.run(async (ctx) => {
      const wb = ctx.workbook;
      wb.load('name');
      const all = wb.worksheets.load('items/name,items/id,items/visibility');
      await ctx.sync(); // 1: the sheets

      const own = record?.summary;
      const list = all.items.filter((ws) => ws.id !== own?.id);
      // After a reopen the summary may have another id: recognise it by name and title.
      const maybeOwn = own && list.find((ws) => ws.name.toLowerCase() === own.name.toLowerCase());
      // 2: sizes, merged areas, and the values of each sheet's first rows (the head), so that
      // a small workbook is read by the next sync and a large one knows its number columns.
      const headCols = Math.min(HEAD.cols, limits.maxColumns);
      const headRows = Math.max(
        HEAD.minRows,
        Math.min(HEAD.rows, Math.floor(limits.responseBytes / HEAD.bytesPerCell / Math.max(1, list.length) / headCols)),
      );
      const queueSizes = (withHead: boolean) => ({
        ownA1: maybeOwn ? maybeOwn.getRange('A1').load('values') : undefined,
        used: list.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount')),
        merged: withMerges ? list.map((ws) => ws.getRange().getMergedAreasOrNullObject().load('address')) : [],
        head: withHead
          ? list.map((ws) =>
              ws
                .getRangeByIndexes(0, 0, headRows, headCols)
                .getUsedRangeOrNullObject(true)
                .load('values,text,numberFormat,rowIndex,columnIndex,rowCount,columnCount'),
            )
          : null,
      });
      let q = queueSizes(true);
      try {
        await ctx.sync();
      } catch (e) {
        if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw e;
        // Heads too large to come back at once (very many wide sheets): sizes alone.
        q = queueSizes(false);
        await ctx.sync();
      }
      const { ownA1, used, merged, head } = q;

      let skip = -1;
      if (maybeOwn && ownA1 && String(ownA1.values[0]?.[0] ?? '') === own.title) skip = list.indexOf(maybeOwn);
      const sheets: SheetModel[] = list.map((ws) => ({
        name: ws.name,
        rows: [],
        ...(ws.visibility !== 'Visible' ? { hidden: true } : {}),
      }));
      const reader = new CellReader(sheets, limits);
      used.forEach((u, s) => {
        if (s === skip || u.isNullObject || u.rowCount === 0) return;
        const cols = Math.min(u.columnCount, limits.maxColumns - u.columnIndex);
        if (cols < 1) return;
        const rect = { r0: u.rowIndex, c0: u.columnIndex, rows: u.rowCount, cols };
        const h = head?.[s];
        if (h) reader.head(s, rect, h.isNullObject ? null : h, headRows, headCols);
        else reader.span(s, rect);
      });
      onProgress?.(reader.fraction());

      // 3…: the remaining values, as many rows per sync as fit the response budget, with the
      // text and number format of the cells holding a number or an error value — the only
      // cells whose text or format the engine reads (percentages, dates, `6.850`) — asked for
      // in the same sync where the column's earlier rows held numbers, else in the next one.
      let cap = Infinity; // cells per sync, lowered when the host refuses a response
      while (reader.busy()) {
        const sent = reader.queue(list, cap);
        try {
          await ctx.sync();
        } catch (e) {
          if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || sent.cells <= 1) throw e;
          // Larger cells than assumed: give the rows back and ask for fewer at a time.
          reader.giveBack(sent);
          cap = Math.max(1, Math.floor(sent.cells / 4));
          continue;
        }
        reader.take(sent);
        onProgress?.(reader.fraction());
      }

      // The merged areas go into the model as Excel holds them: the value in the first cell
      // only (the port's contract); the engine reads a merged line as one cell.
      merged.forEach((m, s) => {
        if (m.isNullObject || s === skip) return;
        const areas = parseAreas(m.address);
        if (areas.length) sheets[s]!.merged = areas.map((a) => ({ top: a.r1, left: a.c1, bottom: a.r2, right: a.c2 }));
      });

      // The status cells this add-in wrote are not the user's data.
      for (const w of record?.sheets ?? []) {
        const s = list.findIndex((ws) => ws.id === w.id);
        if (s < 0 || s === skip) continue;
        const rows = sheets[s]!.rows;
        for (let r = w.top; r <= w.bottom; r++) {
          const cell = rows[r - 1]?.[w.column - 1];
          if (!cell || typeof cell.v !== 'string' || !(cell.v === STATUS_HEADER || MARKS.includes(cell.v[0] ?? ''))) continue;
          const row = rows[r - 1]!;
          delete row[w.column - 1];
          let n = row.length;
          while (n > 0 && !row[n - 1]) n--;
          row.length = n;
        }
      }

      if (skip >= 0) sheets.splice(skip, 1);
      onProgress?.(1);
      return { name: wb.name, sheets };
    });
  }

  /* ------------------------------ what was written --------------------------------- */

  /**
   * Finds, in at most two syncs, the status columns and conditional formats an earlier
   * run wrote (and the summary sheet, when only its name is left to go by).
   */
  private async locate(
    ctx: Excel.RequestContext,
    items: Excel.Worksheet[],
    record: { sheets: WrittenSheet[]; summary?: WrittenSummary },
  ): Promise<{ sheets: LocatedSheet[]; summary: Excel.Worksheet | null }> {
    const byId = new Map(items.map((ws) => [ws.id, ws]));
    const byName = new Map(items.map((ws) => [ws.name.toLowerCase(), ws]));
    const located: LocatedSheet[] = [];
    let loads = 0;
    for (const w of record.sheets) {
      const ws = byId.get(w.id) ?? byName.get(w.name.toLowerCase());
      if (!ws) continue;
      const l: LocatedSheet = { w, ws, byName: !byId.has(w.id), cfCollections: [], matches: [] };
      l.head = ws.getRange(`${columnLetter(w.column)}${w.top}`).load('values');
      for (const range of new Set(w.cfs.map((c) => c.range)))
        l.cfCollections.push(ws.getRange(range).conditionalFormats.load('items/type,items/id'));
      located.push(l);
      loads++;
    }
    let summary: Excel.Worksheet | null = null;
    let summaryA1: Excel.Range | undefined;
    if (record.summary) {
      summary = byId.get(record.summary.id) ?? null;
      const candidate = summary ? undefined : byName.get(record.summary.name.toLowerCase());
      if (candidate && !located.some((l) => l.ws === candidate)) {
        summaryA1 = candidate.getRange('A1').load('values');
        loads++;
      }
    }
    if (!loads) return { sheets: [], summary };
    await ctx.sync();
    if (summaryA1 && record.summary && String(summaryA1.values[0]?.[0] ?? '') === record.summary.title) {
      summary = byName.get(record.summary.name.toLowerCase()) ?? null;
    }

    // Our conditional formats: custom rules whose formula and range are the recorded ones
    // (or, after rows were inserted, whose formula has our shape on our column and fill).
    const candidates: {
      l: LocatedSheet;
      cf: Excel.ConditionalFormat;
      rule: Excel.ConditionalFormatRule;
      fill: Excel.ConditionalRangeFill;
      range: Excel.Range;
    }[] = [];
    for (const l of located) {
      const seen = new Set<string>();
      for (const col of l.cfCollections) {
        for (const cf of col.items) {
          if (cf.type !== 'Custom' || seen.has(cf.id)) continue;
          seen.add(cf.id);
          candidates.push({
            l,
            cf,
            rule: cf.custom.rule.load('formula'),
            fill: cf.custom.format.fill.load('color'),
            range: cf.getRangeOrNullObject().load('address'),
          });
        }
      }
    }
    if (candidates.length) {
      await ctx.sync();
      for (const c of candidates) {
        const formula = c.rule.formula;
        const address = c.range.isNullObject ? '' : localAddress(c.range.address);
        const exact = c.l.w.cfs.some((r) => r.formula === formula && r.range === address);
        const sig = CF_SIGNATURE.exec(formula);
        const shaped =
          !!sig &&
          sig[1] === columnLetter(c.l.w.column) &&
          MARK_FILL[sig[2]!] !== undefined &&
          (c.fill.color ?? '').replace('#', '').toUpperCase() === MARK_FILL[sig[2]!];
        if (exact || shaped) c.l.matches.push(c.cf);
      }
    }
    return { sheets: located, summary };
  }

  /** Queues the removal of located status columns and conditional formats. */
  private async queueRemoval(batch: Batch, located: LocatedSheet[]): Promise<void> {
    for (const l of located) {
      const { w, ws } = l;
      const ours = String(l.head?.values[0]?.[0] ?? '') === STATUS_HEADER;
      for (const cf of l.matches) {
        await batch.room(60);
        cf.delete();
      }
      if (!ours) continue; // the column moved or is no longer ours: leave the cells alone
      // The header goes last: should a sync fail midway, the column is still recognised
      // as ours and a later Clear finishes the job (every step can be repeated).
      const letter = columnLetter(w.column);
      const formats = unrle(w.formats, w.bottom - w.top + 1);
      for (let i = 0; i < formats.length;) {
        let bytes = 0;
        const start = i;
        while (i < formats.length && bytes < this.limits.pieceBytes) bytes += utf8Bytes(formats[i++]!) + 6;
        await batch.room(bytes + 60);
        ws.getRange(`${letter}${w.top + start}:${letter}${w.top + i - 1}`).numberFormat = formats.slice(start, i).map((f) => [f]);
      }
      if (w.headerBold !== null) {
        await batch.room(60);
        ws.getRange(`${letter}${w.top}`).format.font.bold = w.headerBold;
      }
      if (w.bottom > w.top) {
        await batch.room(60);
        ws.getRange(`${letter}${w.top + 1}:${letter}${w.bottom}`).clear(this.excel.ClearApplyTo.contents);
      }
      await batch.room(60);
      ws.getRange(`${letter}${w.top}`).clear(this.excel.ClearApplyTo.contents);
    }
  }

  /* ---------------------------------- flags ---------------------------------------- */

  async writeFlags(plan: FlagPlan, onProgress?: ProgressFn): Promise<void> {
    const store = this.settings;
    const old = store.getWritten();
    const written: StatusEntry[] = [];
    let oldRemoved = !old?.sheets.length;
    const record = (): WrittenRecord => {
      // Only what a sync actually sent: a failed run can still be cleared.
      const sheets = written
        .filter((x) => x.sentTo >= x.rec.top)
        .map((x) => ({
          ...x.rec,
          bottom: x.sentTo,
          formats: this.formatRuns(x.formats.slice(0, x.sentTo - x.rec.top + 1)),
        }));
      const kept = oldRemoved ? [] : (old?.sheets ?? []);
      return { version: 1, sheets: [...kept, ...sheets], ...(old?.summary ? { summary: old.summary } : {}) };
    };
    try {
      await this.excel.run(async (ctx) => {
        const all = ctx.workbook.worksheets.load('items/name,items/id');
        await ctx.sync();
        const byName = new Map(all.items.map((ws) => [ws.name.toLowerCase(), ws]));
        const batch = new Batch(ctx, this.limits, true);
        if (old?.sheets.length) {
          const { sheets } = await this.locate(ctx, all.items, { sheets: old.sheets });
          await this.queueRemoval(batch, sheets);
          batch.then(() => (oldRemoved = true));
        }
        const totalRows = plan.sheets.reduce((n, s) => n + Math.max(s.lastDataRow, s.headerRows[0]!) - s.headerRows[0]! + 1, 0);
        let doneRows = 0;
        for (const s of plan.sheets) {
          const ws = byName.get(s.sheet.toLowerCase());
          if (!ws) continue;
          const entry = await this.queueStatusColumn(batch, ws, s);
          written.push(entry);
          doneRows += entry.formats.length;
          onProgress?.(Math.min(0.99, doneRows / Math.max(1, totalRows)));
        }
        await batch.flush();
      });
    } catch (e) {
      store.setWritten(record());
      await store.save().catch(() => {});
      throw e;
    }
    store.setWritten(record());
    await store.save();
    onProgress?.(1);
  }

  private formatRuns(formats: string[]): [string, number][] | null {
    const runs = rle(formats);
    return runs.length <= this.limits.maxFormatRuns ? runs : null;
  }

  /**
   * Queues one sheet's status column: the header and every row down to the last data
   * row as one column of text, in pieces of about `pieceBytes`; the number formats the
   * cells had are loaded first (same batch, so they are read before being changed);
   * then the three conditional formats.
   */
  private async queueStatusColumn(batch: Batch, ws: Excel.Worksheet, s: SheetFlags): Promise<StatusEntry> {
    const letter = columnLetter(s.statusColumn);
    const top = s.headerRows[0]!;
    const bottom = Math.max(s.lastDataRow, top);
    const rec: WrittenSheet = { id: ws.id, name: ws.name, column: s.statusColumn, top, bottom, headerBold: null, formats: null, cfs: [] };
    const entry: StatusEntry = { rec, formats: new Array<string>(bottom - top + 1).fill('General'), sentTo: top - 1 };
    const headAddr = `${letter}${top}`;

    await batch.room(80, 40);
    const headFont = ws.getRange(headAddr).format.font.load('bold');
    batch.then(() => (rec.headerBold = typeof headFont.bold === 'boolean' ? headFont.bold : null));

    for (let r = top; r <= bottom;) {
      const start = r;
      const values: string[][] = [];
      let bytes = 0;
      while (r <= bottom && bytes < this.limits.pieceBytes) {
        const text = r === top ? s.header : (s.statuses.get(r) ?? '');
        values.push([text]);
        bytes += jsonBytes(text) + 3 + 6;
        r++;
      }
      const end = r - 1;
      const addr = `${letter}${start}:${letter}${end}`;
      await batch.room(bytes + 3 * 80, values.length * 16);
      const before = ws.getRange(addr).load('numberFormat');
      const target = ws.getRange(addr);
      target.numberFormat = values.map(() => ['@']);
      target.values = values;
      batch.then(() => {
        before.numberFormat.forEach((row, i) => (entry.formats[start - top + i] = String(row[0] ?? 'General')));
        entry.sentTo = end;
      });
    }
    await batch.room(120);
    ws.getRange(headAddr).format.font.bold = true;

    const ref = `${columnLetter(s.firstColumn)}${s.firstDataRow}:${letter}${Math.max(s.lastDataRow, s.firstDataRow)}`;
    const rules: [string, string][] = [
      [MARK_WAIVED, FLAG_FILLS.waived],
      [MARK_WARNING, FLAG_FILLS.warning],
      [MARK_ERROR, FLAG_FILLS.error],
    ];
    for (const [mark, fill] of rules) {
      const formula = `=LEFT($${letter}${s.firstDataRow},1)="${mark}"`;
      await batch.room(3 * 80 + formula.length * 2);
      const cf = ws.getRange(ref).conditionalFormats.add(this.excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = `#${fill}`;
      // Recorded even if the sync fails: Clear looks them up and removes only what exists.
      rec.cfs.push({ range: ref, formula });
    }
    return entry;
  }

  /* --------------------------------- summary --------------------------------------- */

  async writeSummary(sheet: SummarySheet, names: { preferred: string; alternative: string }): Promise<string> {
    const store = this.settings;
    const old = store.getWritten();
    const title = String(sheet.rows[0]?.[0]?.v ?? '');
    let result: WrittenSummary | undefined;
    let oldDeleted = false;
    let name = names.preferred;
    const record = (): WrittenRecord => {
      const summary = result ?? (oldDeleted ? undefined : old?.summary);
      return { version: 1, sheets: old?.sheets ?? [], ...(summary ? { summary } : {}) };
    };
    try {
      await this.excel.run(async (ctx) => {
        const all = ctx.workbook.worksheets.load('items/name,items/id');
        await ctx.sync();
        const ours = old?.summary ? (await this.locate(ctx, all.items, { sheets: [], summary: old.summary })).summary : null;
        const taken = new Set(all.items.filter((ws) => ws !== ours).map((ws) => ws.name.toLowerCase()));
        name = freeName(taken, names);
        const batch = new Batch(ctx, this.limits, true);
        await batch.room(120);
        ours?.delete();
        const ws = ctx.workbook.worksheets.add(name);
        ws.load('id');
        batch.then(() => {
          oldDeleted = true;
          result = { id: ws.id, name, title };
        });
        await this.queueSummaryCells(batch, ws, sheet);
        await batch.flush();
      });
    } catch (e) {
      // A summary sheet that was created stays ours (Clear removes it), even if half written.
      store.setWritten(record());
      await store.save().catch(() => {});
      throw e;
    }
    store.setWritten(record());
    await store.save();
    return name;
  }

  private async queueSummaryCells(batch: Batch, ws: Excel.Worksheet, sheet: SummarySheet): Promise<void> {
    const rows = sheet.rows;
    const width = Math.max(1, ...rows.map((r) => r.length));
    const last = columnLetter(width);

    // Values, with `@` on every string first so that nothing is read as a formula.
    for (let r = 0; r < rows.length;) {
      const start = r;
      const values: (string | number)[][] = [];
      const formats: string[][] = [];
      let bytes = 0;
      while (r < rows.length && bytes < this.limits.pieceBytes) {
        const row = rows[r]!;
        const vs: (string | number)[] = [];
        const fs: string[] = [];
        for (let c = 0; c < width; c++) {
          const cell: SummaryCell | undefined = row[c];
          const v = cell?.v ?? '';
          vs.push(v);
          fs.push(typeof v === 'string' ? (v === '' ? 'General' : '@') : (cell?.numFmt ?? 'General'));
        }
        values.push(vs);
        formats.push(fs);
        bytes += jsonBytes(vs) + jsonBytes(fs);
        r++;
      }
      await batch.room(bytes + 200);
      const range = ws.getRange(`A${start + 1}:${last}${r}`);
      range.numberFormat = formats;
      range.values = values;
    }

    // Formats, grouped: one request per kind of format (getRanges when the host has it).
    const groups = new Map<string, string[]>();
    const add = (key: string, r: number, c0: number, c1: number) => {
      const a = c0 === c1 ? `${columnLetter(c0 + 1)}${r + 1}` : `${columnLetter(c0 + 1)}${r + 1}:${columnLetter(c1 + 1)}${r + 1}`;
      const list = groups.get(key) ?? [];
      list.push(a);
      groups.set(key, list);
    };
    rows.forEach((row, r) => {
      const keysOf = (cell: SummaryCell | undefined): string[] => {
        if (!cell) return [];
        const k: string[] = [];
        if (cell.bold) k.push('bold');
        if (cell.style) k.push(`fill:${SUMMARY_FILLS[cell.style]}`);
        if (cell.link && typeof cell.v !== 'object') k.push('link');
        if (cell.wrap) k.push('wrap');
        return k;
      };
      const keys = new Set(row.flatMap(keysOf));
      for (const key of keys) {
        let c0 = -1;
        for (let c = 0; c <= row.length; c++) {
          const has = c < row.length && keysOf(row[c]).includes(key);
          if (has && c0 < 0) c0 = c;
          if (!has && c0 >= 0) {
            add(key, r, c0, c - 1);
            c0 = -1;
          }
        }
      }
    });
    const multi = this.supports('1.9');
    for (const [key, addrs] of groups) {
      const apply = (f: Excel.RangeFormat) => {
        if (key === 'bold') f.font.bold = true;
        else if (key === 'link') {
          f.font.color = '#0563C1';
          f.font.underline = this.excel.RangeUnderlineStyle?.single ?? 'Single';
        } else if (key === 'wrap') {
          f.wrapText = true;
          f.verticalAlignment = this.excel.VerticalAlignment?.top ?? 'Top';
        } else f.fill.color = `#${key.slice(5)}`;
      };
      if (multi) {
        for (let i = 0; i < addrs.length;) {
          let s = addrs[i++]!;
          while (i < addrs.length && s.length + 1 + addrs[i]!.length <= this.limits.addressChars) s += `,${addrs[i++]}`;
          await batch.room(utf8Bytes(s) + 200);
          apply(ws.getRanges(s).format);
        }
      } else {
        for (const a of addrs) {
          await batch.room(a.length + 200);
          apply(ws.getRange(a).format);
        }
      }
    }

    // Links back to the flagged rows (one request per link: Excel has no bulk form).
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < rows[r]!.length; c++) {
        const cell = rows[r]![c]!;
        if (!cell.link || (cell.v !== null && typeof cell.v === 'object')) continue;
        const hyperlink = { documentReference: sheetRef(cell.link.sheet, cell.link.row), textToDisplay: String(cell.v ?? '') };
        await batch.room(jsonBytes(hyperlink) + 80);
        ws.getRange(`${columnLetter(c + 1)}${r + 1}`).hyperlink = hyperlink;
      }
    }

    for (let c = 0; c < sheet.widths.length; c++) {
      await batch.room(80);
      ws.getRange(`${columnLetter(c + 1)}1`).format.columnWidth = charsToPoints(sheet.widths[c]!);
    }
  }

  /* ---------------------------------- clear ---------------------------------------- */

  async clearFlags(): Promise<void> {
    const store = this.settings;
    const old = store.getWritten();
    if (!old) return;
    await this.excel.run(async (ctx) => {
      const all = ctx.workbook.worksheets.load('items/name,items/id');
      await ctx.sync();
      const { sheets, summary } = await this.locate(ctx, all.items, old);
      const batch = new Batch(ctx, this.limits, true);
      await this.queueRemoval(batch, sheets);
      if (summary) {
        await batch.room(60);
        summary.delete();
      }
      await batch.flush();
    });
    store.setWritten(undefined);
    await store.save();
  }
}
