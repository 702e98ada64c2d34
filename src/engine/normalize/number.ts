/**
 * Numbers as Vietnamese offices type them: `6.850` and `6 850` are counts with a thousands
 * separator, `98,5` has a decimal comma, rates come as 98.5, 0.985 or `98,5%`.
 */
import { isCellError, type Cell } from '../model';
import { cleanText, headerKey } from './text';

export type NumberResult =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; raw: string } | { kind: 'invalid'; raw: string };

/** Excel's error values, as cells display them. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/** True for an Excel error typed or pasted as text (`#DIV/0!`, `#n/a`). */
export function isErrorText(s: string): boolean {
  return EXCEL_ERRORS.has(cleanText(s).toUpperCase());
}

const EMPTY: NumberResult = { kind: 'empty' };
const num = (value: number): NumberResult => ({ kind: 'number', value });
const invalid = (raw: string): NumberResult => ({ kind: 'invalid', raw });

export interface ParseNumberTextOptions {
  /** Rates: a single separator is always decimal (`98,500%` is 98.5 %, not 98 500 %). */
  decimalOnly?: boolean;
}

/**
 * Parses number text; null when it is not a number. Thousands: `.`, `,`, space (already
 * normalised from NBSP by cleanText). Decimal: `,` or `.`. A single separator followed by
 * exactly three digits (`6.850`, `6,850`) is a thousands separator unless `decimalOnly`.
 */
export function parseNumberText(text: string, opts: ParseNumberTextOptions = {}): number | null {
  let s = cleanText(text);
  let sign = 1;
  // Accounting negatives: (1.234)
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = (paren[1] ?? '').trim();
  }
  const signMatch = /^([+\-\u2212])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -sign;
    s = s.slice(signMatch[0].length);
  }
  if (s === '') return null;

  // Scientific notation as Excel displays big or tiny numbers: 1,5E+06
  const sci = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d+)$/.exec(s);
  if (sci) return sign * Number(`${sci[1]}.${sci[2] ?? '0'}e${sci[3]}`);

  // Space-grouped: 6 850, 1 234 567,5
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/ /g, '');
    const m = /^(\d+)(?:[.,](\d+))?$/.exec(s);
    return m ? sign * Number(`${m[1]}.${m[2] ?? '0'}`) : null;
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = '';
  if (dots === 0 && commas === 0) {
    intPart = s;
  } else if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    const at = s.lastIndexOf(dec);
    if (s.indexOf(dec) !== at) return null;
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (!new RegExp(`^\\d{1,3}(\\${thou}\\d{3})+$`).test(intPart) || !/^\d+$/.test(fracPart)) return null;
    intPart = intPart.split(thou).join('');
  } else {
    const sep = dots > 0 ? '.' : ',';
    const count = dots + commas;
    if (count > 1) {
      if (!new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) return null;
      intPart = s.split(sep).join('');
    } else {
      const [a = '', b = ''] = s.split(sep);
      if (b === '' || !/^\d*$/.test(a) || !/^\d+$/.test(b)) return null;
      // `6.850`: thousands. `0.850` and `,850` are not groupings, so decimal.
      const thousands = !opts.decimalOnly && b.length === 3 && /^[1-9]\d{0,2}$/.test(a);
      if (thousands) intPart = a + b;
      else {
        intPart = a === '' ? '0' : a;
        fracPart = b;
      }
    }
  }
  const value = Number(`${intPart}.${fracPart === '' ? '0' : fracPart}`);
  return Number.isFinite(value) ? sign * value : null;
}

function fromNonText(cell: Cell): NumberResult | null {
  const v = cell.v;
  if (v === null || v === undefined) return EMPTY;
  if (isCellError(v)) return { kind: 'error', raw: v.error };
  if (typeof v === 'number') return Number.isFinite(v) ? num(v) : invalid(String(v));
  if (typeof v === 'boolean') return invalid(v ? 'TRUE' : 'FALSE');
  if (v instanceof Date) return invalid(cell.t ?? (Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()));
  return null;
}

/** Reads a numeric cell, including numbers stored as text. Booleans and dates are invalid. */
export function parseNumber(cell: Cell | null | undefined): NumberResult {
  if (cell === null || cell === undefined) return EMPTY;
  const direct = fromNonText(cell);
  if (direct !== null) return direct;
  const raw = String(cell.v);
  const s = cleanText(raw);
  if (s === '') return EMPTY;
  if (isErrorText(s)) return { kind: 'error', raw: s.toUpperCase() };
  const n = parseNumberText(s);
  return n === null ? invalid(raw) : num(n);
}

