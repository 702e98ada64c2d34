/**
 * The sample generator (scripts/samples): deterministic, the workbooks open, and the
 * expected findings are sorted, point at real rows and agree with the data written.
 */
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/engine/findings';
import {
  buildAllSamples,
  buildLargeMembersWorkbook,
  compareFindings,
  createRng,
  expectedJson,
  generateMembers,
  LARGE_HEADER_ROWS,
  pinZipTimestamps,
  LARGE_SHEETS,
  SAMPLE_NAMES,
  toTcvn3,
  writeLargeMembersWorkbook,
  type ExpectedFinding,
  type MemberRow,
  type Sample,
} from '../scripts/samples/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const RULES = new Set<string>(RULE_IDS);

/** Round-trips a generated workbook through xlsx bytes, as the checker will see it. */
async function reload(s: Sample): Promise<ExcelJS.Workbook> {
  const buf = await s.workbook.xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A cell's value with formulas replaced by their cached result. */
function val(ws: ExcelJS.Worksheet, r: number, c: number): unknown {
  const v = ws.getCell(r, c).value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && 'result' in v) return v.result;
  return v;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Counts as offices type them: 6850, "6.850", "6 850". */
function count(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{1,3}([. ]\d{3})*$/.test(v.trim())) return Number(v.replace(/[. ]/g, ''));
  return null;
}

/** A stated rate as a fraction: 98.53, 0.9853 (with a % format), "98,53%", "98,53". */
function rate(ws: ExcelJS.Worksheet, r: number, c: number): number | null {
  const v = val(ws, r, c);
  if (typeof v === 'number') return (ws.getCell(r, c).numFmt ?? '').includes('%') ? v : v / 100;
  if (typeof v === 'string' && /^\d+(,\d+)?%?$/.test(v)) return Number(v.replace('%', '').replace(',', '.')) / 100;
  return null;
}

function day(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
    if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}

/** Rows (first, for single-row findings) of the given rule in a sheet. */
function rowsOf(findings: ExpectedFinding[], rule: string, sheetName: string): number[] {
  return findings
    .filter((f) => f.rule === rule && f.sheet === sheetName)
    .map((f) => f.rows[0] ?? 0)
    .sort((a, b) => a - b);
}

/** Data rows of a table: a number in the STT column. */
function dataRows(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) if (typeof val(ws, r, 1) === 'number' && !isEmpty(val(ws, r, 2))) out.push(r);
  return out;
}

