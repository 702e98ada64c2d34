/**
 * The worksheet-cell scanner: reads a sheet part's bytes chunk by chunk as they come out of
 * the inflater, one complete row at a time, never holding the part whole. A hand-written
 * scanner because it is the hot path (1.2 M cells on the 200,000-row benchmark): saxes takes
 * 1.2 s to tokenize that 66 MB part, this scanner 0.4 s including building the model
 * (BENCHMARKS.md, section 6). It works on UTF-8 bytes: markup is ASCII, so a multi-byte
 * character never looks like `<`, `"` or `>`; text is decoded once per value.
 *
 * What it reads (SpreadsheetML, ECMA-376 Part 1, 18.3): rows and cells with or without
 * `r` references, values by type (`n`, `s`, `str`, `inlineStr`, `b`, `e`, `d`), formulas'
 * cached results, rich text runs concatenated with phonetic runs (`rPh`) left out, entities
 * and `_xHHHH_` escapes decoded, CDATA, comments, the merged areas after the cells. Element
 * names may carry any prefix bound to the SpreadsheetML namespace (Transitional or Strict).
 */
import type { Cell, SheetModel } from '../engine/model';
import { serialToDate } from './dates';
import { damaged, XlsxError } from './errors';
import { isMainNs, unescapeXstring } from './xml';

// ---- bytes ----------------------------------------------------------------------------------

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CR = 13;
const EQ = 61;
const BANG = 33;
const QUEST = 63;

export const enc = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 9 || b === CR;
}

/** After a tag name: whitespace, `>` or `/`. */
function isNameEnd(b: number | undefined): boolean {
  return b === 32 || b === GT || b === SLASH || b === 10 || b === 9 || b === CR;
}

/**
 * The next `<` from `i` (-1: none). A plain loop: the hops in a sheet are short (a cell's
 * value, the next tag), where calling the native indexOf costs more than it saves.
 */
function nextLt(buf: Uint8Array, i: number): number {
  const n = buf.length;
  while (i < n && buf[i] !== LT) i++;
  return i < n ? i : -1;
}

/** The qualified names the scanners look for, as bytes, for one prefix. */
export class Names {
  readonly prefix: string;
  private readonly cache = new Map<string, Uint8Array>();
  constructor(prefix: string) {
    this.prefix = prefix;
  }
  get(local: string): Uint8Array {
    let b = this.cache.get(local);
    if (!b) {
      b = enc.encode(this.prefix ? `${this.prefix}:${local}` : local);
      this.cache.set(local, b);
    }
    return b;
  }
}

/** Whether `buf[p]` is `<` (or `</` when `close`) followed by the name `q` and a delimiter. */
export function isTag(buf: Uint8Array, p: number, q: Uint8Array, close = false): boolean {
  let i = p + 1;
  if (close) {
    if (buf[i] !== SLASH) return false;
    i++;
  }
  const n = q.length;
  if (i + n >= buf.length) return false;
  for (let k = 0; k < n; k++) if (buf[i + k] !== q[k]) return false;
  return isNameEnd(buf[i + n]);
}

/** The `>` ending the tag that starts at `p` (quotes respected), or -1 when it is not in the buffer. */
export function tagEnd(buf: Uint8Array, p: number): number {
  const n = buf.length;
  for (let i = p + 1; i < n; i++) {
    const b = buf[i]!;
    if (b === GT) return i;
    if (b === QUOT || b === APOS) {
      const j = buf.indexOf(b, i + 1);
      if (j < 0) return -1;
      i = j;
    }
  }
  return -1;
}

/** Position just after the end tag `</q>` found from `p`, or -1. Nested same-name elements are counted. */
export function skipElement(buf: Uint8Array, p: number, q: Uint8Array): number {
  // `p` is at the start tag.
  const first = tagEnd(buf, p);
  if (first < 0) return -1;
  if (buf[first - 1] === SLASH) return first + 1;
  let depth = 1;
  let i = first + 1;
  while (depth > 0) {
    i = buf.indexOf(LT, i);
    if (i < 0) return -1;
    if (isTag(buf, i, q, true)) {
      depth--;
      const e = buf.indexOf(GT, i);
      if (e < 0) return -1;
      i = e + 1;
    } else if (isTag(buf, i, q)) {
      const e = tagEnd(buf, i);
      if (e < 0) return -1;
      if (buf[e - 1] !== SLASH) depth++;
      i = e + 1;
    } else i++;
  }
  return i;
}

/** Skips a comment, processing instruction or CDATA at `p`; returns the position after it, or -1. */
function skipSpecial(buf: Uint8Array, p: number): number {
  if (buf[p + 1] === QUEST) {
    for (let i = buf.indexOf(QUEST, p + 2); i >= 0; i = buf.indexOf(QUEST, i + 1)) if (buf[i + 1] === GT) return i + 2;
    return -1;
  }
  if (buf[p + 2] === 45 && buf[p + 3] === 45) {
    for (let i = buf.indexOf(45, p + 4); i >= 0; i = buf.indexOf(45, i + 1)) if (buf[i + 1] === 45 && buf[i + 2] === GT) return i + 3;
    return -1;
  }
  if (startsWith(buf, p, CDATA_OPEN)) {
    const e = indexOfSeq(buf, CDATA_CLOSE, p + 9);
    return e < 0 ? -1 : e + 3;
  }
  if (startsWith(buf, p, DOCTYPE)) throw new XlsxError('doctype');
  const e = tagEnd(buf, p);
  return e < 0 ? -1 : e + 1;
}

