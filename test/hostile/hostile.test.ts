/**
 * A corpus of hostile workbooks, built at test time (nothing large is committed): zip
 * bombs, damaged zips, sheets reaching column XFD and row 1,048,576, shared and array
 * formulas, merged two-row headers, hidden and very hidden sheets, odd sheet names, a cell
 * past Excel's 32,767 characters, and unit names that look like formulas.
 *
 * Bad input exits 2 with one sentence (test/cli.test.ts has the everyday cases: missing
 * file, CSV, truncated zip, .xls, password, no table, bad options); here, what an attacker
 * or a broken tool could hand over.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { TITLE, TURNOUT_HEAD, turnoutRows, unzip, xlsx, xlsxParts, zip, type XRow, type XSheet } from './make';

const ROOT = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXCEL_MAX_CHARS = 32_767;

interface Run {
  code: number;
  out: string;
  err: string;
  ms: number;
}

async function runWith(cli: typeof main, args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false };
  const t = performance.now();
  const code = await cli(args, io);
  return { code, out, err, ms: performance.now() - t };
}

const runCli = (args: string[]) => runWith(main, args);

function put(name: string, data: Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
}

/** Status 2's message: one line, one sentence naming the file, no stack trace. */
function expectOneSentence(err: string, file: string): void {
  const text = err.trim();
  if (process.env.THIDUA_SHOW_MESSAGES) console.log(text);
  expect(text.split('\n'), text).toHaveLength(1);
  expect(text).toContain(`"${file}"`);
  expect(text).toMatch(/[.!?]$/);
  expect(text).not.toMatch(/\bat .*\.(ts|js|cjs|mjs):\d+/);
  expect(text).not.toMatch(/^(Type|Range|Reference)?Error\b/);
}

interface Report {
  findings: { rule: string; sheet: string; rows: number[]; unit?: string; message: string; values: Record<string, unknown> }[];
  summary: { errors: number; warnings: number };
}

async function checkReport(file: string, plan = 'thai-binh-32-2021', extra: string[] = []): Promise<{ run: Run; report: Report }> {
  const reportPath = `${file}.report.json`;
  const run = await runCli(['check', file, '--plan', plan, '--report', reportPath, ...extra]);
  expect(run.code, run.err).toBeLessThan(2);
  // Notices and the closing line only: no stack trace, no library's console noise.
  expect(run.err).not.toMatch(/\bat .*\.(ts|js|cjs|mjs):\d+|exceeds 31 chars|Error:/);
  return { run, report: JSON.parse(readFileSync(reportPath, 'utf8')) as Report };
}

function rowsOf(report: Report, rule: string, sheet?: string): number[] {
  return report.findings.filter((f) => f.rule === rule && (!sheet || f.sheet === sheet)).flatMap((f) => f.rows);
}

// ---- reading an output file's XML --------------------------------------------------------

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

interface XmlCell {
  ref: string;
  type: string | null;
  formula: boolean;
  text: string | null;
}

/** Every cell of a sheet of an .xlsx, with its type and text as the file stores them. */
function xmlCells(file: string, sheet: string): XmlCell[] {
  const parts = unzip(readFileSync(file));
  const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const entry = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)![1]!) === sheet);
  if (!entry) throw new Error(`no sheet ${sheet} in ${file}`);
  const rid = /r:id="([^"]*)"/.exec(entry)![1]!;
  const target = new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*>`).exec(rels)![0];
  const path = `xl/${/Target="([^"]*)"/.exec(target)![1]!.replace(/^\/?xl\//, '')}`;
  const shared = [...(parts.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]!),
  );
  const xml = parts.get(path)!.toString('utf8');
  return [...xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => {
    const attrs = m[1]!;
    const body = m[2] ?? '';
    const ref = /r="([^"]*)"/.exec(attrs)![1]!;
    const type = /t="([^"]*)"/.exec(attrs)?.[1] ?? null;
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const text = type === 's' ? shared[Number(v)]! : type === 'inlineStr' ? textOf(body) : v !== undefined ? unescapeXml(v) : null;
    return { ref, type, formula: /<f[\s>/]/.test(body), text };
  });
}

// ---- the bundled command line, for the cases that need a process ---------------------------

