/**
 * Finds the tables in a workbook as offices really lay them out: title rows above the
 * header, a header over one or two rows (merged group cells), a row of column numbers,
 * blank and totals rows, a signature block under the table.
 */
import type { Cell, SheetModel } from '../model';
import { headerKey } from '../normalize/text';
import { cellText, isEmptyCell, rowIsEmpty } from './cells';
import {
  END_OF_TABLE_PATTERNS,
  SECTION_PATTERNS,
  TABLE_KINDS,
  TOTAL_ROW_PATTERNS,
  VOCABULARY,
  type FieldName,
  type FieldSpec,
  type TableKind,
} from './vocabulary';

/** Heading of the status column thidua appends; never read as data. */
export const STATUS_HEADER = 'Kết quả kiểm tra';
const STATUS_KEY = 'ket qua kiem tra';

/** How far down a header may start (title rows above it). */
const HEADER_SEARCH_ROWS = 30;
/** Rows below the first header-like row that may still hold the better header. */
const HEADER_NEIGHBOURHOOD = 3;

export interface DataRow {
  /** 1-based worksheet row. */
  row: number;
  cells: (Cell | null | undefined)[];
  /** Section heading the row sits under in a nominee list (I. Tập thể / II. Cá nhân). */
  section?: 'collective' | 'individual';
  /** The last other group heading above the row (e.g. the award form a list is grouped by). */
  heading?: string;
}

/** A column no field claimed: criteria columns, notes. */
export interface ExtraColumn {
  col: number;
  label: string;
  key: string;
}

export interface DetectedTable {
  kind: TableKind;
  sheet: string;
  /** 1-based rows of the header (one or two). */
  headerRows: number[];
  /** 1-based last column of the table. */
  lastColumn: number;
  /** Field → 0-based column. */
  columns: Partial<Record<FieldName, number>>;
  /** Header label per 0-based column, as shown (top and sub rows joined). */
  labels: string[];
  extraColumns: ExtraColumn[];
  rows: DataRow[];
  /** 1-based rows of the first and last data row (spacers and totals inside included). */
  firstDataRow: number;
  lastDataRow: number;
  /**
   * 1-based column for the status column (an earlier one is reused); 0 when the table
   * reaches Excel's last column and no column is left for it.
   */
  statusColumn: number;
  /** The table came from the user's mapping file rather than detection. */
  fromMapping: boolean;
  /** 0-based place of the table among the sheet's tables, top to bottom (stacked tables). */
  index: number;
  /**
   * The unit the table's rows belong to when they name none: the mapping's, the one the
   * sheet's title rows name, or the sheet's name (one member list per base union). Set by
   * the check; absent when the rows belong to the workbook's unit.
   */
  sheetUnit?: { name: string; source: 'mapping' | 'title' | 'sheet' };
}

/** Where a table's rows stopped, and what lies there. */
export interface TableStop {
  /** 0-based row where the next search may start. */
  row0: number;
  reason: 'header' | 'signature' | 'bound' | 'end';
  /** The header found there (reason `header`): the next table of the sheet. */
  next?: SheetDetection;
  /** A section heading (II. CÁ NHÂN) read after the table's last row: it heads the next table. */
  section?: DataRow['section'];
}

interface HeaderCandidate {
  headerRows: number[]; // 0-based
  labels: string[]; // display labels per column
  keys: string[]; // headerKey per column
  subKeys: string[]; // key of the lower row alone (two-row headers)
  fillsGaps?: boolean; // the lower row fills the gaps under a merged group heading
  topKeys: string[];
}

export interface FieldMatch {
  field: FieldName;
  length: number;
}

/** Whole-word containment on header keys. */
export function keyContains(key: string, pattern: string): boolean {
  return ` ${key} `.includes(` ${pattern} `);
}

function matchField(key: string, spec: FieldSpec): number {
  if (!key) return 0;
  if (spec.exclude?.some((x) => keyContains(key, x))) return 0;
  let best = 0;
  for (const p of spec.patterns) {
    if (keyContains(key, p)) {
      // An exact heading beats one that merely contains the words.
      const score = p.length + (key === p ? 100 : 0);
      if (score > best) best = score;
    }
  }
  return best;
}