const CDATA_OPEN = enc.encode('<![CDATA[');
const CDATA_CLOSE = enc.encode(']]>');
const DOCTYPE = enc.encode('<!DOCTYPE');

function startsWith(buf: Uint8Array, p: number, s: Uint8Array): boolean {
  if (p + s.length > buf.length) return false;
  for (let k = 0; k < s.length; k++) if (buf[p + k] !== s[k]) return false;
  return true;
}

export function indexOfSeq(buf: Uint8Array, s: Uint8Array, from: number): number {
  const first = s[0]!;
  for (let i = buf.indexOf(first, from); i >= 0; i = buf.indexOf(first, i + 1)) {
    if (i + s.length > buf.length) return -1;
    let k = 1;
    while (k < s.length && buf[i + k] === s[k]) k++;
    if (k === s.length) return i;
  }
  return -1;
}

/** Iterates the attributes of the start tag `[p, end)`: name bytes range and value range (unquoted). */
export function forAttrs(buf: Uint8Array, p: number, end: number, fn: (n0: number, n1: number, v0: number, v1: number) => void): void {
  let i = p + 1;
  while (i < end && !isSpace(buf[i]!) && buf[i] !== SLASH) i++;
  while (i < end) {
    while (i < end && isSpace(buf[i]!)) i++;
    if (i >= end || buf[i] === SLASH) return;
    const n0 = i;
    while (i < end && buf[i] !== EQ && !isSpace(buf[i]!)) i++;
    const n1 = i;
    while (i < end && buf[i] !== QUOT && buf[i] !== APOS) i++;
    const q = buf[i];
    const v0 = i + 1;
    const v1 = buf.indexOf(q!, v0);
    if (v1 < 0 || v1 > end) return;
    fn(n0, n1, v0, v1);
    i = v1 + 1;
  }
}

/** An attribute's value by (qualified) name, decoded, or undefined. */
export function attrValue(buf: Uint8Array, p: number, end: number, name: string): string | undefined {
  const want = enc.encode(name);
  let out: string | undefined;
  forAttrs(buf, p, end, (n0, n1, v0, v1) => {
    if (out !== undefined || n1 - n0 !== want.length) return;
    for (let k = 0; k < want.length; k++) if (buf[n0 + k] !== want[k]) return;
    out = decodeEntities(utf8.decode(buf.subarray(v0, v1)));
  });
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);|&/g;

/** Decodes XML's predefined entities and character references; any other `&` is damage. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, e: string | undefined) => {
    if (!e) throw damaged('xml', undefined, `undeclared entity near "${s.slice(0, 40)}"`);
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        if (!(cp >= 0 && cp <= 0x10ffff)) throw damaged('xml', undefined, `bad character reference ${m}`);
        return String.fromCodePoint(cp);
      }
    }
  });
}

/**
 * Recently decoded short texts, by a hash of their bytes: member lists repeat the same unit
 * names, positions and marks on every row, and each repeat then costs neither a decode nor a
 * string of its own in the model. Direct-mapped; a slot holds the bytes it was decoded from.
 */
const CACHE_SLOTS = 4096;
const CACHE_MAX_BYTES = 64;
const cacheBytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(CACHE_SLOTS);
const cacheText: string[] = new Array<string>(CACHE_SLOTS);
/** The cache slot of the last `textOf` when it found its text there (a repeated text), else -1. */
let repeatedSlot = -1;
/** A text cell (no number format) per slot, shared by the rows that repeat the slot's text. */
const cacheCell: (Cell | undefined)[] = new Array<Cell | undefined>(CACHE_SLOTS);

/** Text bytes `[a, b)` as a string: UTF-8 checked, entities decoded, line ends normalised as XML does. */
export function textOf(buf: Uint8Array, a: number, b: number, xstr = false): string {
  let ascii = true;
  let special = false;
  let h = b - a;
  for (let i = a; i < b; i++) {
    const c = buf[i]!;
    h = (Math.imul(h, 31) + c) | 0;
    if (c > 127) ascii = false;
    else if (c === AMP || c === CR || (xstr && c === 95)) special = true;
  }
  const len = b - a;
  const slot = h & (CACHE_SLOTS - 1);
  if (!special && len <= CACHE_MAX_BYTES) {
    const known = cacheBytes[slot];
    if (known && known.length === len) {
      let same = true;
      for (let k = 0; k < len; k++)
        if (known[k] !== buf[a + k]) {
          same = false;
          break;
        }
      if (same) {
        repeatedSlot = slot;
        return cacheText[slot]!;
      }
    }
  }
  repeatedSlot = -1;
  let s: string;
  if (ascii && len <= 24) {
    s = '';
    for (let i = a; i < b; i++) s += String.fromCharCode(buf[i]!);
  } else {
    try {
      s = utf8.decode(buf.subarray(a, b));
    } catch {
      throw damaged('xml', undefined, 'text that is not valid UTF-8');
    }
  }
  if (!special) {
    if (len <= CACHE_MAX_BYTES) {
      // A copy (on a Node Buffer `slice` would be a view keeping the whole chunk alive).
      const copy = new Uint8Array(len);
      copy.set(buf.subarray(a, b));
      cacheBytes[slot] = copy;
      cacheText[slot] = s;
    }
    return s;
  }
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  s = decodeEntities(s);
  return xstr ? unescapeXstring(s) : s;
}

