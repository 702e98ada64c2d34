/**
 * The summary conference's date as a person types it, for both shells: the pane's
 * *Ngày hội nghị tổng kết* field and the command line's `--conference-date`. Vietnamese
 * offices write the day first (10/09/2021, 10-09-2021, 10.09.2021, 1/9/2021); files and
 * scripts write ISO (2021-09-10). Only real calendar days with a four-digit year are
 * accepted, and a date with slashes is always day first (09/10/2021 is 9 October): a
 * two-digit year or a month-first reading is never guessed.
 */
import { isoFromParts } from '../normalize/date';

/** Day first: d/m/yyyy with `/`, `-` or `.` (the same separator twice), spaces allowed around it. */
const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
/** Year first: yyyy-mm-dd, also with `/` or `.`. */
const YEAR_FIRST = /^(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;

/**
 * `YYYY-MM-DD` for a typed conference date, or null when the text is empty or not a real
 * day: `10/09/2021`, `1/9/2021`, `10-09-2021`, `10.09.2021` and `2021-09-10` all give
 * `2021-09-10`; `31/06/2021`, `29/02/2021`, `10/09/21` and `2021-13-01` give null.
 */
export function parseConferenceDate(text: string): string | null {
  // Full-width digits and separators (an IME) read as ASCII; NBSP and other spaces trimmed.
  const s = text.normalize('NFKC').trim();
  let m = DAY_FIRST.exec(s);
  if (m) return isoFromParts(Number(m[4]), Number(m[3]), Number(m[1]));
  m = YEAR_FIRST.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  return null;
}
