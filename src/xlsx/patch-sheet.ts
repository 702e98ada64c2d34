/**
 * Rewrites one worksheet part in a single streaming pass with thidua's additions and nothing
 * else: the status cells inserted into their rows (a row without them is copied byte for
 * byte), the status column's width in `<cols>`, the `<dimension>` widened to cover it, and
 * the conditional-format blocks inserted where the schema puts them. Cells thidua wrote on an
 * earlier run (in the status column, between the header and the last data row: the header
 * *Kết quả kiểm tra* and texts starting with ✖ ⚠ ○) are replaced, and the conditional formats
 * it added on that column dropped; a user's cell is never written — a status that would land
 * on one is left out (it stays in the report and the summary).
 */
import { MARK_ERROR, MARK_WAIVED, MARK_WARNING } from '../engine/output/flags';
import { FLAG_FILLS } from '../port/workbook-port';
import { damaged } from './errors';
import {
  type RowIndex,
  cellColumn as rowNumberOrRef,
  enc,
  forAttrs,
  isTag,
  Names,
  refColumn,
  richText,
  rootOf,
  rowNumber,
  skipElement,
  tagEnd,
  textOf,
} from './scan';
import { colLetters } from './sheet-xml';
import type { StylesEditor } from './styles-edit';
import { escAttr, escText, unescapeXstring, xstring } from './xml';

export interface StatusCell {
  col: number;
  text: string;
  header: boolean;
}

/** What to write into one sheet (every flag-plan entry of that sheet together). */
export interface SheetEdits {
  /** Row (1-based) → cells to write, by column. */
  cells: Map<number, StatusCell[]>;
  /** Where cells thidua wrote earlier may be replaced: a status column from its header row to the last data row. */
  owned: { col: number; top: number; bottom: number }[];
  /** Columns to make at least 40 characters wide. */
  widths: number[];
  /** Conditional-format blocks: range, and the status column's letter and first data row for the formula. */
  cf: { sqref: string; letter: string; firstRow: number }[];
  /** Status columns whose earlier conditional formats (thidua's formula shape) are dropped. */
  dropCf: Set<string>;
}