/**
 * The text content of an element whose start tag ends at `from` (exclusive), up to its end
 * tag `</q>`: `{ text, end }` with `end` just past the end tag, or null when it is not all in
 * the buffer. CDATA sections are taken as they are.
 */
function elementText(buf: Uint8Array, from: number, q: Uint8Array): { text: string; end: number } | null {
  let i = from;
  let text = '';
  for (;;) {
    const lt = buf.indexOf(LT, i);
    if (lt < 0) return null;
    if (lt > i) text += textOf(buf, i, lt);
    if (buf[lt + 1] === SLASH) {
      const e = buf.indexOf(GT, lt);
      if (e < 0) return null;
      if (!isTag(buf, lt, q, true)) throw damaged('xml', undefined, 'an end tag that does not match');
      return { text, end: e + 1 };
    }
    if (startsWith(buf, lt, CDATA_OPEN)) {
      const e = indexOfSeq(buf, CDATA_CLOSE, lt + 9);
      if (e < 0) return null;
      text += utf8.decode(buf.subarray(lt + 9, e));
      i = e + 3;
      continue;
    }
    const e = skipSpecial(buf, lt);
    if (e < 0) return null;
    i = e;
  }
}

// ---- rich text (inline strings, shared strings) ---------------------------------------------

/**
 * The text of a rich-text container (`<is>` or `<si>`) whose start tag ends at `from`: every
 * `<t>`, directly or inside `<r>` runs, joined; phonetic runs (`<rPh>`) and run properties
 * left out. Returns null when the container's end is not in the buffer.
 */
export function richText(buf: Uint8Array, from: number, names: Names, container: Uint8Array): { text: string; end: number } | null {
  const T = names.get('t');
  const RPH = names.get('rPh');
  const RPR = names.get('rPr');
  let text = '';
  let i = from;
  for (;;) {
    const lt = buf.indexOf(LT, i);
    if (lt < 0) return null;
    if (isTag(buf, lt, container, true)) {
      const e = buf.indexOf(GT, lt);
      if (e < 0) return null;
      return { text: unescapeXstring(text), end: e + 1 };
    }
    if (isTag(buf, lt, T)) {
      const e = tagEnd(buf, lt);
      if (e < 0) return null;
      if (buf[e - 1] === SLASH) {
        i = e + 1;
        continue;
      }
      const t = elementText(buf, e + 1, T);
      if (!t) return null;
      text += t.text;
      i = t.end;
    } else if (isTag(buf, lt, RPH) || isTag(buf, lt, RPR)) {
      const e = skipElement(buf, lt, isTag(buf, lt, RPH) ? RPH : RPR);
      if (e < 0) return null;
      i = e;
    } else if (buf[lt + 1] === BANG || buf[lt + 1] === QUEST) {
      const e = skipSpecial(buf, lt);
      if (e < 0) return null;
      i = e;
    } else {
      const e = tagEnd(buf, lt);
      if (e < 0) return null;
      i = e + 1;
    }
  }
}

// ---- the root element -----------------------------------------------------------------------

/**
 * Finds the root element of a part and the prefix its SpreadsheetML namespace is bound to.
 * Refuses a DOCTYPE in the prolog. Returns null while the root's start tag is incomplete.
 */