describe('sample workbooks', () => {
  let samples: Sample[];
  const loaded = new Map<string, ExcelJS.Workbook>();
  beforeAll(async () => {
    samples = buildAllSamples();
    for (const s of samples) loaded.set(s.name, await reload(s));
  });
  const get = (name: string): { s: Sample; wb: ExcelJS.Workbook } => {
    const s = samples.find((x) => x.name === name);
    const wb = loaded.get(name);
    if (s === undefined || wb === undefined) throw new Error(name);
    return { s, wb };
  };

  it('has the public names, in order', () => {
    expect(samples.map((s) => s.name)).toEqual([...SAMPLE_NAMES]);
  });

  it('gives identical expected JSON when generated twice', () => {
    const again = buildAllSamples();
    expect(again.map(expectedJson)).toEqual(samples.map(expectedJson));
  });

  it('matches the files in examples/ (run `npm run samples` after changing the generator)', () => {
    for (const s of samples) {
      const file = path.join(root, 'examples', `${s.name}.expected.json`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(expectedJson(s));
      expect(existsSync(path.join(root, 'examples', `${s.name}.xlsx`))).toBe(true);
    }
  });

  it('writes the same bytes every time, equal to examples/*.xlsx', async () => {
    expect(pinZipTimestamps(new Date(Date.UTC(2021, 5, 25)))).toBe(true);
    const again = buildAllSamples();
    for (const [i, s] of buildAllSamples().entries()) {
      const a = Buffer.from(await s.workbook.xlsx.writeBuffer());
      const b = Buffer.from((await again[i]?.workbook.xlsx.writeBuffer()) ?? []);
      expect(a.equals(b), s.name).toBe(true);
      const file = path.join(root, 'examples', `${s.name}.xlsx`);
      expect(a.equals(readFileSync(file)), `${file} is stale: run npm run samples`).toBe(true);
    }
  });

  it('the written expected JSON parses to the expected object', () => {
    for (const s of samples) expect(JSON.parse(expectedJson(s))).toEqual(s.expected);
  });

  for (const name of SAMPLE_NAMES) {
    describe(name, () => {
      it('opens with exceljs and has the named sheets', () => {
        const { s, wb } = get(name);
        expect(wb.worksheets.map((w) => w.name)).toEqual(s.sheets);
      });

      it('lists findings sorted, with known rules, pointing at non-empty rows', () => {
        const { s, wb } = get(name);
        const f = s.expected.findings;
        // One sample is clean on purpose (merged signature blocks must not read as data).
        if (name === 'thai-binh-huyen-kien-xuong') expect(f).toEqual([]);
        else expect(f.length).toBeGreaterThan(0);
        expect([...f].sort(compareFindings)).toEqual(f);
        for (const x of f) {
          expect(RULES.has(x.rule), x.rule).toBe(true);
          expect(s.sheets).toContain(x.sheet);
          expect([...x.rows].sort((a, b) => a - b)).toEqual(x.rows);
          expect(new Set(x.rows).size).toBe(x.rows.length);
          if (x.rows.length === 0) expect(x.unit).toBeTruthy();
          const ws = sheet(wb, x.sheet);
          for (const r of x.rows) {
            expect(r).toBeGreaterThanOrEqual(1);
            expect(r).toBeLessThanOrEqual(ws.rowCount);
            const cells = (ws.getRow(r).values as unknown[]).filter((v) => !isEmpty(v));
            expect(cells.length, `${x.sheet}!${r}`).toBeGreaterThan(0);
          }
          if (x.unit !== undefined && x.rows.length === 1 && x.rule !== 'QUOTA_EXCEEDED') {
            // The unit's own row names it.
            const texts = (ws.getRow(x.rows[0] ?? 0).values as unknown[]).filter((v) => typeof v === 'string') as string[];
            expect(texts.map((t) => t.normalize('NFC'))).toContain(x.unit);
          }
        }
      });
    });
  }

  it('thai-binh-huyen-vu-thu: turnout findings are exactly what the numbers say', () => {
    const { s, wb } = get('thai-binh-huyen-vu-thu');
    const ws = sheet(wb, 'Tỷ lệ cử tri');
    const below: number[] = [];
    const invalid: number[] = [];
    const mismatch: number[] = [];
    const reelection: number[] = [];
    const late: number[] = [];
    let exact = 0;
    for (const r of dataRows(ws)) {
      const reg = count(val(ws, r, 3));
      const voted = count(val(ws, r, 4));
      if (reg === null || voted === null || voted > reg) {
        invalid.push(r);
      } else {
        if (voted / reg < 0.98) below.push(r);
        if (voted * 50 === reg * 49) exact++;
        const stated = rate(ws, r, 5);
        if (stated !== null && Math.abs(stated - voted / reg) * 100 > 0.05 + 1e-9) mismatch.push(r);
      }
      if (val(ws, r, 6) === 'Có' || val(ws, r, 7) === 'Có') reelection.push(r);
      const done = day(val(ws, r, 8));
      if (done === null || done > '2021-05-23') late.push(r);
    }
    const f = s.expected.findings;
    expect(dataRows(ws)).toHaveLength(25);
    expect(exact).toBe(1);
    expect(below).toEqual(rowsOf(f, 'TURNOUT_BELOW_MIN', 'Tỷ lệ cử tri'));
    expect(invalid).toEqual(rowsOf(f, 'TURNOUT_DATA_INVALID', 'Tỷ lệ cử tri'));
    expect(mismatch).toEqual(rowsOf(f, 'TURNOUT_RATE_MISMATCH', 'Tỷ lệ cử tri'));
    expect(reelection).toEqual(rowsOf(f, 'REELECTION_HELD', 'Tỷ lệ cử tri'));
    expect(late).toEqual(rowsOf(f, 'FINISHED_LATE', 'Tỷ lệ cử tri'));
    // The missing count's rate is a formula error.
    const nguyenXa = rowsOf(f, 'TURNOUT_DATA_INVALID', 'Tỷ lệ cử tri').find((r) => val(ws, r, 3) === null) ?? 0;
    expect(val(ws, nguyenXa, 5)).toEqual({ error: '#DIV/0!' });
  });

  it('thai-binh-huyen-vu-thu: criteria, dossier dates and forms agree with the findings', () => {
    const { s, wb } = get('thai-binh-huyen-vu-thu');
    const f = s.expected.findings;
    const nom = sheet(wb, 'Đề nghị khen thưởng');
    const crit = sheet(wb, 'Tiêu chí');
    const nominated = new Set(
      dataRows(nom)
        .filter((r) => val(nom, r, 3) === 'Tập thể')
        .map((r) => String(val(nom, r, 2))),
    );
    expect(nominated.size).toBe(6);
    const failed: number[] = [];
    for (const r of dataRows(crit)) {
      const unit = String(val(crit, r, 2)).replace('Hoà', 'Hòa');
      const ok = [3, 4, 5, 6, 7, 8].every((c) => ['x', 'X', 'Đạt'].includes(String(val(crit, r, c) ?? '')));
      if (!ok && nominated.has(unit)) failed.push(r);
    }
    expect(failed).toEqual(rowsOf(f, 'CRITERION_NOT_MET', 'Tiêu chí'));

    const late = dataRows(nom).filter((r) => (day(val(nom, r, 9)) ?? '') > '2021-06-11');
    expect(late).toEqual(rowsOf(f, 'DOSSIER_LATE', 'Đề nghị khen thưởng'));
    const missing = dataRows(nom).filter((r) => [2, 6, 7, 8].some((c) => isEmpty(val(nom, r, c))));
    expect(missing).toEqual(rowsOf(f, 'MISSING_FIELD', 'Đề nghị khen thưởng'));
  });

  it('hung-yen-cdn-giao-duc: unit turnout from the member marks agrees with the findings', () => {
    const { s, wb } = get('hung-yen-cdn-giao-duc');
    const ws = sheet(wb, 'Danh sách CBGVNV');
    const yes = new Set<string | number | null>(['x', 'X', 'có', 'Có', 'rồi', 'Rồi', 1, '1']);
    const no = new Set<string | number | null>([null, 'không', 0]);
    const tally = new Map<string, { n: number; voted: number }>();
    const unreadable: number[] = [];
    for (const r of dataRows(ws)) {
      const unit = String(val(ws, r, 5));
      const mark = val(ws, r, 6) as string | number | null;
      const t = tally.get(unit) ?? { n: 0, voted: 0 };
      t.n++;
      if (yes.has(mark)) t.voted++;
      else if (!no.has(mark)) unreadable.push(r);
      tally.set(unit, t);
    }
    const f = s.expected.findings;
    expect([...tally.values()].reduce((a, t) => a + t.n, 0)).toBe(120);
    expect(unreadable).toEqual(rowsOf(f, 'MEMBER_VOTE_UNREADABLE', 'Danh sách CBGVNV'));
    const units = sheet(wb, 'Đơn vị');
    const belowMin: number[] = [];
    const belowTarget: number[] = [];
    for (const r of dataRows(units)) {
      const t = tally.get(String(val(units, r, 2)));
      expect(t).toBeDefined();
      const q = (t?.voted ?? 0) / (t?.n ?? 1);
      if (q < 0.95) belowMin.push(r);
      else if (q < 1) belowTarget.push(r);
    }
    expect(belowMin).toEqual(rowsOf(f, 'TURNOUT_BELOW_MIN', 'Đơn vị'));
    expect(belowTarget).toEqual(rowsOf(f, 'TURNOUT_BELOW_TARGET', 'Đơn vị'));
  });

  it('vinh-phuc-quy-dtpt: 24 of 25 members voted', () => {
    const { wb } = get('vinh-phuc-quy-dtpt');
    const ws = sheet(wb, 'Đoàn viên');
    const rows = dataRows(ws);
    expect(rows).toHaveLength(25);
    expect(rows.filter((r) => val(ws, r, 5) === 'x')).toHaveLength(24);
  });

  it('legacy-tcvn3: the text is TCVN3 that reads back as the intended Unicode', async () => {
    expect(toTcvn3('Đặng Thị Hồng')).toBe('§Æng ThÞ Hång');
    expect(toTcvn3('Nguyễn Văn An')).toBe('NguyÔn V¨n An');
    const { wb } = get('legacy-tcvn3');
    const ws = sheet(wb, 'DS de nghi');
    const texts: string[] = [];
    ws.eachRow((row) => {
      // The row added later in Unicode is not legacy text.
      if (row.getCell(2).value === 'Đặng Thị Hồng') return;
      for (const v of row.values as unknown[]) if (typeof v === 'string' && /[\u00A1-\u00FF]/.test(v)) texts.push(v);
    });
    expect(texts).toContain('§Æng ThÞ Hång');
    expect(texts).toContain('NguyÔn V¨n An');
    // When the engine's decoder is present, every legacy string must decode to Vietnamese.
    const legacyModule = path.join(root, 'src/engine/normalize/legacy.ts');
    if (existsSync(legacyModule)) {
      const mod = (await import('../src/engine/normalize/legacy')) as {
        fixLegacyText?: (s: string) => { text: string; encoding: string | null };
      };
      if (mod.fixLegacyText !== undefined) {
        expect(mod.fixLegacyText('§Æng ThÞ Hång')).toEqual({ text: 'Đặng Thị Hồng', encoding: 'tcvn3' });
        for (const t of texts) {
          expect(mod.fixLegacyText(t).encoding, t).toBe('tcvn3');
        }
      }
    }
  });
});

describe('large member lists', () => {
  it('the PRNG is mulberry32 and seeded', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng(43).next()).not.toBe(xs[0]);
  });

  it('generateMembers is deterministic and sums up', () => {
    const rows1: MemberRow[] = [];
    const rows2: MemberRow[] = [];
    const s1 = generateMembers(3000, 9, (r) => rows1.push(r));
    const s2 = generateMembers(3000, 9, (r) => rows2.push(r));
    expect(rows2).toEqual(rows1);
    expect(s2).toEqual(s1);
    expect(s1.members.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(new Set(s1.units).size).toBe(s1.units.length);
    expect(s1.voted.reduce((a, b) => a + b, 0)).toBe(rows1.filter((r) => r[5] === 'x').length);
  });

  it('buildLargeMembersWorkbook writes every member under the header', async () => {
    const wb = buildLargeMembersWorkbook(5_000, 3);
    const ws = sheet(wb, LARGE_SHEETS.members);
    expect(ws.rowCount).toBe(5_000 + LARGE_HEADER_ROWS);
    expect(ws.getCell(LARGE_HEADER_ROWS, 2).value).toBe('Họ và tên');
    expect(ws.getCell(LARGE_HEADER_ROWS + 5_000, 1).value).toBe(5_000);
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual([LARGE_SHEETS.members, LARGE_SHEETS.units]);
  });

  it('writeLargeMembersWorkbook streams the same rows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thidua-large-'));
    try {
      const file = path.join(dir, 'large.xlsx');
      const summary = await writeLargeMembersWorkbook(file, 2_000, 5);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = sheet(wb, LARGE_SHEETS.members);
      expect(ws.rowCount).toBe(2_000 + LARGE_HEADER_ROWS);
      const mem = buildLargeMembersWorkbook(2_000, 5);
      const ms = sheet(mem, LARGE_SHEETS.members);
      for (const r of [LARGE_HEADER_ROWS + 1, LARGE_HEADER_ROWS + 777, LARGE_HEADER_ROWS + 2_000]) {
        expect(ws.getCell(r, 2).value).toBe(ms.getCell(r, 2).value);
        expect(ws.getCell(r, 5).value).toBe(ms.getCell(r, 5).value);
      }
      expect(sheet(wb, LARGE_SHEETS.units).rowCount).toBe(3 + summary.units.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