// Unit words that may follow a count: `1.200 người`, `6 850 cử tri` (compared by headerKey).
const COUNT_UNITS = new Set([
  'nguoi',
  'ng',
  'cu tri',
  'phieu',
  'doan vien',
  'dv',
  'don vi',
  'thanh vien',
  'can bo',
  'hoi vien',
  'ho',
  'luot',
  'tap the',
  'ca nhan',
  'cbgvnv',
  'cbcnv',
  'cbcc',
  'cbccvc',
  'nguoi dan',
  'giao vien',
  'hoc sinh',
  'truong',
  'xa',
  'thon',
  'to',
  'khu vuc bo phieu',
]);

/**
 * A count: parseNumber, plus a trailing unit word is accepted. Non-integer or negative
 * values stay numbers: the rules decide what to say about them.
 */
export function parseCount(cell: Cell | null | undefined): NumberResult {
  const r = parseNumber(cell);
  if (r.kind !== 'invalid' || cell === null || cell === undefined || typeof cell.v !== 'string') return r;
  const m = /^([+\-\u2212]?\s*\d[\d., ]*?)\s*(\p{L}.*)$/u.exec(cleanText(cell.v));
  if (!m) return r;
  if (!COUNT_UNITS.has(headerKey(m[2] ?? ''))) return r;
  const n = parseNumberText(m[1] ?? '');
  return n === null ? r : num(n);
}

/**
 * A rate as a FRACTION (0.985). A number formatted with `%` is already a fraction; text with
 * `%` is a percent; otherwise a value above 1 is a percent (98.5) and up to 1 a fraction.
 */
export function parseRate(cell: Cell | null | undefined): NumberResult {
  if (cell === null || cell === undefined) return EMPTY;
  const direct = fromNonText(cell);
  if (direct !== null) {
    if (direct.kind !== 'number') return direct;
    const percentFormat = (cell.f ?? '').includes('%') || (cell.t ?? '').includes('%');
    if (percentFormat) return direct;
    return num(direct.value > 1 ? direct.value / 100 : direct.value);
  }
  const raw = String(cell.v);
  const s = cleanText(raw);
  if (s === '') return EMPTY;
  if (isErrorText(s)) return { kind: 'error', raw: s.toUpperCase() };
  const pct = /^(.*?)\s*%$/.exec(s);
  const n = parseNumberText(pct ? (pct[1] ?? '') : s, { decimalOnly: true });
  if (n === null) return invalid(raw);
  if (pct) return num(n / 100);
  return num(n > 1 ? n / 100 : n);
}

// ---------------------------------------------------------------------------------------
// Formatting

/** Rounds half away from zero at `digits` decimals without binary-float surprises. */
function roundTo(n: number, digits: number): number {
  const clean = Number(n.toPrecision(15));
  const r = Math.round(Math.abs(clean) * 10 ** digits + 1e-9) / 10 ** digits;
  return Math.sign(clean) * r;
}

function formatWith(n: number, thousands: string, decimal: string, digits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  let s: string;
  if (digits === undefined) {
    // As many decimals as the number has (up to 10), none for integers.
    s = String(Number(n.toFixed(10)));
    if (s.includes('e')) s = n.toFixed(10).replace(/\.?0+$/, '');
  } else {
    s = roundTo(n, digits).toFixed(digits);
  }
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [int = '', frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, thousands);
  const out = frac === undefined ? grouped : `${grouped}${decimal}${frac}`;
  // No "-0" or "-0,0".
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

/** 0.974 → `97,4%`. */
export function formatPercentVi(fraction: number, digits = 1): string {
  return `${formatWith(fraction * 100, '.', ',', digits)}%`;
}

/** 0.974 → `97.4%`. */
export function formatPercentEn(fraction: number, digits = 1): string {
  return `${formatWith(fraction * 100, ',', '.', digits)}%`;
}

/** 6850 → `6.850`, 98.5 → `98,5`. */
export function formatNumberVi(n: number, digits?: number): string {
  return formatWith(n, '.', ',', digits);
}

/** 6850 → `6,850`, 98.5 → `98.5`. */
export function formatNumberEn(n: number, digits?: number): string {
  return formatWith(n, ',', '.', digits);
}

/** Money, whole đồng: `1.490.000 đồng` / `1,490,000 VND`. */
export function formatVnd(n: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `${formatNumberVi(n, 0)} đồng` : `${formatNumberEn(n, 0)} VND`;
}
