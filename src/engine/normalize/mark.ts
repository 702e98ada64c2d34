/**
 * Yes/no marks as offices type them: `x`, `có`, `rồi`, `Đạt` / blank, `không`, `0`, `Không đạt`.
 * Whole-cell matching (after folding case, diacritics and punctuation), so `không đạt` is
 * never mistaken for `đạt`.
 */
import { isCellError, type Cell } from '../model';
import { isDateFormat, parseDateText } from './date';
import { parseNumberText } from './number';
import { cleanText, headerKey } from './text';

export type Mark = 'yes' | 'no' | 'blank' | 'unreadable';

export interface ParseMarkOptions {
  /** A date in the cell means "done" (criteria sheets where reports are marked by date). */
  dateMeansYes?: boolean;
}

/** Words read as yes, in headerKey form (no diacritics, lower case, single spaces). */
export const YES_WORDS: ReadonlySet<string> = new Set([
  'x',
  'v',
  'y',
  'yes',
  'ok',
  'true',
  '1',
  'co',
  'roi',
  'da',
  'xong',
  'da xong',
  'dat',
  'hoan thanh',
  'da hoan thanh',
  'da bo phieu',
  'co bo phieu',
  'da bau',
  'da bau cu',
  'di bau',
  'da di bau',
  'co di bau',
  'co tham gia',
  'da tham gia',
  'co mat',
]);

/** Words read as no, in headerKey form. */
export const NO_WORDS: ReadonlySet<string> = new Set([
  'n',
  'no',
  'false',
  '0',
  'k',
  'ko',
  'kh',
  'khg',
  'khong',
  'khong co',
  'chua',
  'chua bau',
  'chua bo phieu',
  'chua di bau',
  'khong bau',
  'khong bo phieu',
  'khong di bau',
  'khong dat',
  'chua dat',
  'khong hoan thanh',
  'chua hoan thanh',
  'khong tham gia',
  'vang',
  'vang mat',
]);

// Check marks people insert as symbols. √ (square root) is common in Vietnamese sheets.
const CHECK_MARKS = /^[✓✔☑✅√]+$/u;
// A dash says "nothing here, on purpose": read as no (it then fails a criterion instead of
// passing silently, and a member with `-` counts as not voted).
const DASHES = /^[-‐‑‒–—−]+$/u;

/** Reads a yes/no mark. Anything else (`?`, `2`, a stray date, `#N/A`) is 'unreadable'. */
export function parseMark(cell: Cell | null | undefined, opts: ParseMarkOptions = {}): Mark {
  if (cell === null || cell === undefined) return 'blank';
  const v = cell.v;
  if (v === null || v === undefined) return 'blank';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v instanceof Date) return opts.dateMeansYes ? 'yes' : 'unreadable';
  if (isCellError(v)) return 'unreadable';
  if (typeof v === 'number') {
    if (isDateFormat(cell.f)) return opts.dateMeansYes ? 'yes' : 'unreadable';
    return v === 1 ? 'yes' : v === 0 ? 'no' : 'unreadable';
  }
  const t = cleanText(v);
  if (t === '') return 'blank';
  if (CHECK_MARKS.test(t)) return 'yes';
  if (DASHES.test(t)) return 'no';
  // × (multiplication sign) is an x typed from the symbol menu.
  const key = headerKey(t.replace(/×/g, 'x'));
  if (YES_WORDS.has(key)) return 'yes';
  if (NO_WORDS.has(key)) return 'no';
  const n = parseNumberText(t);
  if (n !== null) return n === 1 ? 'yes' : n === 0 ? 'no' : 'unreadable';
  if (opts.dateMeansYes && parseDateText(t) !== null) return 'yes';
  return 'unreadable';
}