export function rootOf(buf: Uint8Array, part: string): { local: string; prefix: string; strict: boolean; end: number } | null {
  let i = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
  for (;;) {
    const lt = buf.indexOf(LT, i);
    if (lt < 0) return null;
    if (buf[lt + 1] === QUEST || buf[lt + 1] === BANG) {
      if (startsWith(buf, lt, DOCTYPE)) throw new XlsxError('doctype', { part });
      const e = skipSpecial(buf, lt);
      if (e < 0) return null;
      i = e;
      continue;
    }
    const e = tagEnd(buf, lt);
    if (e < 0) return null;
    let j = lt + 1;
    while (j < e && !isNameEnd(buf[j])) j++;
    const qname = utf8.decode(buf.subarray(lt + 1, j));
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    let uri: string | undefined;
    forAttrs(buf, lt, e, (n0, n1, v0, v1) => {
      const n = utf8.decode(buf.subarray(n0, n1));
      if ((prefix === '' && n === 'xmlns') || n === `xmlns:${prefix}`) uri = decodeEntities(utf8.decode(buf.subarray(v0, v1)));
    });
    if (!uri || !isMainNs(uri)) throw damaged('xml', part, `root element ${qname} is not SpreadsheetML`);
    return { local, prefix, strict: uri !== 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', end: e + 1 };
  }
}

// ---- cells ------------------------------------------------------------------------------------

/** Row starts of a sheet part, as its reader found them. */
export interface RowIndex {
  rows: Int32Array;
  starts: Float64Array;
  /** Offset of `</sheetData>`. */
  close: number;
}

export interface CellStyles {
  /** Number format code by cell style (xf) index; undefined for General. */
  formats: (string | undefined)[];
  /** Whether that format shows dates. */
  dates: boolean[];
}

export interface ReadContext {
  part: string;
  sharedStrings: () => string[];
  styles: CellStyles;
  date1904: boolean;
}

/**
 * Excel's last date is 9999-12-31 (serial 2,958,465): a larger or negative number under a date
 * format shows as ##### in Excel and stays a number here.
 */
const MAX_SERIAL = 2_958_466;

/** How many shared-string cells a sheet reader keeps, and how many date cells (direct-mapped). */
const SHARED_MAX = 1 << 16;
const DATE_SLOTS = 1 << 14;

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

function typeCode(buf: Uint8Array, v0: number, v1: number): number {
  const len = v1 - v0;
  const c = buf[v0];
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && c === 115) return T_STR; // str
  if (len === 9 && c === 105) return T_INLINE; // inlineStr
  return T_N;
}

/** Column number of the letters at the start of a cell reference (`AB12` → 28); 0 when none. */
export function refColumn(buf: Uint8Array, v0: number, v1: number): number {
  let col = 0;
  for (let i = v0; i < v1; i++) {
    let b = buf[i]!;
    if (b === 36) continue; // $
    if (b >= 97 && b <= 122) b -= 32;
    if (b < 65 || b > 90) break;
    col = col * 26 + (b - 64);
  }
  return col;
}

function intOf(buf: Uint8Array, v0: number, v1: number): number {
  let n = 0;
  let any = false;
  for (let i = v0; i < v1; i++) {
    const b = buf[i]!;
    if (b >= 48 && b <= 57) {
      n = n * 10 + (b - 48);
      any = true;
    } else if (!isSpace(b)) return NaN;
  }
  return any ? n : NaN;
}

/** A number's text (`<v>`): integers fast, the rest by the JavaScript parser. */
function numberOf(buf: Uint8Array, v0: number, v1: number): number {
  const len = v1 - v0;
  if (len > 0 && len < 16) {
    let n = 0;
    let i = v0;
    const neg = buf[i] === 45;
    if (neg) i++;
    let simple = i < v1;
    for (; i < v1; i++) {
      const b = buf[i]!;
      if (b < 48 || b > 57) {
        simple = false;
        break;
      }
      n = n * 10 + (b - 48);
    }
    if (simple) return neg ? -n : n;
  }
  let s = '';
  for (let i = v0; i < v1; i++) s += String.fromCharCode(buf[i]!);
  return parseFloat(s);
}

