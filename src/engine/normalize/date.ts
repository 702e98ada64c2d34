/**
 * Dates. The engine's date type is the ISO string `YYYY-MM-DD` (a calendar day, no time
 * zone). Text is read day first, always: Vietnamese offices write 23/05/2021.
 */
import { isCellError, type Cell } from '../model';
import { cleanText, looseKey } from './text';

export type DateResult = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; raw: string };

export interface ParseDateOptions {
  /** Read plain numbers 20000..80000 (1954..2119) as Excel serials even without a date format. */
  serialsWithoutFormat?: boolean;
}

const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoFromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoToUtcMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** `YYYY-MM-DD` for a real calendar day (1900..9999), else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a `YYYY-MM-DD` string naming a real day. */
export function isValidIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === iso;
}

/**
 * Excel 1900-system serial → ISO. Keeps Lotus's phantom 1900-02-29 (serial 60, null here):
 * serials from 61 on count from 1899-12-30, earlier ones from 1899-12-31.
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  // Float noise just under a whole day (44339.99999999999 from arithmetic) is that day.
  const day = Math.floor(serial + 1e-9);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  const base = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoFromUtcMs(base + day * DAY_MS);
}

/** ISO → Excel 1900-system serial. */
export function isoToSerial(iso: string): number {
  const days = Math.round((isoToUtcMs(iso) - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/** True when an Excel number format shows a date (d, y, or m that is not minutes). */
export function isDateFormat(f: string | undefined): boolean {
  if (f === undefined) return false;
  const s = f
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  if (/[dy]/.test(s)) return true;
  // Without d/y, `m` is a month (mmmm) unless h or s make it minutes; 0 and # mean a number.
  return s.includes('m') && !/[hs0#]/.test(s);
}

/**
 * A JS Date → its calendar day. Adapters give UTC midnight; a whole-quarter-hour time in the
 * last 8 hours of a UTC day is a local midnight shifted by the time zone (Vietnam's
 * 00:00 is 17:00 UTC the day before), so it rounds up. Other times are a time of day.
 */
export function dateToIso(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const tod = ((t % DAY_MS) + DAY_MS) % DAY_MS;
  let start = t - tod;
  if (tod >= 16 * 3_600_000 && tod % 900_000 === 0) start += DAY_MS;
  const iso = isoFromUtcMs(start);
  return isValidIso(iso) ? iso : null;
}

/** Two-digit years as Excel reads them: 00-29 → 20xx, 30-99 → 19xx. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Parses date text, day first; null when it is not a date. */
export function parseDateText(text: string): string | null {
  let s = cleanText(text)
    .replace(/[.;,]+$/, '')
    // A trailing time of day: 23/05/2021 08:30, 2021-05-23T00:00:00Z
    .replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[AP]M|SA|CH)?$/i, '');
  s = looseKey(s);
  let m = /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return isoFromParts(fullYear(m[4] ?? ''), Number(m[3]), Number(m[1]));
  m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  // ngày 23 tháng 5 năm 2021 / 23 tháng 5, 2021 / 23 tháng 05 2021
  m = /^(?:ngay\s*)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*|\s+nam\s+|\s+)(\d{4})$/.exec(s);
  if (m) return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/**
 * Reads a date cell: a JS Date, an Excel serial with a date format (or, with
 * `serialsWithoutFormat`, a plain number 20000..80000), or date text.
 */
export function parseDate(cell: Cell | null | undefined, opts: ParseDateOptions = {}): DateResult {
  if (cell === null || cell === undefined) return { kind: 'empty' };
  const v = cell.v;
  if (v === null || v === undefined) return { kind: 'empty' };
  const invalid = (raw: string): DateResult => ({ kind: 'invalid', raw });
  const ok = (iso: string | null, raw: string): DateResult => (iso === null ? invalid(raw) : { kind: 'date', iso });
  if (v instanceof Date) {
    const raw = cell.t ?? (Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString());
    return ok(dateToIso(v), raw);
  }
  if (isCellError(v)) return invalid(v.error);
  if (typeof v === 'boolean') return invalid(v ? 'TRUE' : 'FALSE');
  if (typeof v === 'number') {
    const raw = cell.t ?? String(v);
    if (isDateFormat(cell.f) && v >= 1 && v < MAX_SERIAL + 1) return ok(serialToIso(v), raw);
    if (opts.serialsWithoutFormat && v >= 20000 && v <= 80000 && !(cell.f ?? '').includes('%')) return ok(serialToIso(v), raw);
    return invalid(raw);
  }
  if (cleanText(v) === '') return { kind: 'empty' };
  return ok(parseDateText(v), v);
}

/** `2021-05-23` → `23/05/2021`. */
export function isoToDmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Adds (or with n < 0 subtracts) calendar days. */
export function addDaysIso(iso: string, n: number): string {
  return isoFromUtcMs(isoToUtcMs(iso) + Math.trunc(n) * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayIso(iso: string): number {
  return new Date(isoToUtcMs(iso)).getUTCDay();
}

/** Negative, zero or positive like a sort comparator (ISO strings sort as text). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (b − a). */
export function daysBetweenIso(a: string, b: string): number {
  return Math.round((isoToUtcMs(b) - isoToUtcMs(a)) / DAY_MS);
}
