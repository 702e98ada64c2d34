/**
 * The command line end to end: the sample workbooks give exactly their planted findings,
 * the flagged copy keeps every original cell, and bad input exits 2 with one sentence.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { main, type Io } from '../src/cli/main';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-cli-'));

interface Expected {
  plan: string;
  options?: { conferenceDate?: string; unit?: string };
  findings: { rule: string; sheet: string; rows: number[] }[];
}

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

function argsFor(name: string, e: Expected, extra: string[] = []): string[] {
  const a = ['check', join(EXAMPLES, `${name}.xlsx`), '--plan', e.plan, ...extra];
  if (e.options?.conferenceDate) a.push('--conference-date', e.options.conferenceDate);
  if (e.options?.unit) a.push('--unit', e.options.unit);
  return a;
}

const samples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

describe('thidua check on the bundled samples', () => {
  it('has samples to check', () => expect(samples.length).toBeGreaterThanOrEqual(4));

  it.each(samples)('%s gives exactly the planted findings', async (name) => {
    const e = JSON.parse(readFileSync(join(EXAMPLES, `${name}.expected.json`), 'utf8')) as Expected;
    const report = join(tmp, `${name}.json`);
    const r = await runCli(argsFor(name, e, ['--report', report]));
    const got = JSON.parse(readFileSync(report, 'utf8'));
    expect(got.findings.map((f: Expected['findings'][number]) => ({ rule: f.rule, sheet: f.sheet, rows: f.rows }))).toEqual(
      e.findings.map((f) => ({ rule: f.rule, sheet: f.sheet, rows: f.rows })),
    );
    const errors = e.findings.filter(
      (f) =>
        ![
          'TURNOUT_BELOW_TARGET',
          'TURNOUT_RATE_MISMATCH',
          'POSSIBLE_DUPLICATE',
          'MEMBER_VOTE_UNREADABLE',
          'UNIT_CATEGORY_UNKNOWN',
        ].includes(f.rule),
    );
    expect(r.code).toBe(errors.length ? 1 : 0);
  });

  it('the report is the same on a re-run, apart from checkedAt', async () => {
    const e = JSON.parse(readFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.expected.json'), 'utf8')) as Expected;
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    await runCli(argsFor('thai-binh-huyen-vu-thu', e, ['--report', a]));
    await runCli(argsFor('thai-binh-huyen-vu-thu', e, ['--report', b]));
    const strip = (p: string) => ({ ...JSON.parse(readFileSync(p, 'utf8')), checkedAt: '' });
    expect(strip(a)).toEqual(strip(b));
  });

  it('messages follow --lang', async () => {
    const e = JSON.parse(readFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.expected.json'), 'utf8')) as Expected;
    const vi = join(tmp, 'vi.json');
    const en = join(tmp, 'en.json');
    await runCli(argsFor('thai-binh-huyen-vu-thu', e, ['--report', vi]));
    await runCli(argsFor('thai-binh-huyen-vu-thu', e, ['--report', en, '--lang', 'en']));
    const m = (p: string) =>
      JSON.parse(readFileSync(p, 'utf8')).findings.find((f: { rule: string }) => f.rule === 'TURNOUT_BELOW_MIN').message;
    expect(m(vi)).toMatch(/Tỷ lệ cử tri đi bầu .*thấp hơn mức tối thiểu 98%/);
    expect(m(en)).toMatch(/below the minimum of 98%/);
  });
});

describe('the flagged copy (--out) and the summary (--summary)', () => {
  const out = join(tmp, 'flagged.xlsx');
  const summary = join(tmp, 'summary.xlsx');
  const input = join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx');
  let before: Buffer;
  beforeAll(async () => {
    before = readFileSync(input);
    const e = JSON.parse(readFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.expected.json'), 'utf8')) as Expected;
    await runCli(argsFor('thai-binh-huyen-vu-thu', e, ['--out', out, '--summary', summary, '--report', join(tmp, 'r.json')]));
  });

  it('leaves the input file untouched', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps every original cell value of every sheet', async () => {
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    let cells = 0;
    a.eachSheet((wsA) => {
      const wsB = b.getWorksheet(wsA.name)!;
      expect(wsB, wsA.name).toBeDefined();
      wsA.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          cells++;
          expect(wsB.getCell(r, c).value, `${wsA.name}!${cell.address}`).toEqual(cell.value);
          expect(wsB.getCell(r, c).numFmt, `${wsA.name}!${cell.address}`).toEqual(cell.numFmt);
        });
      });
    });
    expect(cells).toBeGreaterThan(100);
  });

  it('adds the status column, conditional formats and the summary sheet', async () => {
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    const ws = b.getWorksheet('Tỷ lệ cử tri')!;
    const report = JSON.parse(readFileSync(join(tmp, 'r.json'), 'utf8'));
    const f = report.findings.find((x: { rule: string }) => x.rule === 'TURNOUT_BELOW_MIN');
    let statusCol = 0;
    ws.getRow(f.rows[0]).eachCell((cell, c) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('✖')) statusCol = c;
    });
    expect(statusCol).toBeGreaterThan(0);
    const header = [...Array(10).keys()].map((r) => ws.getCell(r + 1, statusCol).value).find((v) => v === 'Kết quả kiểm tra');
    expect(header).toBe('Kết quả kiểm tra');
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.length).toBeGreaterThan(0);
    expect(b.getWorksheet('Tổng hợp')).toBeDefined();
    const s = new ExcelJS.Workbook();
    await s.xlsx.readFile(summary);
    expect(s.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA');
  });
});

describe('bad input exits 2 with one sentence', () => {
  function file(name: string, data: Buffer | string): string {
    const p = join(tmp, name);
    writeFileSync(p, data);
    return p;
  }
  async function emptyWorkbook(): Promise<Buffer> {
    // exceljs refuses to write a workbook without sheets: build one, then drop the sheet entries.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ['a missing file', async () => ['check', join(tmp, 'nope.xlsx'), '--plan', 'thai-binh-32-2021'], /Không tìm thấy tệp ".*nope\.xlsx"/],
    [
      'non-xlsx bytes',
      async () => ['check', file('junk.xlsx', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])), '--plan', 'thai-binh-32-2021'],
      /"junk\.xlsx" không phải tệp Excel \.xlsx/,
    ],
    [
      'a CSV renamed .xlsx',
      async () => ['check', file('csv.xlsx', 'Họ và tên,Đơn vị\nNguyễn Văn An,Xã A\n'), '--plan', 'thai-binh-32-2021'],
      /"csv\.xlsx" không phải tệp Excel/,
    ],
    [
      'a truncated zip',
      async () => [
        'check',
        file('cut.xlsx', readFileSync(join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx')).subarray(0, 3000)),
        '--plan',
        'thai-binh-32-2021',
      ],
      /"cut\.xlsx" bị hỏng/,
    ],
    [
      'an old .xls',
      async () => [
        'check',
        file('old.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)])),
        '--plan',
        'thai-binh-32-2021',
      ],
      /"old\.xlsx" là tệp Excel đời cũ/,
    ],
    [
      'a password-protected file',
      async () => [
        'check',
        file('pw.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.from('EncryptedPackage', 'utf16le')])),
        '--plan',
        'thai-binh-32-2021',
      ],
      /"pw\.xlsx" được đặt mật khẩu/,
    ],
    [
      'a workbook with no recognisable sheet',
      async () => ['check', file('blank.xlsx', await emptyWorkbook()), '--plan', 'thai-binh-32-2021'],
      /"blank\.xlsx" không có trang nào nhận ra được/,
    ],
    ['an unknown preset', async () => ['check', join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--plan', 'khong-co'], /khong-co/],
    [
      'an invalid plan file',
      async () => [
        'check',
        join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'),
        '--plan',
        file('plan.json', JSON.stringify({ id: 'x', turnout: { min: 2 } })),
      ],
      /plan\.json/,
    ],
    [
      'a plan file that is not JSON',
      async () => ['check', join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--plan', file('plan2.json', '{ "id": ')],
      /plan2\.json/,
    ],
    [
      'a bad conference date',
      async () => ['check', join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--plan', 'thai-binh-32-2021', '--conference-date', '31/02/2021'],
      /--conference-date/,
    ],
    [
      'an unknown option',
      async () => ['check', join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--plan', 'thai-binh-32-2021', '--bogus'],
      /bogus/,
    ],
    [
      'a mapping with a wrong kind',
      async () => [
        'check',
        join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'),
        '--plan',
        'vinh-phuc-quy-dtpt-2021',
        '--mapping',
        file('map-kind.json', JSON.stringify({ sheets: { 'Đoàn viên': { kind: 'nhan-vien', headerRow: 4 } } })),
      ],
      /Tệp ánh xạ cột "map-kind\.json" không hợp lệ: mục "sheets\.Đoàn viên(\.kind)?" không đúng/,
    ],
    [
      'a mapping naming a missing column',
      async () => [
        'check',
        join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'),
        '--plan',
        'vinh-phuc-quy-dtpt-2021',
        '--mapping',
        file(
          'map.json',
          JSON.stringify({ sheets: { 'Đoàn viên': { kind: 'members', headerRow: 4, columns: { voted: 'Không có cột này' } } } }),
        ),
      ],
      /map\.json.*Đoàn viên.*Không có cột này/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, pattern) => {
    const r = await runCli(await args());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(r.err).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/);
  });
});

describe('the installed bin', () => {
  const bin = join(ROOT, 'bin', 'thidua.cjs');
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  }, 60_000);

  it('exits 1 with findings and 2 on a corrupt file, never printing a stack trace', () => {
    const ok = spawnSync(
      'node',
      [bin, 'check', join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--plan', 'vinh-phuc-quy-dtpt-2021', '--report', join(tmp, 'bin.json')],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(1);
    const bad = spawnSync('node', [bin, 'check', file2('x.xlsx'), '--plan', 'thai-binh-32-2021'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists the presets', () => {
    const r = spawnSync('node', [bin, 'plans'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const id of ['thai-binh-32-2021', 'hung-yen-cdn-gd-2021', 'vinh-phuc-quy-dtpt-2021']) expect(r.stdout).toContain(id);
  });
});

function file2(name: string): string {
  const p = join(tmp, name);
  writeFileSync(p, 'not a workbook');
  return p;
}