let bin = '';
beforeAll(async () => {
  // Bundled from the sources being tested (dist/cli.cjs may be older than they are).
  bin = join(tmp, 'cli.cjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bin,
    logLevel: 'warning',
  });
}, 60_000);

function runBin(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, THIDUA_DEBUG: '' },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SMALL_TURNOUT: XSheet = {
  name: 'Tỷ lệ cử tri',
  rows: [
    ...TITLE,
    ...turnoutRows(4, [
      ['Xã An Bình', 1000, 990],
      ['Xã Vũ Hội', 1000, 950],
    ]),
  ],
};

// ---------------------------------------------------------------------------------------------

describe('zip bombs are refused before anything is unpacked', () => {
  /** A valid workbook whose sheet XML unpacks to `mb` megabytes (an XML comment of one letter). */
  function bomb(mb: number): Buffer {
    const parts = xlsxParts([SMALL_TURNOUT]);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const at = xml.indexOf('<sheetData>');
    const pad = Buffer.alloc(mb * 1_048_576, 'A');
    sheet.data = Buffer.concat([Buffer.from(`${xml.slice(0, at)}<!--`), pad, Buffer.from(`-->${xml.slice(at)}`)]);
    return zip(parts);
  }

  let realBomb = '';
  beforeAll(() => {
    realBomb = put('bomb.xlsx', bomb(40));
  });

  it('builds a real bomb: tiny on disk, 40 MB unpacked, a valid workbook otherwise', () => {
    const size = readFileSync(realBomb).length;
    expect(size).toBeLessThan(200_000);
    expect(unzip(readFileSync(realBomb)).get('xl/worksheets/sheet1.xml')!.length).toBeGreaterThan(40 * 1_048_576);
  });

  it('refuses it above THIDUA_MAX_UNZIPPED_MB (read when the command line loads), in one sentence', async () => {
    vi.stubEnv('THIDUA_MAX_UNZIPPED_MB', '16');
    vi.resetModules();
    try {
      const fresh = (await import('../../src/cli/main')).main;
      const r = await runWith(fresh, ['check', realBomb, '--plan', 'thai-binh-32-2021']);
      expect(r.code).toBe(2);
      expectOneSentence(r.err, 'bomb.xlsx');
      expect(r.err).toMatch(/40 MB.*16 MB/);
      expect(r.out).toBe('');
      // Refused from the zip directory: no time spent inflating or parsing 40 MB of XML.
      expect(r.ms).toBeLessThan(1500);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('is refused the same way by the installed command (a separate process, env at start-up)', () => {
    const r = runBin(['check', realBomb, '--plan', 'thai-binh-32-2021'], { THIDUA_MAX_UNZIPPED_MB: '16' });
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'bomb.xlsx');
    expect(r.out).toBe('');
  });

  it('refuses a directory declaring gigabytes under the default limit, without inflating (the data itself is small)', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]);
    parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.declaredSize = 3_000_000_000;
    const file = put('declared-3gb.xlsx', zip(parts));
    const r = await runCli(['check', file, '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'declared-3gb.xlsx');
    expect(r.err).toMatch(/2861 MB.*1024 MB/);
  });

  it('reads a ZIP64 size (5 GB declared in the extended field) and refuses it with the true figure', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]);
    Object.assign(
      parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!,
      { zip64: 'field', declaredSize: 5_000_000_000 },
    );
    const file = put('zip64-5gb.xlsx', zip(parts));
    const r = await runCli(['check', file, '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'zip64-5gb.xlsx');
    expect(r.err).toMatch(/4768 MB.*1024 MB/);
  });

  it('takes a small workbook whose every entry is ZIP64 (as some libraries always write them)', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]).map((p) => ({ ...p, zip64: 'field' as const }));
    const { run, report } = await checkReport(put('zip64-small.xlsx', zip(parts)));
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6]);
  });

  it('calls a ZIP64 marker without its size field a damaged file', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]);
    parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.zip64 = 'marker-only';
    const file = put('zip64-broken.xlsx', zip(parts));
    const r = await runCli(['check', file, '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'zip64-broken.xlsx');
    expect(r.err).toMatch(/bị hỏng/);
  });

  it('accepts the same workbook without the padding (the limit is not what refuses it)', async () => {
    const { run, report } = await checkReport(put('not-a-bomb.xlsx', xlsx([SMALL_TURNOUT])));
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6]);
  });
});