export interface PatchContext {
  part: string;
  styles: StylesEditor;
  sharedStrings: () => string[];
  header: string;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const utf8 = new TextDecoder();

/** The formula thidua's conditional formats use: `LEFT($J10,1)="✖"`. */
const OUR_FORMULA = new RegExp(`^LEFT\\(\\$([A-Z]{1,3})\\d+,1\\)="[${MARK_ERROR}${MARK_WARNING}${MARK_WAIVED}]"$`);
/** A status text thidua wrote: its mark, a space, the messages. */
const OUR_STATUS = new RegExp(`^[${MARK_ERROR}${MARK_WARNING}${MARK_WAIVED}] `);

/** Elements that follow `conditionalFormatting` in a worksheet (CT_Worksheet), where new blocks go before. */
const AFTER_CF = new Set([
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

interface ExistingCell {
  col: number;
  start: number;
  end: number;
  /** Has an `r` attribute (cells without one take the column after the previous cell). */
  explicit: boolean;
  style: number | undefined;
  /** The cell's text, when it is in a range thidua owns (to tell its own cells from the user's). */
  text: string | null;
  hasValue: boolean;
}

export class SheetPatcher {
  private buf: Uint8Array = new Uint8Array(0);
  private state: 'root' | 'head' | 'rows' | 'tail' = 'root';
  private names = new Names('');
  private qRow: Uint8Array = new Uint8Array(0);
  private qC: Uint8Array = new Uint8Array(0);
  private qSheetData: Uint8Array = new Uint8Array(0);
  private rowNo = 0;
  /** Rows with cells to write, ascending, not yet reached. */
  private readonly pending: number[];
  private emptySheetData = false;
  private tail: Uint8Array[] = [];
  /** Statuses left out because a user's cell holds that place. */
  skipped = 0;
  private readonly out: Uint8Array[] = [];

  /**
   * The owned ranges whose header row shows an earlier run's status column (its header is
   * thidua's): only there can cells of an earlier run be. A fresh status column is empty.
   */
  private readonly active = new Set<number>();

  /**
   * With the reader's row index: where to stop in the stream — each row to rewrite, and each
   * place a missing row goes in (before the first row after it). Null: scan every row.
   */
  private targets: { r: number; start: number; end: number; insert: boolean }[] | null = null;
  private next = 0;
  private sheetDataClose = -1;
  /** Stream offset of `buf[0]`. */
  private base = 0;

  constructor(
    private readonly edits: SheetEdits,
    private readonly ctx: PatchContext,
    index?: RowIndex,
  ) {
    this.pending = [...edits.cells.keys()].sort((a, b) => a - b);
    if (index) this.useIndex(index);
  }

  private useIndex(index: RowIndex): void {
    const { rows, starts, close } = index;
    const at = (i: number) => (i < rows.length ? starts[i]! : close);
    const targets: { r: number; start: number; end: number; insert: boolean }[] = [];
    let i = 0;
    for (const r of this.pending) {
      while (i < rows.length && rows[i]! < r) i++;
      if (i < rows.length && rows[i] === r) targets.push({ r, start: at(i), end: at(i + 1), insert: false });
      else targets.push({ r, start: at(i), end: at(i), insert: true });
    }
    this.targets = targets;
    this.sheetDataClose = close;
  }

  /** Feeds a chunk of the part; returns the bytes of the new part that are ready. */
  push(chunk: Uint8Array): Uint8Array[] {
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
    return this.out.splice(0);
  }

  end(): Uint8Array[] {
    this.process(true);
    if (this.state !== 'tail') throw damaged('xml', this.ctx.part, 'the part is cut off');
    this.buf = new Uint8Array(0);
    this.finishTail();
    return this.out.splice(0);
  }

  private emit(b: Uint8Array | string): void {
    const bytes = typeof b === 'string' ? enc.encode(b) : b;
    if (bytes.length) this.out.push(bytes);
  }

  private process(final: boolean): number {
    const buf = this.buf;
    if (this.state === 'root') {
      const root = rootOf(buf, this.ctx.part);
      if (!root) {
        if (final) throw damaged('xml', this.ctx.part, 'no root element');
        return 0;
      }
      this.names = new Names(root.prefix);
      this.qRow = this.names.get('row');
      this.qC = this.names.get('c');
      this.qSheetData = this.names.get('sheetData');
      this.state = 'head';
    }
    if (this.state === 'head') {
      // The head (up to <sheetData>) is small: patched as text once it is all here.
      let i = 0;
      for (;;) {
        i = buf.indexOf(LT, i);
        if (i < 0) {
          if (final) throw damaged('xml', this.ctx.part, 'no sheetData');
          return 0;
        }
        if (isTag(buf, i, this.qSheetData)) break;
        i++;
      }
      const e = tagEnd(buf, i);
      if (e < 0) {
        if (final) throw damaged('xml', this.ctx.part, 'sheetData is cut off');
        return 0;
      }
      this.emit(this.patchHead(utf8.decode(buf.subarray(0, i))));
      if (buf[e - 1] === SLASH) {
        this.emptySheetData = true;
        this.emit(`<${this.q('sheetData')}>`);
        this.flushNewRows(Infinity);
        this.emit(`</${this.q('sheetData')}>`);
        this.state = 'tail';
        return e + 1;
      }
      this.emit(buf.subarray(i, e + 1));
      this.state = 'rows';
      return this.targets ? this.indexedRows(buf, e + 1, final) : this.rows(buf, e + 1, final);
    }
    if (this.state === 'rows') return this.targets ? this.indexedRows(buf, 0, final) : this.rows(buf, 0, final);
    // The tail (after </sheetData>) is gathered whole and patched at the end.
    if (buf.length) this.tail.push(buf);
    return buf.length;
  }

  private q(local: string): string {
    return this.names.prefix ? `${this.names.prefix}:${local}` : local;
  }

  /**
   * With the row index: copies the bytes up to the next row to rewrite straight through (no
   * parsing), rewrites that row, and so on to `</sheetData>`. Returns bytes used. Falls back
   * to scanning every row once a status column of an earlier run shows up (its rows must be
   * looked at one by one for thidua's old cells).
   */
  private indexedRows(buf: Uint8Array, from: number, final: boolean): number {
    const targets = this.targets!;
    const n = buf.length;
    let emitFrom = from;
    for (;;) {
      const t = targets[this.next];
      const close = this.sheetDataClose - this.base;
      if (!t) {
        if (close > n) {
          this.emit(buf.subarray(emitFrom, n));
          return n;
        }
        if (!isTag(buf, close, this.qSheetData, true)) throw damaged('xml', this.ctx.part, 'the sheet is not as it was when read');
        this.emit(buf.subarray(emitFrom, close));
        this.flushNewRows(Infinity);
        this.state = 'tail';
        this.tail.push(buf.subarray(close));
        return n;
      }
      const start = t.start - this.base;
      const end = (t.insert ? t.start : t.end) - this.base;
      if (end > n || (t.insert && start >= n)) {
        // Not all here yet: pass on what comes before, keep the rest.
        const keep = Math.min(start, n);
        this.emit(buf.subarray(emitFrom, keep));
        if (final) throw damaged('xml', this.ctx.part, `row ${t.r} is cut off`);
        return keep;
      }
      this.emit(buf.subarray(emitFrom, start));
      emitFrom = start;
      this.next++;
      if (t.insert) {
        this.flushNewRows(t.r + 1);
        continue;
      }
      if (!isTag(buf, start, this.qRow)) throw damaged('xml', this.ctx.part, 'the sheet is not as it was when read');
      const open = tagEnd(buf, start);
      const rowEnd = buf[open - 1] === SLASH ? open + 1 : this.rowEnd(buf, open + 1);
      if (open < 0 || rowEnd < 0 || rowEnd > end) throw damaged('xml', this.ctx.part, `row ${t.r} is not as it was when read`);
      this.flushNewRows(t.r);
      this.emit(this.patchRow(buf, start, open, rowEnd, t.r));
      if (this.pending[0] === t.r) this.pending.shift();
      this.rowNo = t.r;
      emitFrom = rowEnd;
      if (this.active.size) {
        // An earlier run's status column: from here on, every row is looked at.
        this.targets = null;
        return this.rows(buf, emitFrom, final);
      }
    }
  }

  /** Scans rows from `from`; copies untouched bytes through, rewrites rows with edits. Returns bytes used. */
  private rows(buf: Uint8Array, from: number, final: boolean): number {
    const rowFirst = this.qRow[0];
    let emitFrom = from;
    let i = from;
    const n = buf.length;
    for (;;) {
      while (i < n && buf[i] !== LT) i++;
      if (i >= n) {
        this.emit(buf.subarray(emitFrom, n));
        return n;
      }
      // Most tags are cells and values: look closer only at what can be <row or </sheetData.
      const next = buf[i + 1];
      if (next !== rowFirst && next !== SLASH) {
        i++;
        continue;
      }
      if (isTag(buf, i, this.qRow)) {
        const open = tagEnd(buf, i);
        if (open < 0) break;
        const rAttr = rowNumber(buf, i + 1 + this.qRow.length, open);
        const r = rAttr > 0 ? rAttr : this.rowNo + 1;
        if (this.pending.length && this.pending[0]! < r) {
          this.emit(buf.subarray(emitFrom, i));
          emitFrom = i;
          this.flushNewRows(r);
        }
        const owned = this.edits.cells.has(r) ? -1 : this.ownedColumn(r);
        if (owned !== 0) {
          const end = buf[open - 1] === SLASH ? open + 1 : this.rowEnd(buf, open + 1);
          if (end < 0) break;
          if (owned > 0 && !this.hasCellAt(buf, open + 1, end, owned)) {
            // In an earlier status column's rows, but nothing in that column: copied as it is.
            this.rowNo = r;
            i = end;
            continue;
          }
          this.emit(buf.subarray(emitFrom, i));
          this.emit(this.patchRow(buf, i, open, end, r));
          if (this.pending[0] === r) this.pending.shift();
          emitFrom = i = end;
          this.rowNo = r;
          continue;
        }
        this.rowNo = r;
        i = open + 1;
        continue;
      }
      if (isTag(buf, i, this.qSheetData, true)) {
        this.emit(buf.subarray(emitFrom, i));
        this.flushNewRows(Infinity);
        this.state = 'tail';
        this.tail.push(buf.subarray(i));
        return n;
      }
      i++;
    }
    // Not all there: keep from the row that is incomplete.
    if (final) throw damaged('xml', this.ctx.part, `row ${this.rowNo + 1} is cut off`);
    this.emit(buf.subarray(emitFrom, i));
    return i;
  }

  /** The column of an active owned range covering row `r` (0: none). */
  private ownedColumn(r: number): number {
    for (const i of this.active) {
      const o = this.edits.owned[i]!;
      if (r >= o.top && r <= o.bottom) return o.col;
    }
    return 0;
  }

  /** Whether the row (its content from `from` to `to`) has a cell in column `col`. */
  private hasCellAt(buf: Uint8Array, from: number, to: number, col: number): boolean {
    let c = 0;
    for (let i = buf.indexOf(LT, from); i >= 0 && i < to; i = buf.indexOf(LT, i + 1)) {
      if (!isTag(buf, i, this.qC)) continue;
      const open = tagEnd(buf, i);
      const ref = rowNumberOrRef(buf, i + 1 + this.qC.length, open);
      c = ref > 0 ? ref : c + 1;
      if (c === col) return true;
      if (c > col) return false;
    }
    return false;
  }

  private rowEnd(buf: Uint8Array, from: number): number {
    for (let i = buf.indexOf(LT, from); i >= 0; i = buf.indexOf(LT, i + 1)) {
      if (isTag(buf, i, this.qRow, true)) {
        const e = buf.indexOf(GT, i);
        return e < 0 ? -1 : e + 1;
      }
    }
    return -1;
  }

  /** Rows with edits that the sheet does not have, before row `before`. */
  private flushNewRows(before: number): void {
    while (this.pending.length && this.pending[0]! < before) {
      const r = this.pending.shift()!;
      const cells = this.edits.cells.get(r)!;
      this.emit(`<${this.q('row')} r="${r}">${cells.map((c) => this.newCell(c, r, undefined)).join('')}</${this.q('row')}>`);
    }
  }

  private newCell(c: StatusCell, r: number, style: number | undefined): string {
    const s = c.header ? this.ctx.styles.header(style ?? 0) : style;
    const sAttr = s ? ` s="${s}"` : '';
    const [C, IS, T] = [this.q('c'), this.q('is'), this.q('t')];
    return `<${C} r="${colLetters(c.col)}${r}"${sAttr} t="inlineStr"><${IS}><${T} xml:space="preserve">${xstring(c.text)}</${T}></${IS}></${C}>`;
  }

  private ownedAt(col: number, r: number): boolean {
    return this.edits.owned.some((o) => o.col === col && r >= o.top && r <= o.bottom);
  }

  /** A header row's existing cell in a status column holds thidua's header: that range's earlier cells are thidua's. */
  private activate(r: number, cells: ExistingCell[]): void {
    this.edits.owned.forEach((o, i) => {
      if (o.top !== r) return;
      const at = cells.find((c) => c.col === o.col);
      if (at && at.text === this.ctx.header) this.active.add(i);
    });
  }

  /** The cells of a row, with what is needed to tell thidua's own from the user's. */
  private cellsOf(buf: Uint8Array, from: number, to: number, r: number): ExistingCell[] {
    const list: ExistingCell[] = [];
    let col = 0;
    const V = this.names.get('v');
    const IS = this.names.get('is');
    for (let i = buf.indexOf(LT, from); i >= 0 && i < to;) {
      if (!isTag(buf, i, this.qC)) {
        const e = tagEnd(buf, i);
        if (e < 0 || e >= to) break;
        i = buf.indexOf(LT, e + 1);
        continue;
      }
      const open = tagEnd(buf, i);
      let explicit = false;
      let style: number | undefined;
      let type = '';
      forAttrs(buf, i, open, (n0, n1, v0, v1) => {
        if (n1 - n0 !== 1) return;
        if (buf[n0] === 114) {
          const c = refColumn(buf, v0, v1);
          if (c > 0) {
            col = c;
            explicit = true;
          }
        } else if (buf[n0] === 115) style = Number(utf8.decode(buf.subarray(v0, v1)));
        else if (buf[n0] === 116) type = utf8.decode(buf.subarray(v0, v1));
      });
      if (!explicit) col++;
      const end = buf[open - 1] === SLASH ? open + 1 : skipElement(buf, i, this.qC);
      if (end < 0) throw damaged('xml', this.ctx.part, `a cell of row ${r} is not closed`);
      let hasValue = false;
      let text: string | null = null;
      if (buf[open - 1] !== SLASH) {
        const body = buf.subarray(open + 1, end);
        hasValue = hasChild(body, V) || hasChild(body, IS);
        if (hasValue && this.ownedAt(col, r)) text = this.textOfCell(buf, open + 1, end, type, V, IS);
      }
      list.push({ col, start: i, end, explicit, style, text, hasValue });
      i = buf.indexOf(LT, end);
    }
    return list;
  }

  private textOfCell(buf: Uint8Array, from: number, to: number, type: string, V: Uint8Array, IS: Uint8Array): string | null {
    for (let i = buf.indexOf(LT, from); i >= 0 && i < to; i = buf.indexOf(LT, i + 1)) {
      if (type === 'inlineStr' && isTag(buf, i, IS)) {
        const e = tagEnd(buf, i);
        return richText(buf, e + 1, this.names, IS)?.text ?? null;
      }
      if (isTag(buf, i, V)) {
        const e = tagEnd(buf, i);
        const close = buf.indexOf(LT, e + 1);
        const raw = textOf(buf, e + 1, close);
        if (type === 's') return this.ctx.sharedStrings()[Number(raw)] ?? null;
        if (type === 'str' || type === 'inlineStr') return unescapeXstring(raw);
        return null;
      }
    }
    return null;
  }

  /** A row with its edits: new cells in column order, thidua's earlier cells replaced. */
  private patchRow(buf: Uint8Array, start: number, open: number, end: number, r: number): string | Uint8Array {
    const edits = [...(this.edits.cells.get(r) ?? [])].sort((a, b) => a.col - b.col);
    const selfClosing = buf[open - 1] === SLASH;
    const cells = selfClosing ? [] : this.cellsOf(buf, open + 1, end, r);
    this.activate(r, cells);
    let startTag = utf8.decode(buf.subarray(start, open + 1));
    const maxNew = edits.length ? edits[edits.length - 1]!.col : 0;
    startTag = widenSpans(startTag, maxNew);
    if (selfClosing) startTag = startTag.replace(/\s*\/>$/, '>');
    let body = '';
    let pos = open + 1;
    let e = 0;
    const piece = (a: number, b: number) => utf8.decode(buf.subarray(a, b));
    for (const cell of cells) {
      while (e < edits.length && edits[e]!.col < cell.col) body += this.newCell(edits[e++]!, r, undefined);
      const edit = e < edits.length && edits[e]!.col === cell.col ? edits[e++] : undefined;
      const ours =
        cell.text !== null && (cell.text === this.ctx.header || (OUR_STATUS.test(cell.text) && this.ownedColumn(r) === cell.col));
      if (edit) {
        if (cell.hasValue && !ours) {
          // A user's cell: never written.
          this.skipped++;
          continue;
        }
        body += piece(pos, cell.start) + this.newCell(edit, r, cell.style);
        pos = cell.end;
      } else if (ours) {
        // thidua's earlier status with nothing to say now: the cell keeps only its formatting.
        const ref = cell.explicit ? ` r="${colLetters(cell.col)}${r}"` : '';
        const s = cell.style ? ` s="${cell.style}"` : '';
        body += piece(pos, cell.start) + (ref || s || !cell.explicit ? `<${this.q('c')}${ref}${s}/>` : '');
        pos = cell.end;
      }
    }
    const lastCellEnd = cells.length ? cells[cells.length - 1]!.end : open + 1;
    body += piece(pos, lastCellEnd);
    while (e < edits.length) body += this.newCell(edits[e++]!, r, undefined);
    const rest = selfClosing ? `</${this.q('row')}>` : piece(lastCellEnd, end);
    return startTag + body + rest;
  }

  /** `<dimension>` widened over the new cells, `<cols>` giving each status column its width. */
  private patchHead(head: string): string {
    const p = this.names.prefix ? `${this.names.prefix}:` : '';
    // The new part is UTF-8 whatever the old one was (a UTF-16 part was transcoded on reading).
    let out = head.replace(/^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])(?!utf-8\2)[^"']*\2/i, '$1$2UTF-8$2');
    let maxCol = 0;
    let maxRow = 0;
    for (const [r, list] of this.edits.cells) {
      maxRow = Math.max(maxRow, r);
      for (const c of list) maxCol = Math.max(maxCol, c.col);
    }
    if (maxCol) {
      out = out.replace(
        new RegExp(`(<${p}dimension\\b[^>]*?\\bref\\s*=\\s*)(["'])([^"']*)\\2`),
        (m, pre: string, q: string, ref: string) => {
          const area = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
          if (!area) return m;
          const c1 = colNumber(area[1]!);
          const r1 = Number(area[2]);
          const c2 = area[3] ? colNumber(area[3]) : c1;
          const r2 = area[4] ? Number(area[4]) : r1;
          const nc = Math.max(c2, maxCol);
          const nr = Math.max(r2, maxRow);
          if (nc === c2 && nr === r2) return m;
          return `${pre}${q}${area[1]}${r1}:${colLetters(nc)}${nr}${q}`;
        },
      );
    }
    if (!this.edits.widths.length) return out;
    const colsRe = new RegExp(`<${p}cols\\b[^>]*?(/?)>([\\s\\S]*?)(?:</${p}cols\\s*>|$)`);
    const m = colsRe.exec(out);
    const colRe = new RegExp(`<${p}col\\b([^>]*?)/?>(?:\\s*</${p}col\\s*>)?`, 'g');
    if (!m || m[1] === '/') {
      const list = [...this.edits.widths].sort((a, b) => a - b);
      const xml = `<${p}cols>${list.map((c) => `<${p}col min="${c}" max="${c}" width="40" customWidth="1"/>`).join('')}</${p}cols>`;
      if (m) return out.slice(0, m.index) + xml + out.slice(m.index + m[0].length);
      return out + xml;
    }
    // Only the <col> covering a status column changes (split around it); the others keep their text.
    interface Col {
      min: number;
      max: number;
      attrs: [string, string][];
      raw: string;
    }
    const cols: Col[] = [];
    for (const cm of m[2]!.matchAll(colRe)) {
      const attrs = [...cm[1]!.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((a) => [a[1]!, a[2]!.slice(1, -1)] as [string, string]);
      const get = (k: string) => attrs.find((a) => a[0] === k)?.[1];
      cols.push({ min: Number(get('min')), max: Number(get('max') ?? get('min')), attrs, raw: cm[0] });
    }
    const set = (attrs: [string, string][], k: string, v: string): [string, string][] =>
      attrs.some((a) => a[0] === k) ? attrs.map((a) => (a[0] === k ? [k, v] : a)) : [...attrs, [k, v]];
    const xml = (attrs: [string, string][]) => `<${p}col ${attrs.map(([k, v]) => `${k}="${v}"`).join(' ')}/>`;
    let changed = false;
    for (const c of this.edits.widths) {
      const at = cols.findIndex((x) => c >= x.min && c <= x.max);
      if (at < 0) {
        const attrs: [string, string][] = [
          ['min', String(c)],
          ['max', String(c)],
          ['width', '40'],
          ['customWidth', '1'],
        ];
        cols.push({ min: c, max: c, attrs, raw: xml(attrs) });
        changed = true;
        continue;
      }
      const x = cols[at]!;
      const width = Number(x.attrs.find((a) => a[0] === 'width')?.[1] ?? NaN);
      if (width >= 40) continue;
      const parts: Col[] = [];
      const part = (min: number, max: number, attrs: [string, string][]) => parts.push({ min, max, attrs, raw: xml(attrs) });
      if (x.min < c) part(x.min, c - 1, set(x.attrs, 'max', String(c - 1)));
      part(c, c, set(set(set(set(x.attrs, 'min', String(c)), 'max', String(c)), 'width', '40'), 'customWidth', '1'));
      if (x.max > c) part(c + 1, x.max, set(x.attrs, 'min', String(c + 1)));
      cols.splice(at, 1, ...parts);
      changed = true;
    }
    if (!changed) return out;
    cols.sort((a, b) => a.min - b.min);
    const inner = cols.map((c) => c.raw).join('');
    const open = m[0].slice(0, m[0].indexOf('>') + 1);
    return out.slice(0, m.index) + open + inner + `</${p}cols>` + out.slice(m.index + m[0].length);
  }

  /** After the cells: thidua's earlier conditional formats on a status column dropped, the new ones inserted. */
  private finishTail(): void {
    let total = 0;
    for (const t of this.tail) total += t.length;
    const bytes = new Uint8Array(total);
    let o = 0;
    for (const t of this.tail) {
      bytes.set(t, o);
      o += t.length;
    }
    const text = utf8.decode(bytes);
    if (!this.edits.cf.length && !this.edits.dropCf.size) {
      this.emit(bytes);
      return;
    }
    const p = this.names.prefix ? `${this.names.prefix}:` : '';
    // Top-level elements of the tail (after </sheetData>), by position.
    const tops: { local: string; start: number; end: number }[] = [];
    let i = text.indexOf('>') + 1; // past </sheetData>
    let rootEnd = text.length;
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (lt < 0) break;
      if (text.startsWith('<!--', lt)) {
        i = text.indexOf('-->', lt) + 3;
        continue;
      }
      if (text[lt + 1] === '?') {
        i = text.indexOf('?>', lt) + 2;
        continue;
      }
      if (text[lt + 1] === '/') {
        rootEnd = lt;
        break;
      }
      const nameEnd = text.slice(lt + 1).search(/[\s/>]/);
      const qname = text.slice(lt + 1, lt + 1 + nameEnd);
      const local = qname.slice(qname.indexOf(':') + 1);
      const end = elementEnd(text, lt, qname);
      tops.push({ local, start: lt, end });
      i = end;
    }
    let maxPriority = 0;
    for (const pm of text.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\bpriority\s*=\s*["'](\d+)["']/g))
      maxPriority = Math.max(maxPriority, Number(pm[1]));
    const drop = tops.filter((t) => t.local === 'conditionalFormatting' && this.isOurs(text.slice(t.start, t.end)));
    const dropped = new Set(drop.map((t) => t.start));
    // Dropped blocks' priorities are free again, but renumbering others would change them: keep counting up.
    const at = tops.find((t) => AFTER_CF.has(t.local))?.start ?? rootEnd;
    const s = this.ctx.styles;
    const dxf = { error: s.dxfFill(FLAG_FILLS.error), warning: s.dxfFill(FLAG_FILLS.warning), waived: s.dxfFill(FLAG_FILLS.waived) };
    let blocks = '';
    for (const b of this.edits.cf) {
      const key = `$${b.letter}${b.firstRow}`;
      const rule = (mark: string, dxfId: number) =>
        `<${p}cfRule type="expression" dxfId="${dxfId}" priority="${++maxPriority}"><${p}formula>${escText(`LEFT(${key},1)="${mark}"`)}</${p}formula></${p}cfRule>`;
      blocks += `<${p}conditionalFormatting sqref="${escAttr(b.sqref)}">${rule(MARK_ERROR, dxf.error)}${rule(MARK_WARNING, dxf.warning)}${rule(MARK_WAIVED, dxf.waived)}</${p}conditionalFormatting>`;
    }
    let out = '';
    let pos = 0;
    for (const t of tops) {
      if (t.start >= at) break;
      if (dropped.has(t.start)) {
        out += text.slice(pos, t.start);
        pos = t.end;
      }
    }
    out += text.slice(pos, at) + blocks;
    pos = at;
    for (const t of tops) {
      if (t.start < at || !dropped.has(t.start)) continue;
      out += text.slice(pos, t.start);
      pos = t.end;
    }
    out += text.slice(pos);
    this.emit(out);
  }

  /** A conditional-format block all of whose rules are thidua's on a status column being rewritten. */
  private isOurs(block: string): boolean {
    const rules = [...block.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?cfRule\s*>|<(?:[\w.-]+:)?cfRule\b[^>]*\/>/g)].map(
      (m) => m[0],
    );
    if (!rules.length) return false;
    return rules.every((r) => {
      if (!/\btype\s*=\s*["']expression["']/.test(r)) return false;
      const f = /<(?:[\w.-]+:)?formula\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?formula\s*>/.exec(r);
      if (!f) return false;
      const formula = decodeXmlText(f[1]!);
      const m = OUR_FORMULA.exec(formula);
      return !!m && this.edits.dropCf.has(m[1]!);
    });
  }
}

function hasChild(body: Uint8Array, q: Uint8Array): boolean {
  for (let i = body.indexOf(LT); i >= 0; i = body.indexOf(LT, i + 1)) if (isTag(body, i, q)) return true;
  return false;
}

/** `spans="1:6"` made to reach column `col` (the last range widened). */
function widenSpans(startTag: string, col: number): string {
  if (!col) return startTag;
  return startTag.replace(/(\bspans\s*=\s*)(["'])([^"']*)\2/, (m, pre: string, q: string, spans: string) => {
    const parts = spans.trim().split(/\s+/);
    const last = /^(\d+):(\d+)$/.exec(parts[parts.length - 1] ?? '');
    if (!last || Number(last[2]) >= col) return m;
    parts[parts.length - 1] = `${last[1]}:${col}`;
    return `${pre}${q}${parts.join(' ')}${q}`;
  });
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** End (exclusive) of the element starting at `lt` named `qname` in `text`. */
function elementEnd(text: string, lt: number, qname: string): number {
  const openEnd = tagEndText(text, lt);
  if (text[openEnd - 1] === '/') return openEnd + 1;
  let depth = 1;
  let i = openEnd + 1;
  const open = `<${qname}`;
  const close = `</${qname}`;
  while (depth > 0) {
    const a = text.indexOf(open, i);
    const b = text.indexOf(close, i);
    if (b < 0) return text.length;
    if (a >= 0 && a < b && /[\s/>]/.test(text[a + open.length] ?? '')) {
      const e = tagEndText(text, a);
      if (text[e - 1] !== '/') depth++;
      i = e + 1;
    } else {
      depth--;
      i = text.indexOf('>', b) + 1;
    }
  }
  return i;
}

function tagEndText(text: string, lt: number): number {
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '>') return i;
    if (c === '"' || c === "'") i = text.indexOf(c, i + 1);
    if (i < 0) return text.length;
  }
  return text.length;
}

function decodeXmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}