/** Assigns columns to fields: each column to its best field, each field to its best column. */
export function assignFields(
  kind: TableKind,
  cand: Pick<HeaderCandidate, 'keys' | 'subKeys' | 'topKeys'>,
): Partial<Record<FieldName, number>> {
  const spec = VOCABULARY[kind];
  const fields = Object.entries(spec.fields) as [FieldName, FieldSpec][];
  const perColumn: { col: number; field: FieldName; score: number }[] = [];
  cand.keys.forEach((key, col) => {
    // Our own status column (from an earlier run) is never a field, whatever its messages say.
    if (!key || key === STATUS_KEY || cand.topKeys[col] === STATUS_KEY) return;
    let best: { field: FieldName; score: number } | null = null;
    for (const [field, fspec] of fields) {
      // The joined heading counts most; the sub-heading alone, then the group heading, less.
      const score = Math.max(
        matchField(key, fspec) * 3,
        matchField(cand.subKeys[col] ?? '', fspec) * 2,
        matchField(cand.topKeys[col] ?? '', fspec),
      );
      if (score > 0 && (!best || score > best.score)) best = { field, score };
    }
    if (best) perColumn.push({ col, field: best.field, score: best.score });
  });
  perColumn.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: Partial<Record<FieldName, number>> = {};
  for (const m of perColumn) if (out[m.field] === undefined) out[m.field] = m.col;
  return out;
}

function looksLikeColumnNumbers(row: (Cell | null | undefined)[] | undefined): boolean {
  if (!row) return false;
  let n = 0;
  for (const c of row) {
    if (isEmptyCell(c)) continue;
    const t = cellText(c);
    if (!/^[([]?\s*(\d{1,2}|[A-Za-z])\s*[)\]]?(\s*[=x*+\-/:]\s*[([]?\d{1,2}[)\]]?)*$/.test(t)) return false;
    n++;
  }
  return n >= 2;
}

/** Numbers and dates are data, never headings: such a row is not the lower header row. */
function holdsData(row: (Cell | null | undefined)[]): boolean {
  return row.some((c) => c !== null && c !== undefined && (typeof c.v === 'number' || c.v instanceof Date));
}

function rowKeys(row: (Cell | null | undefined)[] | undefined, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(row ? headerKey(cellText(row[c])) : '');
  return out;
}

function rowLabels(row: (Cell | null | undefined)[] | undefined, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(row ? cellText(row[c]) : '');
  return out;
}

function candidates(sheet: SheetModel, r: number, width: number): HeaderCandidate[] {
  const top = sheet.rows[r];
  const topKeys = rowKeys(top, width);
  const topLabels = rowLabels(top, width);
  const single: HeaderCandidate = {
    headerRows: [r],
    labels: topLabels,
    keys: topKeys,
    subKeys: topKeys.map(() => ''),
    topKeys,
  };
  const out = [single];
  const sub = sheet.rows[r + 1];
  if (sub && !rowIsEmpty(sub) && !looksLikeColumnNumbers(sub) && !holdsData(sub)) {
    // A merged group heading is stored in its first cell only: carry it right over
    // the columns whose sub-heading is filled and whose own top cell is empty.
    const subKeys = rowKeys(sub, width);
    const subLabels = rowLabels(sub, width);
    const carriedKeys = [...topKeys];
    const carriedLabels = [...topLabels];
    for (let c = 1; c < width; c++) {
      if (!carriedKeys[c] && subKeys[c] && carriedKeys[c - 1] && subKeys[c - 1]) {
        carriedKeys[c] = carriedKeys[c - 1];
        carriedLabels[c] = carriedLabels[c - 1];
      }
    }
    const keys = carriedKeys.map((k, c) => [k, subKeys[c]].filter(Boolean).join(' '));
    const labels = carriedLabels.map((l, c) => [l, subLabels[c]].filter(Boolean).join(' / '));
    // Sub-headings sit under the empty cells of a merged group heading; a data row sits
    // under headings. Most of the lower row under empty top cells means a real two-row header.
    // Readers fill merged cells with the merged value, so a merged group heading repeats
    // along the top row and a vertically merged heading repeats in the lower row.
    const underGroup = (c: number) =>
      !topKeys[c] ||
      (c > 0 && topKeys[c] === topKeys[c - 1]) ||
      (c + 1 < width && (topKeys[c] === topKeys[c + 1] || (!topKeys[c + 1] && !!subKeys[c + 1])));
    const headerLike = subKeys.every((k, c) => !k || k === topKeys[c] || underGroup(c));
    const subHeadings = subKeys.filter((k, c) => k && k !== topKeys[c] && underGroup(c)).length;
    const mergedAcross = sheet.merged?.some((m) => m.top === r + 1 && m.bottom >= r + 2) ?? false;
    out.push({
      headerRows: [r, r + 1],
      labels,
      keys,
      subKeys,
      topKeys: carriedKeys,
      fillsGaps: (headerLike && subHeadings > 0) || mergedAcross,
    });
  }
  return out;
}