/** `t="d"` cells: ISO 8601 dates and times, read as UTC. */
function isoToDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s.trim());
  if (!m) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  let t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms);
  if (m[8] && m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const digits = m[8].slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Reads a worksheet part pushed in chunks into the engine's sheet model: every cell that
 * holds a value, formulas by their cached result (none: `''`), dates where the number format
 * shows one, the number format when it is not General, and the merged areas.
 */
export class SheetReader {
  private buf: Uint8Array = new Uint8Array(0);
  private state: 'root' | 'head' | 'rows' | 'tail' | 'done' = 'root';
  private names = new Names('');
  private rootName: Uint8Array = new Uint8Array(0);
  private qRow: Uint8Array = new Uint8Array(0);
  private qC: Uint8Array = new Uint8Array(0);
  private qV: Uint8Array = new Uint8Array(0);
  private qF: Uint8Array = new Uint8Array(0);
  private qIs: Uint8Array = new Uint8Array(0);
  /** The sheet's SpreadsheetML names carry no prefix (the fast path applies). */
  private plain = true;
  private rowNo = 0;
  readonly rows: SheetModel['rows'] = [];
  readonly merged: NonNullable<SheetModel['merged']> = [];
  private sst: string[] | null = null;
  /**
   * Cells shared between rows: the engine never changes a model cell, and member lists repeat
   * the same unit, position, mark and date on row after row — one object each instead of one
   * per row (less to allocate and collect, and a smaller model).
   */
  private readonly sharedText = new Map<string, Cell>();
  private readonly dateSerial = new Float64Array(DATE_SLOTS).fill(-1);
  private readonly dateStyle = new Int32Array(DATE_SLOTS);
  private readonly dateCell: (Cell | undefined)[] = new Array<Cell | undefined>(DATE_SLOTS);
  /** Where each row starts in the part (stream offsets), for the patch writer. */
  private readonly rowNumbers: number[] = [];
  private readonly rowStarts: number[] = [];
  private sheetDataClose = -1;
  /** Stream offset of `buf[0]`. */
  private base = 0;
  /** Only the first `maxRows` rows are wanted (0: all). */
  private readonly maxRows: number;
  stopped = false;

  constructor(
    private readonly ctx: ReadContext,
    opts: { maxRows?: number } = {},
  ) {
    this.maxRows = opts.maxRows ?? 0;
  }

  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    if (this.buf.length === 0) this.buf = chunk;
    else {
      const b = new Uint8Array(this.buf.length + chunk.length);
      b.set(this.buf);
      b.set(chunk, this.buf.length);
      this.buf = b;
    }
    const used = this.process(false);
    this.base += used;
    this.buf = used >= this.buf.length ? new Uint8Array(0) : this.buf.slice(used);
  }

  /**
   * Where the rows of the part start (row numbers ascending, offsets into the part as read) and
   * where `</sheetData>` is: lets the patch writer copy the rows it does not change without
   * parsing them. Null when the sheet was not read to its end or its rows are out of order.
   */
  rowIndex(): RowIndex | null {
    if (this.stopped || this.sheetDataClose < 0) return null;
    const rows = Int32Array.from(this.rowNumbers);
    for (let i = 1; i < rows.length; i++) if (rows[i]! <= rows[i - 1]!) return null;
    return { rows, starts: Float64Array.from(this.rowStarts), close: this.sheetDataClose };
  }

  end(): SheetModel['rows'] {
    if (!this.stopped) {
      this.process(true);
      this.buf = new Uint8Array(0);
      if (this.state === 'root') throw damaged('xml', this.ctx.part, 'no root element');
      if (this.state === 'rows' || this.state === 'tail') throw damaged('xml', this.ctx.part, 'the part is cut off');
    }
    return this.rows;
  }

  /** Processes what is complete in the buffer; returns how many bytes were used. */
  private process(final: boolean): number {
    const buf = this.buf;
    let pos = 0;
    if (this.state === 'root') {
      const root = rootOf(buf, this.ctx.part);
      if (!root) return 0;
      if (root.local !== 'worksheet') throw damaged('xml', this.ctx.part, `a ${root.local}, not a worksheet`);
      this.names = new Names(root.prefix);
      this.rootName = this.names.get(root.local);
      this.qRow = this.names.get('row');
      this.qC = this.names.get('c');
      this.qV = this.names.get('v');
      this.qF = this.names.get('f');
      this.qIs = this.names.get('is');
      this.plain = root.prefix === '';
      pos = root.end;
      this.state = buf[root.end - 2] === SLASH ? 'done' : 'head';
    }
    const N = this.names;
    if (this.state === 'head') {
      const SD = N.get('sheetData');
      for (;;) {
        const lt = buf.indexOf(LT, pos);
        if (lt < 0) return final ? buf.length : pos;
        if (buf[lt + 1] === BANG || buf[lt + 1] === QUEST) {
          const e = skipSpecial(buf, lt);
          if (e < 0) return lt;
          pos = e;
          continue;
        }
        if (isTag(buf, lt, SD)) {
          const e = tagEnd(buf, lt);
          if (e < 0) return lt;
          pos = e + 1;
          this.state = buf[e - 1] === SLASH ? 'tail' : 'rows';
          break;
        }
        if (isTag(buf, lt, this.rootName, true)) {
          // A worksheet without cells at all.
          this.state = 'done';
          return buf.length;
        }
        const e = tagEnd(buf, lt);
        if (e < 0) return lt;
        pos = e + 1;
      }
    }
    if (this.state === 'rows') {
      const ROW = N.get('row');
      const SD = N.get('sheetData');
      for (;;) {
        const lt = nextLt(buf, pos);
        if (lt < 0) return buf.length;
        if (isTag(buf, lt, ROW)) {
          const end = this.row(buf, lt, final);
          if (end < 0) return lt;
          this.rowNumbers.push(this.rowNo);
          this.rowStarts.push(this.base + lt);
          pos = end;
          if (this.maxRows && this.rowNo >= this.maxRows) {
            this.stopped = true;
            this.state = 'done';
            return buf.length;
          }
          continue;
        }
        if (isTag(buf, lt, SD, true)) {
          const e = buf.indexOf(GT, lt);
          if (e < 0) return lt;
          this.sheetDataClose = this.base + lt;
          pos = e + 1;
          this.state = 'tail';
          break;
        }
        const e = buf[lt + 1] === BANG || buf[lt + 1] === QUEST ? skipSpecial(buf, lt) : tagEnd(buf, lt) + 1;
        if (e <= 0) return lt;
        pos = e;
      }
    }
    if (this.state === 'tail') {
      const MC = N.get('mergeCell');
      for (;;) {
        const lt = buf.indexOf(LT, pos);
        if (lt < 0) return buf.length;
        if (buf[lt + 1] === BANG || buf[lt + 1] === QUEST) {
          const e = skipSpecial(buf, lt);
          if (e < 0) return lt;
          pos = e;
          continue;
        }
        if (isTag(buf, lt, this.rootName, true)) {
          this.state = 'done';
          return buf.length;
        }
        const e = tagEnd(buf, lt);
        if (e < 0) return lt;
        if (isTag(buf, lt, MC)) {
          const ref = attrValue(buf, lt, e, 'ref');
          const area = ref ? parseArea(ref) : null;
          if (area) this.merged.push(area);
        }
        pos = e + 1;
      }
    }
    return buf.length;
  }

  /** One `<row>` at `p`; returns the position after it, or -1 when it is not all in the buffer. */
  private row(buf: Uint8Array, p: number, final: boolean): number {
    const open = tagEnd(buf, p);
    if (open < 0) return this.incomplete(final, 'a row');
    const rAttr = rowNumber(buf, p + 1 + this.qRow.length, open);
    const r = rAttr > 0 ? rAttr : this.rowNo + 1;
    if (buf[open - 1] === SLASH) {
      this.rowNo = r;
      return open + 1;
    }
    const ROW = this.qRow;
    const C = this.qC;
    let out: (Cell | null | undefined)[] | undefined;
    this.col = 0;
    let i = open + 1;
    for (;;) {
      const lt = nextLt(buf, i);
      if (lt < 0) return this.incomplete(final, `row ${r}`);
      if (isTag(buf, lt, C)) {
        const cell = this.cell(buf, lt, r);
        if (this.cellEnd < 0) return this.incomplete(final, `row ${r}`);
        i = this.cellEnd;
        if (cell) {
          if (!out) out = [];
          out[this.col - 1] = cell;
        }
        continue;
      }
      if (isTag(buf, lt, ROW, true)) {
        const e = buf.indexOf(GT, lt);
        if (e < 0) return this.incomplete(final, `row ${r}`);
        this.rowNo = r;
        if (out) this.rows[r - 1] = out;
        return e + 1;
      }
      const e = buf[lt + 1] === BANG || buf[lt + 1] === QUEST ? skipSpecial(buf, lt) : skipOther(buf, lt);
      if (e < 0) return this.incomplete(final, `row ${r}`);
      i = e;
    }
  }

  /** Not all in the buffer: wait for more, unless the part has ended (then it is cut off). */
  private incomplete(final: boolean, what: string): number {
    if (final) throw damaged('xml', this.ctx.part, `${what} is not closed`);
    return -1;
  }

  /** Column of the last cell read, and where it ended (-1: not all in the buffer). */
  private col = 0;
  private cellEnd = 0;

  /** One `<c>` at `p`: its value as a model cell (null when it holds none); sets `col` and `cellEnd`. */
  private cell(buf: Uint8Array, p: number, row: number): Cell | null {
    // Attributes r, s, t read in place, up to the start tag's end (a plain loop: this runs for every cell).
    const n = buf.length;
    let col = 0;
    let style = -1;
    let type = T_N;
    let open: number;
    let i = p + 1 + this.qC.length;
    for (;;) {
      while (i < n && isSpace(buf[i]!)) i++;
      if (i >= n) return this.cut();
      const b = buf[i]!;
      if (b === GT) {
        open = i;
        break;
      }
      if (b === SLASH) {
        if (i + 1 >= n) return this.cut();
        open = i + 1;
        break;
      }
      const n0 = i;
      while (i < n && buf[i] !== EQ && !isSpace(buf[i]!)) i++;
      const n1 = i;
      while (i < n && isSpace(buf[i]!)) i++;
      if (i >= n) return this.cut();
      if (buf[i] !== EQ) throw damaged('xml', undefined, `row ${row}: a cell's attribute without a value`);
      i++;
      while (i < n && isSpace(buf[i]!)) i++;
      const q = buf[i];
      const v0 = i + 1;
      let v1 = v0;
      while (v1 < n && buf[v1] !== q) v1++;
      if (v1 >= n) return this.cut();
      if (n1 - n0 === 1) {
        const a = buf[n0];
        if (a === 114) col = refColumn(buf, v0, v1);
        else if (a === 115) style = intOf(buf, v0, v1);
        else if (a === 116) type = typeCode(buf, v0, v1);
      }
      i = v1 + 1;
    }
    if (col <= 0) col = this.col + 1;
    this.col = col;
    if (buf[open - 1] === SLASH) {
      this.cellEnd = open + 1;
      return null;
    }
    const V = this.qV;
    const C = this.qC;
    let formula = false;
    let v0 = -1;
    let v1 = -1;
    let vText: string | null = null;
    let inline: string | null = null;
    i = open + 1;
    // The usual cell, `<v>…</v></c>` without a prefix, read without the general loop below.
    if (this.plain && buf[i] === LT && buf[i + 1] === 118 && buf[i + 2] === GT) {
      let e = i + 3;
      while (e < n && buf[e] !== LT) e++;
      if (
        e + 7 < n &&
        buf[e + 1] === SLASH &&
        buf[e + 2] === 118 &&
        buf[e + 3] === GT &&
        buf[e + 4] === LT &&
        buf[e + 5] === SLASH &&
        buf[e + 6] === 99 &&
        buf[e + 7] === GT
      ) {
        v0 = i + 3;
        v1 = e;
        i = e + 8;
        return this.value(buf, row, type, style, false, v0, v1, null, null, i);
      }
    }
    for (;;) {
      const lt = nextLt(buf, i);
      if (lt < 0) return this.cut();
      if (isTag(buf, lt, C, true)) {
        i = lt + 2 + C.length;
        if (buf[i] !== GT) i = buf.indexOf(GT, lt);
        if (i < 0) return this.cut();
        i++;
        break;
      }
      if (isTag(buf, lt, V)) {
        // `<v>` has no attributes: its `>` is right after the name.
        const e = buf[lt + 1 + V.length] === GT ? lt + 1 + V.length : tagEnd(buf, lt);
        if (e < 0) return this.cut();
        if (buf[e - 1] === SLASH) {
          v0 = v1 = e;
          i = e + 1;
          continue;
        }
        const close = nextLt(buf, e + 1);
        if (close < 0) return this.cut();
        if (isTag(buf, close, V, true)) {
          v0 = e + 1;
          v1 = close;
          i = close + 2 + V.length;
          if (buf[i] !== GT) i = buf.indexOf(GT, close);
          if (i < 0) return this.cut();
          i++;
        } else {
          // CDATA or a comment inside the value: the slow path.
          const t = elementText(buf, e + 1, V);
          if (!t) return this.cut();
          vText = t.text;
          i = t.end;
        }
        continue;
      }
      if (isTag(buf, lt, this.qF)) {
        formula = true;
        const e = skipElement(buf, lt, this.qF);
        if (e < 0) return this.cut();
        i = e;
        continue;
      }
      if (isTag(buf, lt, this.qIs)) {
        const e = tagEnd(buf, lt);
        if (e < 0) return this.cut();
        if (buf[e - 1] === SLASH) {
          inline = '';
          i = e + 1;
          continue;
        }
        const t = richText(buf, e + 1, this.names, this.qIs);
        if (!t) return this.cut();
        inline = t.text;
        i = t.end;
        continue;
      }
      const e = buf[lt + 1] === BANG || buf[lt + 1] === QUEST ? skipSpecial(buf, lt) : skipOther(buf, lt);
      if (e < 0) return this.cut();
      i = e;
    }
    return this.value(buf, row, type, style, formula, v0, v1, vText, inline, i);
  }

  /** A cell's model value from what `cell` found; sets `cellEnd`. */
  private value(
    buf: Uint8Array,
    row: number,
    type: number,
    style: number,
    formula: boolean,
    v0: number,
    v1: number,
    vText: string | null,
    inline: string | null,
    end: number,
  ): Cell | null {
    this.cellEnd = end;
    const hasV = vText !== null || v0 >= 0;
    let v: Cell['v'] = null;
    switch (type) {
      case T_N:
        if (vText !== null || v1 > v0) {
          const n = vText !== null ? parseFloat(vText) : numberOf(buf, v0, v1);
          if (Number.isNaN(n)) v = vText ?? textOf(buf, v0, v1);
          else if (style >= 0 && this.ctx.styles.dates[style] && n >= 0 && n < MAX_SERIAL) {
            // Dates repeat (a birthday per day of some forty years): one cell per date and format.
            const slot = (Math.imul(n | 0, 2654435761) ^ style) & (DATE_SLOTS - 1);
            if (this.dateSerial[slot] === n && this.dateStyle[slot] === style) return this.dateCell[slot]!;
            const cell: Cell = { v: serialToDate(n, this.ctx.date1904) };
            const f = this.ctx.styles.formats[style];
            if (f !== undefined) cell.f = f;
            this.dateSerial[slot] = n;
            this.dateStyle[slot] = style;
            this.dateCell[slot] = cell;
            return cell;
          } else v = n;
        } else if (inline !== null) v = inline;
        break;
      case T_S: {
        if (!hasV) break;
        const idx = vText !== null ? parseInt(vText, 10) : intOf(buf, v0, v1);
        const sst = this.sst ?? (this.sst = this.ctx.sharedStrings());
        const s = sst[idx];
        if (s === undefined) throw damaged('xml', this.ctx.part, `row ${row}: shared string ${idx} does not exist`);
        v = s;
        break;
      }
      case T_STR:
        if (hasV) v = vText !== null ? unescapeXstring(vText) : textOf(buf, v0, v1, true);
        else if (inline !== null) v = inline;
        break;
      case T_INLINE:
        if (inline !== null) v = inline;
        else if (hasV) v = vText !== null ? unescapeXstring(vText) : textOf(buf, v0, v1, true);
        break;
      case T_B:
        if (hasV) {
          const s = (vText ?? textOf(buf, v0, v1)).trim();
          v = s === '1' || s === 'true';
        }
        break;
      case T_E:
        if (hasV) v = { error: (vText ?? textOf(buf, v0, v1)).trim() };
        break;
      case T_D:
        if (hasV) {
          const s = vText ?? textOf(buf, v0, v1);
          v = isoToDate(s) ?? s;
        }
        break;
    }
    if (formula && v === null) v = '';
    if (v === null) return null;
    const f = style >= 0 ? this.ctx.styles.formats[style] : undefined;
    if (f === undefined && typeof v === 'string' && repeatedSlot >= 0 && type !== T_S) {
      // A repeated text: one cell object for all the rows that hold it.
      const known = cacheCell[repeatedSlot];
      if (known && known.v === v) return known;
      const cell = { v };
      cacheCell[repeatedSlot] = cell;
      return cell;
    }
    if (f === undefined && type === T_S) {
      // Shared strings are shared already: so are their cells.
      const idx = v as string;
      const known = this.sharedText.get(idx);
      if (known) return known;
      const cell = { v };
      if (this.sharedText.size < SHARED_MAX) this.sharedText.set(idx, cell);
      return cell;
    }
    return f === undefined ? { v } : { v, f };
  }

  private cut(): null {
    this.cellEnd = -1;
    return null;
  }
}