describe('a flagged copy checked again', () => {
  it("gives the same findings: the status column and thidua's own summary sheet are not read as data", async () => {
    const first = put('recheck.xlsx', xlsx([SMALL_TURNOUT]));
    const flagged = join(tmp, 'recheck-flagged.xlsx');
    const a = await checkReport(first, 'thai-binh-32-2021', ['--out', flagged]);
    const b = await checkReport(flagged, 'thai-binh-32-2021');
    expect(b.run.code).toBe(a.run.code);
    const strip = (r: Report) => r.findings.map((f) => ({ ...f, values: { ...f.values } }));
    expect(strip(b.report)).toEqual(strip(a.report));
    expect(b.report.summary).toEqual(a.report.summary);
  });
});

describe('damaged zips (other than the truncated file of cli.test.ts)', () => {
  const good = () => xlsx([SMALL_TURNOUT]);

  it('a file missing its last bytes (end of the zip directory cut off)', async () => {
    const b = good();
    const r = await runCli(['check', put('cut-end.xlsx', b.subarray(0, b.length - 10)), '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'cut-end.xlsx');
  });

  it('a file cut in half (directory gone, half the entries left)', async () => {
    const b = good();
    const r = await runCli(['check', put('half.xlsx', b.subarray(0, Math.floor(b.length / 2))), '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'half.xlsx');
  });

  it('a sheet whose compressed data is garbage (directory intact)', async () => {
    const b = good();
    const parts = unzip(b);
    expect(parts.has('xl/worksheets/sheet1.xml')).toBe(true);
    // Overwrite the sheet's deflate stream in place: headers and directory still agree.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = b.indexOf(name) + name.length;
    const bad = Buffer.from(b);
    for (let i = at; i < at + 40; i++) bad[i] = 0xff;
    const r = await runCli(['check', put('garbage.xlsx', bad), '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'garbage.xlsx');
  });

  it('a zip without the workbook part (an .xlsx in name only)', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]).filter((p) => p.name !== 'xl/workbook.xml');
    const r = await runCli(['check', put('no-workbook.xlsx', zip(parts)), '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'no-workbook.xlsx');
  });

  it('a workbook part that is not XML', async () => {
    const parts = xlsxParts([SMALL_TURNOUT]);
    parts.find((p) => p.name === 'xl/workbook.xml')!.data = Buffer.from('<workbook><sheets><sheet name="x"');
    const r = await runCli(['check', put('bad-xml.xlsx', zip(parts)), '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'bad-xml.xlsx');
  });
});

describe('sheets reaching the edges of the grid', () => {
  it('a cell in column XFD and one on row 1,048,576: checked quickly, the table above still found', async () => {
    const rows: XRow[] = [
      { r: 1, cells: ['UBND HUYỆN VŨ THƯ'] },
      { r: 1, from: 16_384, cells: ['ô cuối cùng của dòng tiêu đề trang'] },
      ...turnoutRows(4, [
        ['Xã An Bình', 1000, 990],
        ['Xã Vũ Hội', 1000, 950],
        ['Xã Vũ Tiến', 1000, 999],
      ]),
      { r: 6, from: 16_384, cells: ['ghi chú ở cột XFD'] },
      { r: 1_048_576, cells: ['Dòng cuối cùng của trang tính'] },
    ];
    // Rows with the same number are one row in the file: merge the XFD cells into theirs.
    const byRow = new Map<number, XRow[]>();
    for (const r of rows) byRow.set(r.r, [...(byRow.get(r.r) ?? []), r]);
    const sheet = { name: 'Tỷ lệ cử tri', rows: [] as XRow[] };
    const parts = xlsxParts([sheet]);
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>${[
      ...byRow.entries(),
    ]
      .sort((a, b) => a[0] - b[0])
      .map(([r, list]) => `<row r="${r}">${list.map((x) => rowCells(x)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
    parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data = Buffer.from(xml);
    const file = put('edges.xlsx', zip(parts));
    const out = join(tmp, 'edges-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(10_000);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6]);
    // The status column goes right of the table (F), not past the last column Excel has.
    const cells = xmlCells(out, 'Tỷ lệ cử tri');
    expect(cells.find((c) => c.ref === 'F4')?.text).toBe('Kết quả kiểm tra');
    expect(cells.find((c) => c.ref === 'F6')?.text).toMatch(/^✖ /);
    expect(cells.find((c) => c.ref === 'XFD6')?.text).toBe('ghi chú ở cột XFD');
    expect(cells.find((c) => c.ref === 'A1048576')?.text).toBe('Dòng cuối cùng của trang tính');
  }, 20_000);

  it('a row filled across all 16,384 columns above the table: still found, still quick', async () => {
    const full: XRow = { r: 2, cells: Array.from({ length: 16_384 }, (_, i) => (i % 2 ? `Cột ${i + 1}` : i + 1)) };
    const file = put(
      'full-row.xlsx',
      xlsx([
        {
          name: 'Tỷ lệ cử tri',
          rows: [
            { r: 1, cells: ['UBND HUYỆN VŨ THƯ'] },
            full,
            ...turnoutRows(4, [
              ['Xã An Bình', 1000, 990],
              ['Xã Vũ Hội', 1000, 950],
            ]),
          ],
        },
      ]),
    );
    const out = join(tmp, 'full-row-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(10_000);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6]);
    expect(xmlCells(out, 'Tỷ lệ cử tri').find((c) => c.ref === 'F6')?.text).toMatch(/^✖ /);
  }, 20_000);

  it('a header row reaching column XFD: no status column past XFD, the check still reported', async () => {
    const sheet: XSheet = {
      name: 'Tỷ lệ cử tri',
      rows: [
        ...turnoutRows(1, [
          ['Xã An Bình', 1000, 990],
          ['Xã Vũ Hội', 1000, 950],
        ]),
      ],
    };
    const parts = xlsxParts([sheet]);
    const s = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    // A heading in the very last column of the header row.
    s.data = Buffer.from(s.data.toString('utf8').replace('</row>', '<c r="XFD1" t="inlineStr"><is><t>Ghi chú</t></is></c></row>'));
    const file = put('header-xfd.xlsx', zip(parts));
    const out = join(tmp, 'header-xfd-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([3]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tỷ lệ cử tri')!;
    let widest = 0;
    ws.eachRow((row) => row.eachCell((_, c) => (widest = Math.max(widest, c))));
    expect(widest).toBeLessThanOrEqual(16_384);
  }, 20_000);
});

function rowCells(r: XRow): string {
  // The row's cells alone (the generator's row XML without its <row> wrapper).
  const xml = xlsxParts([{ name: 'x', rows: [r] }])
    .find((p) => p.name === 'xl/worksheets/sheet1.xml')!
    .data.toString('utf8');
  return /<row r="\d+">([\s\S]*?)<\/row>/.exec(xml)![1]!;
}

describe('formulas: results are read as values', () => {
  it('shared formulas (rate) and an array formula (voted) are checked by their cached results', async () => {
    const sheet: XSheet = {
      name: 'Tỷ lệ cử tri',
      rows: [
        ...TITLE,
        { r: 4, cells: TURNOUT_HEAD },
        {
          r: 5,
          cells: [
            1,
            'Xã An Bình',
            1000,
            { f: 'C5:C7-H5:H7', t: 'array', ref: 'D5:D7', result: 990 },
            { f: 'D5/C5', t: 'shared', ref: 'E5:E7', si: 0, result: 0.99 },
          ],
        },
        { r: 6, cells: [2, 'Xã Vũ Hội', 1000, 950, { f: '', t: 'shared', si: 0, result: 0.95 }] },
        // A stale cached rate: the sheet says 50%, the counts say 99.9%.
        { r: 7, cells: [3, 'Xã Vũ Tiến', 1000, 999, { f: '', t: 'shared', si: 0, result: 0.5 }] },
        { r: 5, from: 8, cells: [10] },
      ],
    };
    // Row 5 is given twice (cells A–E and H): join them.
    const rows = new Map<number, XRow>();
    for (const r of sheet.rows) {
      const prev = rows.get(r.r);
      rows.set(r.r, prev ? { r: r.r, cells: [...prev.cells, null, null, ...r.cells] } : r);
    }
    const file = put('formulas.xlsx', xlsx([{ ...sheet, rows: [...rows.values()] }]));
    const out = join(tmp, 'formulas-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6]);
    expect(rowsOf(report, 'TURNOUT_RATE_MISMATCH')).toEqual([7]);
    // The flagged copy keeps the formulas.
    const cells = xmlCells(out, 'Tỷ lệ cử tri');
    expect(cells.find((c) => c.ref === 'E5')?.formula).toBe(true);
    expect(cells.find((c) => c.ref === 'D5')?.formula).toBe(true);
  });
});

describe("formula cells that show nothing are still the user's", () => {
  it('the status column goes past a formula without a cached result and one giving ""', async () => {
    const sheet: XSheet = {
      name: 'Tỷ lệ cử tri',
      rows: [
        ...TITLE,
        { r: 4, cells: TURNOUT_HEAD },
        { r: 5, cells: [1, 'Xã An Bình', 1000, 990, { pct: 0.99 }] },
        { r: 6, cells: [2, 'Xã Vũ Hội', 1000, 950, { pct: 0.95 }] },
        { r: 7, cells: [3, 'Xã Vũ Tiến', 1000, 940, { pct: 0.94 }] },
      ],
    };
    const parts = xlsxParts([sheet]);
    const s = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    // F6: a formula never calculated (no <v>), as some generators write them; F7: one giving "".
    s.data = Buffer.from(
      s.data
        .toString('utf8')
        .replace(/(<row r="6">[\s\S]*?)<\/row>/, '$1<c r="F6"><f>IF(E6&lt;0.98,"","ok")</f></c></row>')
        .replace(/(<row r="7">[\s\S]*?)<\/row>/, '$1<c r="F7" t="str"><f>IF(E7&lt;0.98,"","ok")</f><v></v></c></row>'),
    );
    const file = put('formula-blanks.xlsx', zip(parts));
    const out = join(tmp, 'formula-blanks-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([6, 7]);
    const cells = xmlCells(out, 'Tỷ lệ cử tri');
    expect(cells.find((c) => c.ref === 'G4')?.text).toBe('Kết quả kiểm tra');
    expect(cells.find((c) => c.ref === 'G6')?.text).toMatch(/^✖ /);
    expect(cells.find((c) => c.ref === 'F6')?.formula).toBe(true);
    expect(cells.find((c) => c.ref === 'F7')?.formula).toBe(true);
  });
});

describe('merged header cells', () => {
  it('a two-row header with a merged group heading: fields found, rows reported as Excel shows them', async () => {
    const sheet: XSheet = {
      name: 'Kết quả bầu cử',
      rows: [
        ...TITLE,
        { r: 3, cells: ['STT', 'Đơn vị', 'Cử tri', null, 'Tỷ lệ (%)'] },
        { r: 4, cells: [null, null, 'Tổng số', 'Đã bỏ phiếu', null] },
        { r: 5, cells: ['(1)', '(2)', '(3)', '(4)', '(5)'] },
        { r: 6, cells: [1, 'Xã An Bình', 1000, 990, { pct: 0.99 }] },
        { r: 7, cells: [2, 'Xã Vũ Hội', 1000, 950, { pct: 0.95 }] },
        { r: 8, cells: [3, 'Xã Vũ Tiến', 1000, 999, { pct: 0.999 }] },
        { r: 9, cells: ['Tổng cộng', null, 3000, 2939, { pct: 0.9797 }] },
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'A1:E1', 'A2:E2'],
    };
    const file = put('merged-header.xlsx', xlsx([sheet]));
    const out = join(tmp, 'merged-header-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out]);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([7]);
    expect(report.findings.filter((f) => f.rule === 'TURNOUT_DATA_INVALID')).toEqual([]);
    const cells = xmlCells(out, 'Kết quả bầu cử');
    expect(cells.find((c) => c.ref === 'F3')?.text).toBe('Kết quả kiểm tra');
    expect(cells.find((c) => c.ref === 'F7')?.text).toMatch(/^✖ /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(((wb.getWorksheet('Kết quả bầu cử')!.model as { merges?: string[] }).merges ?? []).sort()).toEqual([...sheet.merges!].sort());
  });
});

describe('hidden and very hidden sheets', () => {
  it('are read and checked like the others, and keep their state in the flagged copy', async () => {
    const members: XSheet = {
      name: 'Đoàn viên',
      state: 'hidden',
      rows: [
        { r: 1, cells: ['STT', 'Họ và tên', 'Đơn vị', 'Đã bỏ phiếu'] },
        { r: 2, cells: [1, 'Nguyễn Văn An', 'Xã An Bình', 'x'] },
        { r: 3, cells: [2, 'Trần Thị Bình', 'Xã An Bình', '???'] },
      ],
    };
    const nominees: XSheet = {
      name: 'DS đề nghị',
      state: 'veryHidden',
      rows: [
        { r: 1, cells: ['STT', 'Họ và tên', 'Đơn vị công tác', 'Hình thức khen thưởng', 'Tóm tắt thành tích'] },
        { r: 2, cells: [1, 'Lê Văn Cường', 'Xã An Bình', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hoàn thành xuất sắc'] },
        { r: 3, cells: [2, 'Lê Văn Cường', 'Xã An Bình', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hoàn thành xuất sắc'] },
      ],
    };
    const file = put('hidden.xlsx', xlsx([SMALL_TURNOUT, members, nominees]));
    const out = join(tmp, 'hidden-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out, '--unit', 'Huyện Vũ Thư']);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN', 'Tỷ lệ cử tri')).toEqual([6]);
    expect(rowsOf(report, 'DUPLICATE_NOMINEE', 'DS đề nghị')).toEqual([2, 3]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Tỷ lệ cử tri', 'visible'],
      ['Đoàn viên', 'hidden'],
      ['DS đề nghị', 'veryHidden'],
      ['Tổng hợp', 'visible'],
    ]);
  });
});

describe('sheet names with Vietnamese and symbols', () => {
  const NOMINEE_HEAD = ['STT', 'Họ và tên', 'Đơn vị công tác', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];
  const a = 'Đề nghị (2021) – BK & GK';
  const b = "DS huyện 'Vũ Thư' #1";
  const c = "Tỷ lệ 'cử tri' #1";

  it('are kept exactly in findings, in cross-sheet references, and in the summary', async () => {
    const sheets: XSheet[] = [
      {
        name: a,
        rows: [
          { r: 1, cells: NOMINEE_HEAD },
          { r: 2, cells: [1, 'Nguyễn Văn An', 'Xã An Bình', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hoàn thành xuất sắc'] },
        ],
      },
      {
        name: b,
        rows: [
          { r: 1, cells: NOMINEE_HEAD },
          { r: 2, cells: [1, 'Trần Thị Bình', 'Xã Vũ Hội', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hoàn thành xuất sắc'] },
          { r: 3, cells: [2, 'Nguyễn Văn An', 'Xã An Bình', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hoàn thành xuất sắc'] },
        ],
      },
      { name: c, rows: turnoutRows(1, [['Xã An Bình', 1000, 950]]) },
    ];
    const file = put('names.xlsx', xlsx(sheets));
    const out = join(tmp, 'names-flagged.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out, '--unit', 'Huyện Vũ Thư']);
    expect(run.code).toBe(1);
    const dup = report.findings.filter((f) => f.rule === 'DUPLICATE_NOMINEE');
    // Sorted by sheet name as strings compare (D before Đ), one finding per sheet.
    expect(dup.map((f) => [f.sheet, f.rows])).toEqual([
      [b, [3]],
      [a, [2]],
    ]);
    expect(dup[0]!.values.others).toEqual(["'Đề nghị (2021) – BK & GK'!2"]);
    expect(dup[1]!.values.others).toEqual(["'DS huyện ''Vũ Thư'' #1'!3"]);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN', c)).toEqual([2]);
    const summary = xmlCells(out, 'Tổng hợp');
    for (const name of [a, b, c])
      expect(
        summary.some((x) => x.text === name),
        name,
      ).toBe(true);
    // Each sheet is still there, under its own name, in the flagged copy.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([a, b, c, 'Tổng hợp']);
  });

  it("a name Excel forbids (a leading apostrophe: 'Tỷ lệ' #1) written by another tool: exit 2, one sentence", async () => {
    const file = put('apostrophe.xlsx', xlsx([{ ...SMALL_TURNOUT, name: "'Tỷ lệ' #1" }]));
    const r = await runCli(['check', file, '--plan', 'thai-binh-32-2021']);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, 'apostrophe.xlsx');
  });
});

describe('a cell of 40,000 characters (Excel stops at 32,767)', () => {
  it('is read without crashing, and no text thidua writes exceeds what a cell can hold', async () => {
    const long = `Xã ${'Ân Bình '.repeat(5000)}`.slice(0, 40_000);
    const sheets: XSheet[] = [
      {
        name: 'Tỷ lệ cử tri',
        rows: turnoutRows(1, [
          [long, 1000, 950],
          ['Xã Vũ Hội', 1000, 999],
        ]),
      },
      {
        name: 'DS đề nghị',
        rows: [
          { r: 1, cells: ['STT', 'Họ và tên', 'Đơn vị công tác', 'Hình thức khen thưởng', 'Tóm tắt thành tích'] },
          { r: 2, cells: [1, long, 'Xã An Bình', `Bằng khen ${'rất '.repeat(10_000)}`, long] },
        ],
      },
    ];
    const file = put('long.xlsx', xlsx(sheets));
    const out = join(tmp, 'long-flagged.xlsx');
    const summary = join(tmp, 'long-summary.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out, '--summary', summary, '--unit', 'Huyện Vũ Thư']);
    expect(run.code).toBe(1);
    expect(rowsOf(report, 'TURNOUT_BELOW_MIN')).toEqual([2]);
    // The user's own cell is copied as it was; every cell thidua wrote fits in a cell.
    const turnout = xmlCells(out, 'Tỷ lệ cử tri');
    expect(turnout.find((x) => x.ref === 'B2')?.text).toBe(long);
    const written = [...turnout.filter((x) => x.ref.startsWith('F')), ...xmlCells(out, 'Tổng hợp'), ...xmlCells(summary, 'Tổng hợp')];
    expect(written.length).toBeGreaterThan(10);
    for (const x of written) expect(x.text?.length ?? 0, x.ref).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => expect(String(cell.text ?? '').length, `${ws.name}!${cell.address}`).toBeLessThanOrEqual(EXCEL_MAX_CHARS)),
      ),
    );
  }, 20_000);
});

describe('unit names that look like formulas', () => {
  const NAMES = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'];

  it('land in the summary as plain text, never as formulas', async () => {
    const rows = turnoutRows(
      1,
      NAMES.map((n) => [n, 1000, 900] as [string, number, number]),
    );
    const file = put('formula-names.xlsx', xlsx([{ name: 'Tỷ lệ cử tri', rows }]));
    const out = join(tmp, 'formula-names-flagged.xlsx');
    const summary = join(tmp, 'formula-names-summary.xlsx');
    const { run, report } = await checkReport(file, 'thai-binh-32-2021', ['--out', out, '--summary', summary, '--unit', 'Huyện Vũ Thư']);
    expect(run.code).toBe(1);
    expect(report.findings.filter((f) => f.rule === 'TURNOUT_BELOW_MIN').map((f) => f.unit)).toEqual(NAMES);
    for (const [path, sheetName] of [
      [out, 'Tổng hợp'],
      [summary, 'Tổng hợp'],
    ] as const) {
      const cells = xmlCells(path, sheetName);
      expect(
        cells.some((x) => x.formula),
        `${path}: a formula in the summary`,
      ).toBe(false);
      for (const name of NAMES) {
        const hits = cells.filter((x) => x.text === name);
        // In the turnout table and in the list of findings, each as a string cell.
        expect(hits.length, `${name} in ${path}`).toBeGreaterThanOrEqual(2);
        for (const h of hits) expect(['s', 'inlineStr'], `${name} at ${h.ref}`).toContain(h.type);
      }
    }
    // The user's own cells stay as they were typed (text), in the flagged copy too.
    const user = xmlCells(out, 'Tỷ lệ cử tri');
    for (const [i, name] of NAMES.entries()) {
      const cell = user.find((x) => x.ref === `B${i + 2}`)!;
      expect(cell.text).toBe(name);
      expect(cell.formula).toBe(false);
    }
  });
});