export interface KindScore {
  kind: TableKind;
  score: number;
  columns: Partial<Record<FieldName, number>>;
  satisfied: boolean;
}

/** Extra vocabulary for criteria columns, supplied from the plan. */
export interface CriteriaVocabulary {
  /** Returns a criterion code when a heading names one. */
  match(label: string, key: string): string | null;
}

function scoreKind(kind: TableKind, cand: HeaderCandidate, sheetKey: string, criteria: CriteriaVocabulary | undefined): KindScore {
  const spec = VOCABULARY[kind];
  const columns = assignFields(kind, cand);
  const found = Object.keys(columns).length;
  let satisfied = spec.required.some((set) => set.every((f) => columns[f] !== undefined));
  let score = found;
  // Criteria columns make a criteria sheet, and may also be columns of a nominee list
  // (which its award-form / achievement columns then tell apart from a criteria sheet).
  if (kind === 'criteria' || kind === 'nominees') {
    const claimed = new Set(Object.values(columns));
    let crit = 0;
    cand.labels.forEach((label, col) => {
      if (claimed.has(col)) return;
      if (criteria?.match(label, cand.keys[col] ?? '')) crit++;
    });
    score += crit;
    if (kind === 'criteria') satisfied = satisfied && crit >= 1;
  }
  if (spec.sheetNames.some((n) => keyContains(sheetKey, n))) score += 2;
  if (satisfied) score += 10;
  return { kind, score, columns, satisfied };
}

export interface SheetDetection {
  kind: TableKind;
  cand: HeaderCandidate;
  columns: Partial<Record<FieldName, number>>;
}

/** The best header among rows `from`..`to` (0-based, exclusive end), or null. */
function detectHeader(
  sheet: SheetModel,
  width: number,
  criteria: CriteriaVocabulary | undefined,
  from = 0,
  to = HEADER_SEARCH_ROWS,
): SheetDetection | null {
  const sheetKey = headerKey(sheet.name);
  let best: (KindScore & { cand: HeaderCandidate }) | null = null;
  const limit = Math.min(sheet.rows.length, to);
  for (let r = from; r < limit; r++) {
    // The first header wins over a better one further down (tables stacked in one sheet);
    // the rows just below it still compete (a title row that happens to read as a header).
    if (best && r > best.cand.headerRows[0]! + HEADER_NEIGHBOURHOOD) break;
    const row = sheet.rows[r];
    if (rowIsEmpty(row)) continue;
    // A heading row has at least two filled cells.
    let filled = 0;
    for (const c of row ?? []) if (!isEmptyCell(c)) filled++;
    if (filled < 2) continue;
    for (const cand of candidates(sheet, r, width)) {
      for (const kind of TABLE_KINDS) {
        const s = scoreKind(kind, cand, sheetKey, criteria);
        if (!s.satisfied) continue;
        // On a tie, a lower row that fills a merged group's gaps (Năm sinh / Nam | Nữ) belongs to the header.
        const tieTwoRow =
          best && s.score === best.score && cand.fillsGaps && best.cand.headerRows[0] === r && best.cand.headerRows.length === 1;
        if (!best || s.score > best.score || tieTwoRow) best = { ...s, cand };
      }
    }
  }
  return best ? { kind: best.kind, cand: best.cand, columns: best.columns } : null;
}

/**
 * Whether row `r` (0-based) is the header of another table: every filled cell text, and
 * the words of at least half of them (two at least) naming fields of a table kind whose
 * required fields are all there. A data row seldom reads like that; this is asked only of
 * rows that follow a gap or a heading, or that repeat the table's own key heading.
 */
function headerAt(sheet: SheetModel, r: number, width: number, criteria: CriteriaVocabulary | undefined): SheetDetection | null {
  const row = sheet.rows[r];
  if (!row) return null;
  let filled = 0;
  for (let c = 0; c < Math.min(row.length, width); c++) {
    const cell = row[c];
    if (isEmptyCell(cell)) continue;
    if (typeof cell!.v !== 'string') return null;
    filled++;
  }
  if (filled < 2) return null;
  const found = detectHeader(sheet, width, criteria, r, r + 1);
  if (!found || found.cand.headerRows[0] !== r) return null;
  const named = Object.keys(found.columns).length;
  return named >= Math.max(2, Math.ceil(filled / 2)) ? found : null;
}