/**
 * Where the value of the `r` attribute starts (the index of its opening quote) among the
 * attributes from `from` to the tag's `>` at `open`, read in place: this runs once per row
 * and cell of a million-row sheet. -1 when there is none.
 */
function rAttribute(buf: Uint8Array, from: number, open: number): number {
  let i = from;
  while (i < open) {
    while (i < open && isSpace(buf[i]!)) i++;
    const n0 = i;
    while (i < open && buf[i] !== EQ && !isSpace(buf[i]!) && buf[i] !== SLASH) i++;
    const n1 = i;
    while (i < open && isSpace(buf[i]!)) i++;
    if (buf[i] !== EQ) return -1;
    i++;
    while (i < open && isSpace(buf[i]!)) i++;
    const v1 = buf.indexOf(buf[i]!, i + 1);
    if (v1 < 0) return -1;
    if (n1 - n0 === 1 && buf[n0] === 114) return i;
    i = v1 + 1;
  }
  return -1;
}

/** The row number of a row's start tag (`r`); 0 when it has none. */
export function rowNumber(buf: Uint8Array, from: number, open: number): number {
  const q = rAttribute(buf, from, open);
  return q < 0 ? 0 : intOf(buf, q + 1, buf.indexOf(buf[q]!, q + 1));
}

