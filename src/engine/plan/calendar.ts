/**
 * Working-day arithmetic on ISO `YYYY-MM-DD` strings. Dates are calendar days, handled
 * in UTC only, so the machine's time zone can never shift a day.
 *
 * A working day is Monday–Friday, not a day off (public holiday, compensatory day, swapped
 * day, or a day the user added), plus any make-up working day (a Saturday worked in
 * exchange for a swapped weekday, e.g. 10/01/2026).
 */
import type { Plan } from './schema';
import holidaysVn from './holidays-vn.json';

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NONE: ReadonlySet<string> = new Set();

/** One entry of the built-in calendar (holidays-vn.json). */
export interface VnCalendarDay {
  date: string;
  /** holiday | tet | compensatory | swap | makeUp */
  kind: string;
  vi: string;
  en: string;
}
export interface VnCalendarYear {
  daysOff: VnCalendarDay[];
  makeUpWorkingDays: VnCalendarDay[];
}

/** Vietnam's public holidays by year (see holidays.md for the source of every date). */
export const VN_HOLIDAYS: Readonly<Record<string, VnCalendarYear>> = holidaysVn;

/** Years the built-in calendar covers, ascending. */
export function vnHolidayYears(): number[] {
  return Object.keys(VN_HOLIDAYS)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Days in UTC since 1970-01-01 for a valid ISO date; throws RangeError otherwise. */
function toDayNumber(iso: string): number {
  const m = ISO_RE.exec(iso);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Date.UTC rolls 2021-02-30 over to March; reject instead.
    if (fromDayNumber(t / DAY_MS) === iso) return t / DAY_MS;
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True when `iso` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  try {
    toDayNumber(iso);
    return true;
  } catch {
    return false;
  }
}

/** `iso` moved by `days` calendar days (negative = earlier). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(iso: string, daysOff: ReadonlySet<string>, makeUpWorkingDays: ReadonlySet<string> = NONE): boolean {
  if (daysOff.has(iso)) return false;
  const wd = weekday(iso);
  if (wd === 0 || wd === 6) return makeUpWorkingDays.has(iso);
  return true;
}

/**
 * The working day that lies `n` working days before `iso`, counting back and not counting
 * `iso` itself (PLANS.md: conference Friday 2021-09-10, n = 10, 2/9 and 3/9 off →
 * Wednesday 2021-08-25). `n = 0` returns `iso` unchanged.
 */
export function subtractWorkingDays(
  iso: string,
  n: number,
  daysOff: ReadonlySet<string>,
  makeUpWorkingDays: ReadonlySet<string> = NONE,
): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  let day = toDayNumber(iso);
  let left = n;
  // A year has ~250 working days; 20 years of days off in a row means the calendar is broken.
  let guard = n * 7 + 366 * 20;
  while (left > 0) {
    day -= 1;
    if (isWorkingDay(fromDayNumber(day), daysOff, makeUpWorkingDays)) left -= 1;
    if (--guard < 0) throw new RangeError('No working days found: check the days-off list');
  }
  return fromDayNumber(day);
}

/** Built-in days off and make-up days for the plan's `holidayYears`. */
function calendarYearsOf(plan: Pick<Plan, 'holidayYears'>): VnCalendarYear[] {
  return (plan.holidayYears ?? []).map((y) => VN_HOLIDAYS[String(y)]).filter((y): y is VnCalendarYear => y !== undefined);
}

/** Every day off the plan knows: its holidays, the user's extra days, referenced calendars. */
export function daysOffOf(plan: Pick<Plan, 'holidays' | 'extraDaysOff' | 'holidayYears'>): Set<string> {
  const out = new Set<string>([...(plan.holidays ?? []), ...(plan.extraDaysOff ?? [])]);
  for (const y of calendarYearsOf(plan)) for (const d of y.daysOff) out.add(d.date);
  return out;
}

/** Saturdays/Sundays that are working days (make-up days of a government swap). */
export function makeUpWorkingDaysOf(plan: Pick<Plan, 'makeUpWorkingDays' | 'holidayYears'>): Set<string> {
  const out = new Set<string>(plan.makeUpWorkingDays ?? []);
  for (const y of calendarYearsOf(plan)) for (const d of y.makeUpWorkingDays) out.add(d.date);
  return out;
}

/**
 * The dossier deadline: the working day `plan.dossier.workingDaysBeforeConference` working
 * days before the conference. A dossier dated on or before it is on time. `conferenceDate`
 * overrides the plan's own; undefined when the plan has no dossier rule or no date is known.
 */
export function dossierDeadline(
  plan: Pick<Plan, 'dossier' | 'holidays' | 'extraDaysOff' | 'makeUpWorkingDays' | 'holidayYears'>,
  conferenceDate?: string,
): string | undefined {
  const n = plan.dossier?.workingDaysBeforeConference;
  const date = conferenceDate ?? plan.dossier?.conferenceDate;
  if (n === undefined || date === undefined) return undefined;
  return subtractWorkingDays(date, n, daysOffOf(plan), makeUpWorkingDaysOf(plan));
}