function firstTextKey(row: (Cell | null | undefined)[], upto: number): string {
  for (let c = 0; c < Math.min(row.length, upto); c++) {
    const t = cellText(row[c]);
    if (t && !/^\d+[.)]?$/.test(t)) return headerKey(t);
  }
  return '';
}

export interface BuildOptions {
  /** 0-based first data row (a mapping's `dataStartRow`); default right under the header, past a row of column numbers. */
  dataStart0?: number;
  /** 0-based row the table may not reach (the next mapped table's header, a mapping's `dataEndRow` + 1). */
  end0?: number;
  /** Stop at a row that reads as another table's header (detection, and mapped tables followed by detection). */
  stopAtHeader?: boolean;
  criteria?: CriteriaVocabulary;
  /** The section heading above the header (I. TẬP THỂ) that its rows sit under. */
  section?: DataRow['section'];
  /** 0-based place among the sheet's tables. */
  index?: number;
}

/** Builds the table below a known header: data rows until the signature block or the next table, and where it stopped. */
export function buildTableWithStop(
  sheet: SheetModel,
  kind: TableKind,
  headerRows0: number[],
  columns: Partial<Record<FieldName, number>>,
  labels: string[],
  fromMapping: boolean,
  opts: BuildOptions = {},
): { table: DetectedTable; stop: TableStop } {
  const width = labels.length;
  const keyField = VOCABULARY[kind].key;
  const keyCol = columns[keyField];
  const end = Math.min(sheet.rows.length, opts.end0 ?? Infinity);
  let r = opts.dataStart0 ?? headerRows0[headerRows0.length - 1]! + 1;
  if (opts.dataStart0 === undefined) while (r < end && looksLikeColumnNumbers(sheet.rows[r])) r++;
  const rows: DataRow[] = [];
  let section: DataRow['section'] = opts.section;
  let heading: string | undefined;
  let lastDataRow = r;
  const firstDataRow = r + 1;
  const firstCols = Math.max(3, (keyCol ?? 0) + 1);
  // The table's own key heading, to recognise a header repeated further down (a list pasted page by page).
  const keyLabel = keyCol !== undefined ? (labels[keyCol] ?? '') : '';
  const keyHeading = headerKey(keyLabel);
  // Whether the previous non-empty row was a data row: a new table's header follows a gap or a heading.
  let afterData = false;
  let sectionAfterData: DataRow['section'];
  let stop: TableStop = { row0: end, reason: end < sheet.rows.length ? 'bound' : 'end' };
  for (; r < end; r++) {
    const row = sheet.rows[r];
    if (!row || rowIsEmpty(row)) {
      afterData = false;
      continue;
    }
    if (numberedRow(row, columns.seq) && keyCol !== undefined && !isEmptyCell(row[keyCol]) && filledBeyond(row, keyCol, columns.seq)) {
      rows.push({ row: r + 1, cells: row, section, ...(heading ? { heading } : {}) });
      lastDataRow = r + 1;
      afterData = true;
      sectionAfterData = undefined;
      continue;
    }
    if (opts.stopAtHeader) {
      const keyCell = keyCol !== undefined ? row[keyCol] : undefined;
      // Cheap first: only a text about as long as the heading can repeat it.
      const repeat =
        keyHeading !== '' &&
        typeof keyCell?.v === 'string' &&
        Math.abs(keyCell.v.length - keyLabel.length) <= 4 &&
        headerKey(cellText(keyCell)) === keyHeading;
      const next = !afterData || repeat ? headerAt(sheet, r, Math.max(width, row.length), opts.criteria) : null;
      if (next) {
        stop = { row0: r, reason: 'header', next, ...(sectionAfterData ? { section: sectionAfterData } : {}) };
        break;
      }
    }
    const lead = firstTextKey(row, firstCols);
    if ((lead && END_OF_TABLE_PATTERNS.some((re) => re.test(lead))) || isSignatureRow(row)) {
      stop = { row0: r, reason: 'signature' };
      break;
    }
    if (lead && TOTAL_ROW_PATTERNS.some((re) => re.test(lead))) {
      lastDataRow = r + 1;
      afterData = true;
      continue;
    }
    const keyText = keyCol !== undefined ? cellText(row[keyCol]) : '';
    if (!keyText) {
      const sec = SECTION_PATTERNS.find((x) => lead && x.re.test(lead));
      if (sec) {
        section = sec.kind ?? undefined;
        sectionAfterData = section;
        afterData = false;
      }
      // Rows without the identifying field are not data, except nominee rows that
      // have other content (a missing name is a finding, not a reason to skip).
      const filled = row.slice(0, width).filter((c) => !isEmptyCell(c)).length;
      const seqOnly = columns.seq !== undefined && filled === 1 && !isEmptyCell(row[columns.seq]);
      if (!(kind === 'nominees' && filled >= 2 && !sec) || seqOnly) {
        if (!sec) afterData = false;
        continue;
      }
    } else {
      const sec = SECTION_PATTERNS.find((x) => x.re.test(headerKey(keyText)));
      const others = row.slice(0, width).filter((c, i) => i !== keyCol && i !== columns.seq && !isEmptyCell(c)).length;
      if (sec && others === 0) {
        section = sec.kind ?? undefined;
        sectionAfterData = section;
        afterData = false;
        continue;
      }
      // A group heading (`I | BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH`, `A. Khối huyện`): nothing but
      // the key cell, numbered with a letter or Roman numeral, or typed in capitals. Nominee
      // lists grouped by award form name the form here; rows below inherit it.
      if (others === 0 && isGroupHeading(keyText, columns.seq === undefined ? undefined : cellText(row[columns.seq]))) {
        heading = keyText;
        afterData = false;
        continue;
      }
    }
    rows.push({ row: r + 1, cells: row, section, ...(heading ? { heading } : {}) });
    lastDataRow = r + 1;
    afterData = true;
    sectionAfterData = undefined;
  }
  const statusIdx = labels.findIndex((l) => headerKey(l) === STATUS_KEY);
  const lastColumn = statusIdx >= 0 ? statusIdx : lastFilled(labels);
  // The status column spans header to last data row as the flag plan gives them (a table
  // without data rows still reaches its first data row): every cell of it must be free.
  const statusColumn =
    statusIdx >= 0
      ? statusIdx + 1
      : freeColumnRight(sheet, lastColumn, headerRows0[0]!, Math.max(lastDataRow, firstDataRow, headerRows0[headerRows0.length - 1]! + 1));
  const extraColumns: ExtraColumn[] = [];
  const claimed = new Set(Object.values(columns));
  for (let c = 0; c < lastColumn; c++) {
    if (claimed.has(c) || !labels[c]) continue;
    extraColumns.push({ col: c, label: labels[c]!, key: headerKey(labels[c]!) });
  }
  const table: DetectedTable = {
    kind,
    sheet: sheet.name,
    headerRows: headerRows0.map((x) => x + 1),
    lastColumn,
    columns,
    labels: labels.slice(0, lastColumn),
    extraColumns,
    rows,
    firstDataRow,
    lastDataRow,
    statusColumn,
    fromMapping,
    index: opts.index ?? 0,
  };
  return { table, stop };
}

