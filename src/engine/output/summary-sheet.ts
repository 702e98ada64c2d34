/**
 * The *Tổng hợp* sheet as a grid of cells, built once here so that the add-in and the
 * command line write exactly the same summary. Strings are always text: a unit named
 * `=HYPERLINK(…)` lands as those characters, never as a formula (adapters see to it).
 */
import type { CheckResult } from '../check';
import type { Plan } from '../plan/schema';
import type { Lang } from '../findings';
import { messages } from '../i18n';

export interface SummaryCell {
  v: string | number | null;
  bold?: boolean;
  /** A link to a row of another sheet of the same workbook. */
  link?: { sheet: string; row: number };
  /** Excel number format, e.g. `0.00%` or `#,##0`. */
  numFmt?: string;
  /** Wrap the text inside the cell's column (long messages); otherwise it runs on to the right. */
  wrap?: boolean;
  /** Colour key the adapters map to a fill: header rows, errors, warnings. */
  style?: 'title' | 'header' | 'error' | 'warning' | 'waived';
}

export interface SummarySheet {
  /** Column widths in characters. */
  widths: number[];
  rows: SummaryCell[][];
}

/** Excel holds at most 32,767 characters in a cell; a longer text makes the file unreadable. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** A text cut to what a cell can hold (user text such as a unit name may be longer). */
export function fitInCell(s: string): string {
  if (s.length <= EXCEL_MAX_CELL_CHARS) return s;
  // Do not split a surrogate pair.
  let end = EXCEL_MAX_CELL_CHARS - 1;
  if (/[\uD800-\uDBFF]/.test(s[end - 1]!)) end--;
  return `${s.slice(0, end)}…`;
}

/** A sheet's cells with every text fitted to a cell. */
export function fitSheet(sheet: SummarySheet): SummarySheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) =>
      row.map((c) => (typeof c.v === 'string' && c.v.length > EXCEL_MAX_CELL_CHARS ? { ...c, v: fitInCell(c.v) } : c)),
    ),
  };
}

/** `22/11/2026 09:57 (giờ Việt Nam)`: Vietnam keeps UTC+7 all year. */
function vietnamTime(iso: string, lang: Lang = 'vi'): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const text = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
  return `${text} (${lang === 'en' ? 'Vietnam time' : 'giờ Việt Nam'})`;
}

const PCT = '0.00%';
const INT = '#,##0';

export function buildSummarySheet(result: CheckResult, plan: Plan, workbookName: string, lang: Lang): SummarySheet {
  const m = messages(lang).summary;
  const msg = messages(lang);
  const s = result.summary;
  const rows: SummaryCell[][] = [];
  const head = (labels: string[]) => rows.push(labels.map((v) => ({ v, bold: true, style: 'header' as const })));
  const blank = () => rows.push([]);
  const planName = lang === 'en' ? (plan.name.en ?? plan.name.vi) : plan.name.vi;
  const source = lang === 'en' ? (plan.source.en ?? plan.source.vi) : plan.source.vi;

  rows.push([{ v: m.title, bold: true, style: 'title' }]);
  // One cell per line, running on to the right, so the labels never hide behind the values.
  const unit = (result.workbookUnit.name ?? '—') + (result.workbookUnit.inferred ? ` ${m.unitInferred}` : '');
  rows.push([{ v: `${m.unit}: ${unit}`, bold: true }]);
  rows.push([{ v: `${m.plan}: ${planName} — ${source}` }]);
  rows.push([{ v: `${m.workbook}: ${workbookName}` }]);
  rows.push([{ v: `${m.checkedAt}: ${vietnamTime(result.checkedAt, lang)}` }]);
  rows.push([{ v: m.counts(s.errors, s.warnings), bold: true, style: s.errors ? 'error' : s.warnings ? 'warning' : undefined }]);
  blank();

  rows.push([{ v: m.turnoutTitle, bold: true }]);
  head(m.turnoutHead);
  s.units.forEach((u, i) => {
    const assess =
      u.rate === null
        ? ''
        : u.min !== null && u.rate < u.min - 1e-12
          ? m.belowMin
          : u.target !== null && u.rate < u.target - 1e-12
            ? m.belowTarget
            : m.ok;
    const style = assess === m.belowMin ? 'error' : assess === m.belowTarget ? 'warning' : undefined;
    rows.push([
      { v: i + 1 },
      { v: u.unit, ...(u.row ? { link: { sheet: u.sheet, row: u.row } } : {}) },
      { v: msg.categories[u.category] },
      { v: u.registered, numFmt: INT },
      { v: u.voted, numFmt: INT },
      { v: u.rate, numFmt: PCT },
      { v: assess, ...(style ? { style } : {}) },
    ]);
  });
  rows.push([
    { v: '' },
    { v: m.total, bold: true },
    { v: '' },
    { v: s.total.registered, numFmt: INT, bold: true },
    { v: s.total.voted, numFmt: INT, bold: true },
    { v: s.total.rate, numFmt: PCT, bold: true },
  ]);
  blank();

  rows.push([{ v: m.quotasTitle, bold: true }]);
  head(m.quotasHead);
  s.quotas.forEach((q, i) => {
    const over = q.proposed > q.limit;
    rows.push([
      { v: i + 1 },
      { v: q.unit },
      { v: msg.kinds[q.kind] },
      { v: q.proposed, numFmt: INT },
      { v: q.limit, numFmt: INT },
      { v: over ? m.over : m.ok, ...(over ? { style: 'error' as const } : {}) },
    ]);
  });
  blank();

  rows.push([{ v: m.awardsTitle, bold: true }]);
  head(m.awardsHead);
  s.awards.forEach((a, i) => {
    rows.push([
      { v: i + 1 },
      { v: a.form, ...(a.allowed ? {} : { style: 'error' as const }) },
      { v: a.collectives, numFmt: INT },
      { v: a.individuals, numFmt: INT },
      { v: a.amountVnd, numFmt: INT },
    ]);
  });
  rows.push([
    { v: '' },
    { v: m.total, bold: true },
    { v: s.nominees.collectives, numFmt: INT, bold: true },
    { v: s.nominees.individuals, numFmt: INT, bold: true },
    { v: s.totalAmountVnd, numFmt: INT, bold: true },
  ]);
  if (plan.money) rows.push([{ v: '' }, { v: m.moneyNote(plan.money.baseSalaryVnd, plan.money.decree) }]);
  blank();

  rows.push([{ v: m.findingsTitle, bold: true }]);
  head(m.findingsHead);
  if (!result.findings.length) rows.push([{ v: '' }, { v: m.noFindings }]);
  result.findings.forEach((f, i) => {
    const style = f.waived ? 'waived' : f.severity;
    // The message first, in the wide column; where it is and which rule, after it.
    rows.push([
      { v: i + 1 },
      { v: f.message, wrap: true, style },
      { v: msg.severity[f.severity] },
      { v: f.sheet },
      { v: f.rows.join(', '), ...(f.rows[0] ? { link: { sheet: f.sheet, row: f.rows[0] } } : {}) },
      { v: f.rule },
      { v: f.unit ?? '', wrap: true },
      { v: f.waived ? m.waivedBy(f.waived.by, f.waived.reason) : '', wrap: true },
    ]);
  });
  if (result.notices.length) {
    blank();
    rows.push([{ v: m.notesTitle, bold: true }]);
    for (const n of result.notices) rows.push([{ v: '' }, { v: n.message }]);
  }
  return fitSheet({ widths: [6, 52, 24, 18, 12, 28, 30, 36], rows });
}