/** The column of a cell's `r` attribute; 0 when it has none. */
export function cellColumn(buf: Uint8Array, from: number, open: number): number {
  const q = rAttribute(buf, from, open);
  return q < 0 ? 0 : refColumn(buf, q + 1, buf.indexOf(buf[q]!, q + 1));
}

/** Skips an element of no interest at `p` (its whole subtree); -1 when incomplete. */
function skipOther(buf: Uint8Array, p: number): number {
  if (buf[p + 1] === SLASH) {
    const e = buf.indexOf(GT, p);
    return e < 0 ? -1 : e + 1;
  }
  let j = p + 1;
  while (j < buf.length && !isNameEnd(buf[j])) j++;
  return skipElement(buf, p, buf.subarray(p + 1, j));
}

/** `B3:D5` (or one cell) → 1-based inclusive area; null when it is not a reference. */
export function parseArea(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const c1 = colNum(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNum(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function colNum(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Reads a shared-strings part pushed in chunks: one string per `<si>`, rich text joined. */
export class SharedStringsReader {
  private buf: Uint8Array = new Uint8Array(0);
  private names: Names | null = null;
  readonly strings: string[] = [];

  constructor(private readonly part: string) {}

  push(chunk: Uint8Array): void {
    if (this.buf.length === 0) this.buf = chunk;
    else {
      const b = new Uint8Array(this.buf.length + chunk.length);
      b.set(this.buf);
      b.set(chunk, this.buf.length);
      this.buf = b;
    }
    const used = this.process();
    this.buf = used >= this.buf.length ? new Uint8Array(0) : this.buf.slice(used);
  }

  end(): string[] {
    this.process();
    if (!this.names) throw damaged('xml', this.part, 'no root element');
    return this.strings;
  }

  private process(): number {
    const buf = this.buf;
    let pos = 0;
    if (!this.names) {
      const root = rootOf(buf, this.part);
      if (!root) return 0;
      this.names = new Names(root.prefix);
      pos = root.end;
    }
    const SI = this.names.get('si');
    for (;;) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) return buf.length;
      if (isTag(buf, lt, SI)) {
        const e = tagEnd(buf, lt);
        if (e < 0) return lt;
        if (buf[e - 1] === SLASH) {
          this.strings.push('');
          pos = e + 1;
          continue;
        }
        const t = richText(buf, e + 1, this.names, SI);
        if (!t) return lt;
        this.strings.push(t.text);
        pos = t.end;
        continue;
      }
      const e = buf[lt + 1] === BANG || buf[lt + 1] === QUEST ? skipSpecial(buf, lt) : tagEnd(buf, lt) + 1;
      if (e <= 0) return lt;
      pos = e;
    }
  }
}