/** Whether the row has a filled cell other than its key and STT cells (`1 | Tập thể` has not). */
function filledBeyond(row: (Cell | null | undefined)[], keyCol: number, seqCol: number | undefined): boolean {
  for (let c = 0; c < row.length; c++) if (c !== keyCol && c !== seqCol && !isEmptyCell(row[c])) return true;
  return false;
}

/** A heading row's text: numbered I, II, A, B (not 1, 2) or written in capitals. */
function isGroupHeading(text: string, seq: string | undefined): boolean {
  if (seq && /^([IVXLC]+|[A-Đa-đ])[.)]?$/u.test(seq.trim())) return true;
  if (/^([IVXLC]+|[A-D])[.)]\s/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/**
 * A sparse row reading like a signature line, wherever its words stand (the place-and-date
 * line merged over the last columns is one cell, see `mergedView`): one or two cells of
 * which one is a signature line, or three of which two are (*Người lập biểu | Kế toán | Thủ trưởng đơn vị*).
 */
function isSignatureRow(row: (Cell | null | undefined)[]): boolean {
  const cells: Cell[] = [];
  for (const c of row) {
    if (isEmptyCell(c)) continue;
    cells.push(c!);
    if (cells.length > 3) return false;
  }
  const lines = cells.filter((c) => {
    const t = headerKey(cellText(c));
    return END_OF_TABLE_PATTERNS.some((re) => re.test(t));
  }).length;
  return cells.length <= 2 ? lines >= 1 : lines >= 2;
}

