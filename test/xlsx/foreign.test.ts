/**
 * The samples as other real writers save them (`../shared/fixtures/foreign/`: openpyxl,
 * LibreOffice, relative targets, inline strings, 1904 dates, a macro workbook): each .xlsx
 * and .xlsm gives exactly its sample's findings, and its flagged copy (`--out`)
 * - keeps every input part, the untouched ones byte for byte, the touched ones only added to;
 * - read back by openpyxl (an independent reader), has every user cell as it was, the status
 *   column and the summary, and still every chart, picture, comment, validation, defined name,
 *   print area and title, autofilter, merged area, sheet state, the 1904 dates and the VBA;
 * - checked again, gives the same findings.
 * The .xls and .ods files are refused with a sentence naming what they are.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { STATUS_HEADER } from '../../src/engine/detect/tables';
import { messages } from '../../src/engine/i18n';
import { compareCopy, openpyxl, type OpenpyxlBook } from './copy-checks';
import { expectedOf, foreignFiles, type Expected } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-foreign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function runCli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => (err += s), isTTY: false };
  return { code: await main(args, io), err };
}

function argsFor(path: string, e: Expected, extra: string[]): string[] {
  const a = ['check', path, '--plan', e.plan, ...extra];
  if (e.options?.conferenceDate) a.push('--conference-date', e.options.conferenceDate);
  if (e.options?.unit) a.push('--unit', e.options.unit);
  return a;
}

interface Report {
  findings: { rule: string; sheet: string; rows: number[] }[];
}
const brief = (r: Report | Expected) => r.findings.map((f) => ({ rule: f.rule, sheet: f.sheet, rows: f.rows }));

const FILES = foreignFiles(/\.xls[xm]$/);
const TITLES = new Set((['vi', 'en'] as const).map((l) => messages(l).summary.title));
const MARKS = /^[✖⚠○] /;

interface Run {
  sample: string;
  file: string;
  input: string;
  out: string;
  report: Report;
  again: Report;
  code: number;
  err: string;
}

const runs: Run[] = [];
let books: Record<string, OpenpyxlBook> = {};

beforeAll(async () => {
  for (const f of FILES) {
    const e = expectedOf(f.sample);
    const base = join(tmp, `${f.sample}--${f.file}`);
    const out = `${base}.flagged${f.file.endsWith('.xlsm') ? '.xlsm' : '.xlsx'}`;
    const r = await runCli(argsFor(f.path, e, ['--out', out, '--report', `${base}.json`]));
    // The copy checked again: thidua's own cells and summary are not read as data.
    const again = await runCli(argsFor(out, e, ['--report', `${base}.again.json`]));
    runs.push({
      sample: f.sample,
      file: f.file,
      input: f.path,
      out,
      code: r.code,
      err: r.err + again.err,
      report: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Report,
      again: JSON.parse(readFileSync(`${base}.again.json`, 'utf8')) as Report,
    });
  }
  books = openpyxl(runs.flatMap((r) => [r.input, r.out]));
}, 240_000);

describe('the foreign re-saves of the samples', () => {
  it('are there (../shared/fixtures/foreign)', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5 * 20);
  });

  it.each(FILES.map((f) => `${f.sample}/${f.file}`))('%s: exactly the sample’s findings, in the file and in its flagged copy', (label) => {
    const r = runs.find((x) => `${x.sample}/${x.file}` === label)!;
    expect(r.code, r.err).toBeLessThan(2);
    expect(brief(r.report)).toEqual(brief(expectedOf(r.sample)));
    expect(brief(r.again)).toEqual(brief(r.report));
  });

  it.each(FILES.map((f) => `${f.sample}/${f.file}`))('%s: the copy keeps every part, changes only what thidua adds to', (label) => {
    const r = runs.find((x) => `${x.sample}/${x.file}` === label)!;
    const input = readFileSync(r.input);
    const output = readFileSync(r.out);
    // The parts thidua may touch: the checked sheets, the workbook, its relationships, the content types, the styles.
    const flaggedSheets = new Set(r.report.findings.map((f) => f.sheet));
    const report = compareCopy(input, output, (part) =>
      /^\[Content_Types\]\.xml$|workbook\.xml$|workbook\.xml\.rels$|styles\.xml$|worksheets\/sheet\d+\.xml$/.test(part),
    );
    // Every part of the input is in the copy (compareCopy), and all but these are byte-identical:
    // the checked sheets, and the four parts the copy appends to.
    const sheetsChanged = report.changed.filter((p) => /worksheets\//.test(p));
    expect(sheetsChanged.length).toBeLessThanOrEqual(flaggedSheets.size);
    expect(report.changed.length - sheetsChanged.length).toBeLessThanOrEqual(4);
    expect(report.changed).toContain('[Content_Types].xml');
    // One new part: the summary sheet.
    expect(report.added).toHaveLength(1);
    expect(report.added[0]).toMatch(/worksheets\/sheet\d+\.xml$/);
  });

  it.each(FILES.map((f) => `${f.sample}/${f.file}`))(
    '%s: openpyxl reads the copy with every user cell and every feature of the input',
    (label) => {
      const r = runs.find((x) => `${x.sample}/${x.file}` === label)!;
      const a = books[r.input]!;
      const b = books[r.out]!;
      expect(a.error, `openpyxl on the input: ${a.error}`).toBeUndefined();
      expect(b.error, `openpyxl on the copy: ${b.error}`).toBeUndefined();
      expect(b.epoch1904).toBe(a.epoch1904);
      expect(b.vba).toBe(a.vba);
      expect(b.names).toEqual(a.names);
      expect(b.sheets.map((s) => s.name).slice(0, a.sheets.length)).toEqual(a.sheets.map((s) => s.name));
      for (const sa of a.sheets) {
        const sb = b.sheets.find((s) => s.name === sa.name)!;
        const where = `${r.file} / ${sa.name}`;
        expect(sb.state, where).toBe(sa.state);
        expect(sb.merged, where).toEqual(sa.merged);
        expect(sb.validations, where).toEqual(sa.validations);
        expect(sb.comments, where).toEqual(sa.comments);
        expect(sb.charts, where).toBe(sa.charts);
        expect(sb.images, where).toBe(sa.images);
        expect(sb.printArea, where).toEqual(sa.printArea);
        expect(sb.printTitleRows, where).toEqual(sa.printTitleRows);
        expect(sb.autoFilter, where).toEqual(sa.autoFilter);
        // Every user cell as it was (value and number format).
        for (const [ref, cell] of Object.entries(sa.cells)) expect(sb.cells[ref], `${where}!${ref}`).toEqual(cell);
        // What the copy adds to a sheet: the status column (its header, then texts starting with a mark).
        const added = Object.entries(sb.cells).filter(([ref]) => !(ref in sa.cells));
        for (const [ref, cell] of added)
          expect(cell.v === STATUS_HEADER || MARKS.test(String(cell.v)), `${where}!${ref}: ${String(cell.v)}`).toBe(true);
        if (r.report.findings.some((f) => f.sheet === sa.name)) {
          expect(
            added.some(([, c]) => c.v === STATUS_HEADER),
            `${where}: no status header`,
          ).toBe(true);
          // The user's own conditional formats are kept; thidua's three rules are added.
          for (const cf of sa.cf) expect(sb.cf, where).toContainEqual(cf);
          expect(sb.cf.filter((c) => /^LEFT\(\$[A-Z]+\d+,1\)="[✖⚠○]"$/.test(c.formula[0] ?? '')).length, where).toBe(3);
        }
        for (const [col, w] of Object.entries(sa.widths)) expect(sb.widths[col], `${where} column ${col}`).toBeGreaterThanOrEqual(w);
      }
      // The summary sheet, new.
      const summary = b.sheets[a.sheets.length]!;
      expect(summary).toBeDefined();
      expect(TITLES.has(String(summary.cells.A1?.v))).toBe(true);
    },
  );
});

describe('the old and OpenDocument files', () => {
  const other = foreignFiles(/\.(xls|ods)$/);
  it('are there', () => expect(other.length).toBeGreaterThanOrEqual(2));
  it.each(other.map((f) => ({ ...f, label: `${f.sample}/${f.file}` })))(
    '$label is refused with a sentence naming what it is',
    async (f) => {
      const e = expectedOf(f.sample);
      const r = await runCli(argsFor(f.path, e, []));
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(`"${f.file}"`);
      expect(r.err).toMatch(f.file.endsWith('.ods') ? /bảng tính OpenDocument \(\.ods/ : /Excel đời cũ \(\.xls\)/);
    },
  );
});
