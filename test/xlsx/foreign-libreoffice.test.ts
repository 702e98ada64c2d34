/**
 * LibreOffice (headless, Debian's libreoffice-calc-nogui) as a second independent reader of
 * the flagged copies of the foreign re-saves: every sheet of every input and of its copy is
 * converted to CSV in one soffice run (a private profile, so parallel runs do not collide),
 * and each sheet of the copy shows exactly the input's cells, plus the status column; the
 * copy has the summary sheet. The copies with a chart, a picture or a comment are re-saved
 * by LibreOffice as .xlsx, and the re-save still has its chart, picture and comment: LibreOffice
 * read them in the copy.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { STATUS_HEADER } from '../../src/engine/detect/tables';
import { messages } from '../../src/engine/i18n';
import { unzip } from '../hostile/make';
import { expectedOf, foreignFiles, type Expected } from './fixtures';

const SOFFICE = process.env.THIDUA_SOFFICE ?? 'soffice';
const tmp = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** LibreOffice's CSV export of every sheet: comma, double quotes, UTF-8, all sheets (-1), one file per sheet. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function soffice(args: string[]): void {
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--norestore', ...args], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`soffice (libreoffice-calc-nogui) did not run: ${r.stderr || r.error?.message}`);
}

/** RFC 4180 CSV, as LibreOffice writes it (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function runCli(args: string[]): Promise<number> {
  const io: Io = { stdout: () => {}, stderr: () => {}, isTTY: false };
  return main(args, io);
}

function argsFor(path: string, e: Expected, extra: string[]): string[] {
  const a = ['check', path, '--plan', e.plan, ...extra];
  if (e.options?.conferenceDate) a.push('--conference-date', e.options.conferenceDate);
  if (e.options?.unit) a.push('--unit', e.options.unit);
  return a;
}

const FILES = foreignFiles(/\.xls[xm]$/);
const TITLES = new Set((['vi', 'en'] as const).map((l) => messages(l).summary.title));
const MARKS = /^[✖⚠○] /;
const FEATURES = /(^|-)op-(chart|image|comment)\.xlsx$/;

interface Pair {
  label: string;
  /** Base names (no extension) of the input and copy as placed in the conversion folder. */
  input: string;
  copy: string;
  sheets: string[];
}
const pairs: Pair[] = [];
const csvDir = join(tmp, 'csv');
const resaveDir = join(tmp, 'resave');

beforeAll(async () => {
  const inDir = join(tmp, 'in');
  mkdirSync(inDir);
  const toConvert: string[] = [];
  const features: string[] = [];
  for (const [i, f] of FILES.entries()) {
    const ext = f.file.endsWith('.xlsm') ? '.xlsm' : '.xlsx';
    // Plain, distinct names: soffice names its CSV files after the input and the sheet.
    const input = join(inDir, `f${i}-in${ext}`);
    const copy = join(inDir, `f${i}-out${ext}`);
    copyFileSync(f.path, input);
    const code = await runCli(argsFor(input, expectedOf(f.sample), ['--out', copy, '--report', join(tmp, `f${i}.json`)]));
    expect(code).toBeLessThan(2);
    toConvert.push(input, copy);
    if (FEATURES.test(f.file)) features.push(copy);
    pairs.push({ label: `${f.sample}/${f.file}`, input: `f${i}-in`, copy: `f${i}-out`, sheets: [] });
  }
  soffice(['--convert-to', CSV_FILTER, '--outdir', csvDir, ...toConvert]);
  soffice(['--convert-to', 'xlsx', '--outdir', resaveDir, ...features]);
}, 900_000);

/** The CSV files of one converted workbook, by sheet name. */
function sheetsOf(base: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(csvDir)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
    out.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(join(csvDir, f), 'utf8')));
  }
  return out;
}

describe('LibreOffice reads the flagged copies', () => {
  it('has the foreign re-saves', () => expect(FILES.length).toBeGreaterThanOrEqual(100));

  it.each(FILES.map((f) => `${f.sample}/${f.file}`))('%s: every user cell as in the input, the status column, the summary', (label) => {
    const p = pairs.find((x) => x.label === label)!;
    const a = sheetsOf(p.input);
    const b = sheetsOf(p.copy);
    expect(a.size, `LibreOffice converted ${p.input}`).toBeGreaterThan(0);
    let statuses = 0;
    for (const [name, rowsA] of a) {
      const rowsB = b.get(name);
      expect(rowsB, `${label}: sheet ${name} in the copy`).toBeDefined();
      const height = Math.max(rowsA.length, rowsB!.length);
      for (let r = 0; r < height; r++) {
        const ra = rowsA[r] ?? [];
        const rb = rowsB![r] ?? [];
        for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
          const va = ra[c] ?? '';
          const vb = rb[c] ?? '';
          if (va === vb) continue;
          // The only cells the copy adds: the status header and status texts, where the input has none.
          expect(va, `${label}: ${name} row ${r + 1} column ${c + 1} was "${va}", is "${vb}"`).toBe('');
          expect(vb === STATUS_HEADER || MARKS.test(vb), `${label}: ${name} row ${r + 1} column ${c + 1}: "${vb}"`).toBe(true);
          statuses++;
        }
      }
    }
    expect(statuses).toBeGreaterThan(0);
    const extra = [...b.keys()].filter((k) => !a.has(k));
    expect(extra).toHaveLength(1);
    expect(TITLES.has(b.get(extra[0]!)![0]![0]!)).toBe(true);
  });

  it.each(FILES.filter((f) => FEATURES.test(f.file)).map((f) => `${f.sample}/${f.file}`))(
    '%s: LibreOffice finds the chart, picture or comment in the copy',
    (label) => {
      const p = pairs.find((x) => x.label === label)!;
      const file = join(resaveDir, `${p.copy}.xlsx`);
      expect(existsSync(file), file).toBe(true);
      const parts = [...unzip(readFileSync(file)).keys()];
      const want = /chart/.test(label) ? /^xl\/charts\/chart\d+\.xml$/ : /image/.test(label) ? /^xl\/media\// : /^xl\/comments\d*\.xml$/;
      expect(
        parts.some((x) => want.test(x)),
        `${label}: ${parts.join(', ')}`,
      ).toBe(true);
    },
  );
});