/** A row whose STT cell holds a number is data: no need to read it for signatures or totals. */
function numberedRow(row: (Cell | null | undefined)[], seqCol: number | undefined): boolean {
  if (seqCol === undefined) return false;
  const v = row[seqCol]?.v;
  return typeof v === 'number' || (typeof v === 'string' && /^\s*\d{1,7}[.)]?\s*$/.test(v));
}

function lastFilled(labels: string[]): number {
  for (let c = labels.length - 1; c >= 0; c--) if (labels[c]) return c + 1;
  return 0;
}

/**
 * A cell holding nothing at all. Stricter than `isEmptyCell`: a space, an invisible
 * character or an empty string (a formula giving "") is still the user's cell, and the
 * status column never overwrites it. (Adapters leave truly empty cells out of the model.)
 */
function holdsNothing(cell: Cell | null | undefined): boolean {
  return !cell || ((cell.v === null || cell.v === undefined) && !cell.t);
}

/** Excel's last column (XFD). */
const EXCEL_MAX_COLUMNS = 16_384;

/**
 * First column right of the table that is empty on every row the table spans (1-based
 * rows); 0 when none is left before Excel's last column.
 */
function freeColumnRight(sheet: SheetModel, lastColumn: number, fromRow: number, toRow: number): number {
  for (let col = lastColumn; col < EXCEL_MAX_COLUMNS; col++) {
    let free = !sheet.merged?.some((m) => m.left <= col + 1 && col + 1 <= m.right && m.top <= toRow && m.bottom >= fromRow);
    for (let r = fromRow - 1; r < toRow && free; r++) if (!holdsNothing(sheet.rows[r]?.[col])) free = false;
    if (free) return col + 1;
  }
  return 0;
}

export interface DetectOptions {
  criteria?: CriteriaVocabulary;
}

/** The sheet's first table (the one a single-table sheet has), or null. */
export function detectSheet(sheet: SheetModel, opts: DetectOptions = {}): DetectedTable | null {
  return detectSheetTables(sheet, opts)[0] ?? null;
}

/** Columns the header search looks at: the widest row among the first rows searched. */
function searchWidth(sheet: SheetModel, from: number): number {
  let width = 0;
  const limit = Math.min(sheet.rows.length, from + HEADER_SEARCH_ROWS + 2);
  for (let r = from; r < limit; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  return width;
}

/** The section heading (I. TẬP THỂ / II. CÁ NHÂN) on the rows just above a header, if any. */
function sectionAbove(sheet: SheetModel, from0: number, header0: number): DataRow['section'] {
  let section: DataRow['section'];
  for (let r = Math.max(from0, header0 - 4); r < header0; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const c of row) {
      const t = cellText(c);
      if (!t) continue;
      const sec = SECTION_PATTERNS.find((x) => x.re.test(headerKey(t)));
      if (sec) section = sec.kind ?? undefined;
      break;
    }
  }
  return section;
}

/**
 * Every table of a sheet, top to bottom: tables stacked one under the other (I. TẬP THỂ, then
 * II. CÁ NHÂN with its own header) each with their own header, columns, kind and status column.
 * A header row below a table starts the next table; after a signature block the rows just below
 * are searched for one more header.
 */
export function detectSheetTables(sheet: SheetModel, opts: DetectOptions = {}, from0 = 0, index0 = 0): DetectedTable[] {
  const out: DetectedTable[] = [];
  let from = from0;
  let next: SheetDetection | null = null;
  let carried: DataRow['section'];
  while (from < sheet.rows.length && out.length < MAX_TABLES_PER_SHEET) {
    const found = next ?? detectHeader(sheet, searchWidth(sheet, from), opts.criteria, from, from + HEADER_SEARCH_ROWS);
    if (!found) break;
    const header0 = found.cand.headerRows[0]!;
    const section = carried ?? sectionAbove(sheet, from, header0);
    const { table, stop } = buildTableWithStop(sheet, found.kind, found.cand.headerRows, found.columns, found.cand.labels, false, {
      stopAtHeader: true,
      criteria: opts.criteria,
      index: index0 + out.length,
      ...(section ? { section } : {}),
    });
    // A header with no rows right above another header (a title or group row read as one)
    // gives way to the header below it.
    const empty = table.rows.length === 0 && stop.reason === 'header';
    if (!empty) out.push(table);
    next = stop.next ?? null;
    carried = stop.section;
    from = Math.max(stop.row0, header0 + 1);
    if (stop.reason === 'end') break;
  }
  return out;
}

/** A sheet holds at most this many tables (a guard against a pathological sheet of headers). */
const MAX_TABLES_PER_SHEET = 50;
