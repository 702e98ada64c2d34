/**
 * The Office.js adapter against the in-memory fake of the Excel JavaScript API: it reads
 * the same model as the command line, writes only what CONTRACT.md allows, removes exactly
 * that, re-runs idempotently, keeps its choices in the document settings, and stays within
 * a constant number of syncs and under the host's payload limits as workbooks grow.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../src/engine/check';
import type { Mapping } from '../src/engine/detect/mapping';
import type { Waiver } from '../src/engine/findings';
import { columnLetter, type Cell, type WorkbookModel } from '../src/engine/model';
import { buildFlagPlan, type FlagPlan } from '../src/engine/output/flags';
import { buildSummarySheet, type SummarySheet } from '../src/engine/output/summary-sheet';
import { getPreset } from '../src/engine/plan/presets';
import type { Plan } from '../src/engine/plan/schema';
import { FileWorkbook } from '../src/port/file-workbook';
import {
  checkHostSupport,
  OfficeWorkbook,
  parseAreas,
  requiredApi,
  textFromFormat,
  toModelCell,
  type OfficeLimits,
} from '../src/port/office-adapter';
import { runCheckInExcel } from '../src/port/office-check';
import { SETTING_KEYS, ThiduaSettings, officeSettings } from '../src/port/office-settings';
import { createFakeExcel, fakeFromModel, snapshot, type FakeExcel, type FakeWorkbookInit } from './fake-excel';
import type { FakeCellInit } from './fake-excel/state';
import { d, sheet, workbook } from './helpers/model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NOW = () => new Date('2021-06-01T00:00:00Z');

function portOf(fake: FakeExcel, limits?: Partial<OfficeLimits>): OfficeWorkbook {
  return new OfficeWorkbook(fake.Excel as unknown as typeof Excel, {
    office: fake.Office as unknown as typeof Office,
    ...(limits ? { limits } : {}),
  });
}

function planOf(id: string): Plan {
  const p = getPreset(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
}

/** What the pane does on *Kiểm tra*: read, check, write flags and summary. */
async function cycle(
  fake: FakeExcel,
  plan: Plan,
  opts: { unit?: string; conferenceDate?: string; mapping?: Mapping; waivers?: Waiver[] } = {},
) {
  return runCheckInExcel(portOf(fake), { plan, lang: 'vi', now: NOW, ...opts });
}

/** Findings without nothing left out: rule, severity, sheet, rows, unit, message, values, key, waiver. */
function findingsOf(r: CheckResult) {
  return r.findings;
}

/* ----------------------------------- fixtures ---------------------------------------- */

interface Example {
  name: string;
  model: WorkbookModel;
  merges: Record<string, string[]>;
  plan: Plan;
  options: { unit?: string; conferenceDate?: string };
}

/** Every bundled sample (the layouts ones too: merged signature blocks, stacked tables, one sheet per unit). */
const EXAMPLE_NAMES = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .filter((n) => existsSync(path.join(root, 'examples', `${n}.xlsx`)));

/** A bundled sample as the command line reads it (the package module), with its merged areas for the fake. */
async function loadExample(name: string): Promise<Example> {
  const bytes = new Uint8Array(readFileSync(path.join(root, 'examples', `${name}.xlsx`)));
  const model = await FileWorkbook.open(bytes, `${name}.xlsx`).readModel();
  const expected = JSON.parse(readFileSync(path.join(root, 'examples', `${name}.expected.json`), 'utf8')) as {
    plan: string;
    options?: { unit?: string; conferenceDate?: string };
  };
  const merges: Record<string, string[]> = {};
  for (const s of model.sheets)
    merges[s.name] = (s.merged ?? []).map((m) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`);
  return { name, model, merges, plan: planOf(expected.plan), options: expected.options ?? {} };
}

/** A merged title row carries its value in every covered cell, as the port's contract says. */
function mergedTitle(text: string, width: number): Cell[] {
  return Array.from({ length: width }, () => ({ v: text }));
}

/**
 * A turnout sheet built with the test helpers: a merged title (A1:E1), percentages with
 * formats, dates, an error value, a unit named like a formula, and a user's own
 * conditional format and formatted cells right of the table.
 */
function helperModel(): WorkbookModel {
  return workbook(
    sheet('Tỷ lệ cử tri', [
      mergedTitle('KẾT QUẢ BẦU CỬ XÃ', 5),
      [],
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)', 'Ngày hoàn thành'],
      ['Xã An Bình', 1000, 974, { v: 0.974, f: '0.0%' }, { v: d(23, 5, 2021), f: 'dd/mm/yyyy' }],
      ['=HYPERLINK("http://x","y")', 1000, 995, { v: 0.995, f: '0.00%' }, { v: d(24, 5, 2021), f: 'dd/mm/yyyy' }],
      ['Xã Lỗi', null, 120, { v: { error: '#DIV/0!' }, f: '0.00%' }, '23/05/2021'],
      ['Xã Cao Minh', { v: 6850, f: '#,##0' }, { v: 6713, f: '#,##0' }, '98,0%', { v: d(23, 5, 2021), f: 'dd/mm/yyyy' }],
      ['Thị trấn Đông', 2000, 1950, 97.5, { v: d(27, 5, 2021), f: 'dd/mm/yyyy' }],
    ]),
  );
}

function helperInit(extra?: (init: FakeWorkbookInit) => void): FakeWorkbookInit {
  const init = fakeFromModel(helperModel(), { merges: { 'Tỷ lệ cử tri': ['A1:E1'] } });
  const s = init.sheets[0]!;
  // The user's own highlighting and number formats, where the status column will go.
  s.conditionalFormats = [{ range: 'B4:C8', formula: '=$C4>$B4', fill: '#00B050' }];
  for (let r = 1; r < 9; r++) {
    const row = (s.cells[r] ??= []);
    row[5] = { nf: '0.00', fill: '#DDEBF7' };
  }
  s.columnWidths = { B: 60 };
  extra?.(init);
  return init;
}

/** A member list of `n` rows (plan B) with three unreadable marks, whatever n. */
function membersModel(n: number): WorkbookModel {
  const units = [
    'CĐCS Trường THPT Văn Giang',
    'CĐCS Trường THPT Khoái Châu',
    'CĐCS Trường THCS Nghĩa Trụ',
    'CĐCS Trường Tiểu học Phụng Công',
    'CĐCS Cơ quan Sở Giáo dục',
  ];
  const per = Math.ceil(n / units.length);
  const odd = new Set([7, Math.floor(n / 2), n - 3]);
  const rows: (Cell | null)[][] = [
    [{ v: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN' }],
    [{ v: 'DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ' }],
    [],
    ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Công đoàn cơ sở', 'Đã bỏ phiếu'].map((v) => ({ v })),
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      { v: i + 1 },
      { v: `Nguyễn Văn ${i + 1}` },
      { v: d(1 + (i % 28), 1 + (i % 12), 1970 + (i % 30)), f: 'dd/mm/yyyy' },
      { v: i % 5 ? 'Giáo viên' : 'Nhân viên' },
      { v: units[Math.min(units.length - 1, Math.floor(i / per))]! },
      { v: odd.has(i) ? '?' : 'x' },
    ]);
  }
  const unitRows: (Cell | null)[][] = [
    [{ v: 'DANH SÁCH CÔNG ĐOÀN CƠ SỞ' }],
    [],
    ['STT', 'Tên đơn vị', 'Đơn vị cấp trên'].map((v) => ({ v })),
    ...units.map((u, i) => [{ v: i + 1 }, { v: u }, { v: 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên' }]),
  ];
  return {
    name: `members-${n}.xlsx`,
    sheets: [
      { name: 'Danh sách CBGVNV', rows },
      { name: 'Đơn vị', rows: unitRows },
    ],
  };
}

/* ------------------------------------ the fake --------------------------------------- */

describe('the fake Excel', () => {
  it('throws on properties read before load and sync, applies writes only on sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [['a', 1]] }] });
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['a', 1]]);
      ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['b']];
      expect(fake.state.cell('S', 'C1')).toBeUndefined();
      await ctx.sync();
      expect(fake.state.cell('S', 'C1')?.v).toBe('b');
    });
    expect(fake.stats.syncs).toBe(2);
  });

  it('turns text starting with = into a formula unless the cell is formatted as text', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[]] }] });
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').values = [['=1+1', '12/05/2021']];
      const b = ws.getRange('A2:B2');
      b.numberFormat = [['@', '@']];
      b.values = [['=1+1', '12/05/2021']];
      await ctx.sync();
    });
    expect(fake.state.cell('S', 'A1')).toMatchObject({ formula: '=1+1', v: null });
    expect(typeof fake.state.cell('S', 'B1')?.v).toBe('number');
    expect(fake.state.cell('S', 'A2')).toMatchObject({ v: '=1+1', nf: '@' });
    expect(fake.state.cell('S', 'A2')?.formula).toBeUndefined();
    expect(fake.state.cell('S', 'B2')?.v).toBe('12/05/2021');
  });

  it('rejects a sync over 5 MB and a getRanges address over 8,000 characters', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1]] }] });
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:A60000').values = Array.from({ length: 60000 }, () => ['x'.repeat(100)]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      const many = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(',');
      ws.getRanges(many).format.font.bold = true;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(fake.state.cell('S', 'A2')).toBeUndefined();
  });

  it('fails at sync on a missing sheet, and returns null objects for OrNullObject', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1]] }] });
    await fake.Excel.run(async (ctx) => {
      const n = ctx.workbook.worksheets.getItemOrNullObject('nope').load('name');
      await ctx.sync();
      expect(n.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('nope').getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('keeps saved settings across a reopen and loses unsaved ones', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1]] }] });
    const s = fake.Office.context.document.settings;
    s.set('a', { x: 1 });
    await new Promise<void>((res) => s.saveAsync(() => res()));
    s.set('b', 2);
    const again = fake.reopen();
    expect(again.Office.context.document.settings.get('a')).toEqual({ x: 1 });
    expect(again.Office.context.document.settings.get('b')).toBeNull();
  });
});

/* ------------------------------------ reading ---------------------------------------- */

describe('OfficeWorkbook.readModel', () => {
  it('converts values the way the exceljs adapter gives them', () => {
    expect(toModelCell(44339, '23/05/2021', 'dd/mm/yyyy')).toEqual({ v: d(23, 5, 2021), t: '23/05/2021', f: 'dd/mm/yyyy' });
    expect(toModelCell(0.985, '98,5%', '0.0%')).toEqual({ v: 0.985, t: '98,5%', f: '0.0%' });
    expect(toModelCell('#DIV/0!', '#DIV/0!', '0.00%')).toEqual({ v: { error: '#DIV/0!' }, f: '0.00%' });
    expect(toModelCell(44339, '########', 'dd/mm/yyyy')?.t).toBeUndefined();
    expect(toModelCell('', '', 'General')).toBeNull();
    expect(toModelCell(12, '12', 'General')).toEqual({ v: 12 });
    expect(parseAreas("Sheet1!A1:C1, 'Tỷ lệ, cử tri'!E7:E8,Sheet1!B2")).toEqual([
      { r1: 1, c1: 1, r2: 1, c2: 3 },
      { r1: 7, c1: 5, r2: 8, c2: 5 },
      { r1: 2, c1: 2, r2: 2, c2: 2 },
    ]);
  });

  it('gives a merged area its value in the first cell only, lists the area, and reads dates, percentages and errors', async () => {
    const fake = createFakeExcel(helperInit());
    const model = await portOf(fake).readModel();
    const rows = model.sheets[0]!.rows;
    expect(rows[0]!.map((c) => c?.v)).toEqual(['KẾT QUẢ BẦU CỬ XÃ']);
    expect(rows[3]![3]).toEqual({ v: 0.974, t: '97,4%', f: '0.0%' });
    expect(rows[3]![4]).toEqual({ v: d(23, 5, 2021), t: '23/05/2021', f: 'dd/mm/yyyy' });
    expect(rows[5]![3]).toEqual({ v: { error: '#DIV/0!' }, f: '0.00%' });
    expect(rows[6]![1]).toEqual({ v: 6850, t: '6.850', f: '#,##0' });
    expect(model.name).toBe('test.xlsx');
    expect(model.sheets[0]!.merged).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
  });

  it('gives the same findings as the engine on the helper-built model', async () => {
    const model = helperModel();
    const fake = createFakeExcel(helperInit());
    const read = await portOf(fake).readModel();
    const p = planOf('thai-binh-32-2021');
    const a = check({ model, plan: p, now: NOW });
    const b = check({ model: read, plan: p, now: NOW });
    expect(a.findings.length).toBeGreaterThan(0);
    expect(findingsOf(b)).toEqual(findingsOf(a));
    expect(b.summary).toEqual(a.summary);
  });

  it.each(EXAMPLE_NAMES)('examples/%s.xlsx: the same findings as the command line', async (name) => {
    const ex = await loadExample(name);
    const fake = createFakeExcel(fakeFromModel(ex.model, { merges: ex.merges }));
    const read = await portOf(fake).readModel();
    const cli = check({ model: ex.model, plan: ex.plan, ...ex.options, now: NOW });
    const pane = check({ model: read, plan: ex.plan, ...ex.options, now: NOW });
    expect(findingsOf(pane)).toEqual(findingsOf(cli));
    expect(pane.summary).toEqual(cli.summary);
    expect(buildFlagPlan(pane)).toEqual(buildFlagPlan(cli));
  });

  it('reads at most 512 columns, so that one stray value in XFD1 does not make every row 16,384 cells wide', async () => {
    const fake = createFakeExcel(helperInit((init) => (init.sheets[0]!.cells[0]![16_383] = 'x')));
    const model = await portOf(fake).readModel();
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.maxResponseBytes).toBeLessThan(200_000);
    const p = planOf('thai-binh-32-2021');
    expect(check({ model, plan: p, now: NOW }).findings).toEqual(check({ model: helperModel(), plan: p, now: NOW }).findings);
  });

  it('retries with smaller reads when a response is over the limit', async () => {
    const fake = createFakeExcel(fakeFromModel(membersModel(3000)), { limits: { responseBytes: 100_000 } });
    const model = await portOf(fake).readModel();
    const expected = check({ model: membersModel(3000), plan: planOf('hung-yen-cdn-gd-2021'), now: NOW });
    expect(check({ model, plan: planOf('hung-yen-cdn-gd-2021'), now: NOW }).findings).toEqual(expected.findings);
    const rejected = fake.stats.log.filter((x) => x.rejected);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.length).toBeLessThanOrEqual(4);
    for (const x of fake.stats.log.filter((y) => !y.rejected)) expect(x.responseBytes).toBeLessThanOrEqual(100_000);
  });
});

/* ------------------------------ what reading asks for ------------------------------- */

/**
 * The model a read of every cell's values, text and formats gives (the adapter's reading
 * before it asked for less): numbers and error values with their text and format, other
 * cells with their value alone (the engine reads neither text nor format of a string).
 */
async function fullRead(fake: FakeExcel): Promise<{ model: WorkbookModel; bytes: number }> {
  const before = fake.stats.log.length;
  const sheets = await fake.Excel.run(async (ctx) => {
    const list = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const used = list.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('values,text,numberFormat,rowIndex,columnIndex'));
    await ctx.sync();
    return list.items.map((ws, s) => {
      const u = used[s]!;
      const rows: (Cell | null | undefined)[][] = [];
      if (!u.isNullObject)
        u.values.forEach((vr, i) =>
          vr.forEach((v, j) => {
            const number = typeof v === 'number' || (typeof v === 'string' && /^#/.test(v) && v === u.text[i]![j]);
            const cell = number ? toModelCell(v, u.text[i]![j], u.numberFormat[i]![j]) : toModelCell(v, undefined, undefined);
            if (cell) (rows[u.rowIndex + i] ??= [])[u.columnIndex + j] = cell;
          }),
        );
      return { name: ws.name, rows };
    });
  });
  const bytes = fake.stats.log.slice(before).reduce((n, x) => n + x.responseBytes, 0);
  return { model: { name: fake.state.name, sheets }, bytes };
}

/** A sheet of 200 rows whose columns change character below the first 40 rows. */
function mixedSheet(): FakeCellInit[][] {
  const rows: FakeCellInit[][] = [
    ['BÁO CÁO SỐ LIỆU'],
    [],
    ['STT', 'Họ tên', 'Ngày', 'Tỷ lệ', 'Số', 'Số lẻ', 'Ghi chú', 'Lỗi', 'Tháng', 'Có'],
  ];
  for (let i = 0; i < 200; i++) {
    const r = rows.length + 1;
    const row: FakeCellInit[] = [
      i + 1,
      `Nguyễn Thị Ánh ${i}`,
      { v: 44339 + i, nf: 'dd/mm/yyyy' },
      { v: 0.9 + i / 10_000, nf: '0.0%' },
      { v: 6850 + i, nf: '#,##0' },
      // Whole numbers in the first rows, then decimals (text said by the locale: 12,5).
      r < 100 ? 12 : 12.5 + i,
      // Text, then numbers from row 150 (a column with no number above).
      r < 150 ? `ghi chú ${i}` : i,
      i % 37 === 0 ? { error: '#N/A', nf: '0.00' } : 'có',
      // Day-first dates, then a named-month format below row 120 (only Excel says its text).
      { v: 44000 + i, nf: r < 120 ? 'd/m/yyyy' : 'mmm-yy' },
      i % 2 === 0,
    ];
    // A column far right (BP): numbers in the head's rows too.
    row[67] = { v: i * 3, nf: '0.00' };
    rows.push(row);
  }
  return rows;
}

describe('OfficeWorkbook.readModel asks only for what the engine reads', () => {
  it.each([
    // [value, number format, text said without asking Excel (undefined: nothing; null: ask)]
    [1234, 'General', undefined],
    [-5, 'General', undefined],
    [12.5, 'General', null],
    [12_345_678, 'General', null],
    [44339, 'dd/mm/yyyy', '23/05/2021'],
    [44339, 'd/m/yyyy', '23/5/2021'],
    [44348, 'd/m/yy', '1/6/21'],
    [44339, 'dd-mm-yyyy', '23-05-2021'],
    [44339, 'dd.mm.yyyy', '23.05.2021'],
    [44339, 'yyyy-mm-dd', '2021-05-23'],
    [44339, 'dd/mm/yyyy;@', '23/05/2021'],
    [44339, '[$-42A]dd/mm/yyyy', '23/05/2021'],
    [44339.75, 'dd/mm/yyyy', '23/05/2021'],
    [61, 'dd/mm/yyyy', '01/03/1900'],
    [44339, 'm/d/yyyy', null],
    [44339, 'mm/dd/yyyy', null],
    [44339, 'dd/mm/dd', null],
    [44339, 'mmm-yy', null],
    [44339, 'dd/mm/yyyy hh:mm', null],
    [0.985, '0.0%', null],
    [6850, '#,##0', null],
    [60, 'dd/mm/yyyy', null],
  ])('textFromFormat(%s, %j) is %j', (v, nf, text) => {
    expect(textFromFormat(v, nf)).toBe(text);
  });

  it('reads the same model as reading every value, text and format, in fewer bytes', async () => {
    const init: FakeWorkbookInit = {
      name: 'so-lieu.xlsx',
      sheets: [
        { name: 'Số liệu', cells: mixedSheet() },
        {
          name: 'Nhỏ',
          cells: [
            ['Đơn vị', 'Số'],
            ['Xã A', { v: 1500, nf: '#,##0' }],
            ['Xã B', 0.5],
            ['Xã C', { error: '#DIV/0!', nf: '0%' }],
          ],
        },
        { name: 'Trống', cells: [] },
      ],
    };
    const fake = createFakeExcel(init);
    const full = await fullRead(fake);
    fake.stats.reset();
    const model = await portOf(fake).readModel();
    expect(model.sheets.map((s) => s.name)).toEqual(['Số liệu', 'Nhỏ', 'Trống']);
    for (const [i, s] of model.sheets.entries()) expect(s.rows, s.name).toEqual(full.model.sheets[i]!.rows);
    // The sheets, the sizes with the heads, the rest with its number columns' formats; then the
    // texts only Excel knows (decimals, named months) and the column whose numbers start at row 150.
    expect(fake.stats.syncs).toBeLessThanOrEqual(5);
    const bytes = fake.stats.log.reduce((n, x) => n + x.responseBytes, 0);
    expect(bytes).toBeLessThan(full.bytes * 0.7);
  });

  it('a workbook that fits one response takes three syncs and about half the bytes of a full read', async () => {
    const fake = createFakeExcel(fakeFromModel(membersModel(3000)));
    const full = await fullRead(fake);
    fake.stats.reset();
    const model = await portOf(fake).readModel();
    expect(fake.stats.syncs).toBe(3);
    for (const [i, s] of model.sheets.entries()) expect(s.rows, s.name).toEqual(full.model.sheets[i]!.rows);
    const bytes = fake.stats.log.reduce((n, x) => n + x.responseBytes, 0);
    expect(bytes).toBeLessThan(full.bytes * 0.55);
  });
});

/* ------------------------------------ writing ---------------------------------------- */

describe('OfficeWorkbook flags and summary', () => {
  it('writes the status column, conditional formats and the summary, touching no user cell', async () => {
    const fake = createFakeExcel(helperInit());
    const before = snapshot(fake.state);
    const out = await cycle(fake, planOf('thai-binh-32-2021'));
    expect(out.summarySheet).toBe('Tổng hợp');
    const ws = fake.state.sheet('Tỷ lệ cử tri')!;
    expect(fake.state.cell('Tỷ lệ cử tri', 'F3')).toMatchObject({ v: 'Kết quả kiểm tra', nf: '@', bold: true, fill: '#DDEBF7' });
    expect(String(fake.state.cell('Tỷ lệ cử tri', 'F4')?.v)).toMatch(/^✖ /);
    // Our three rules on top, the user's own rule kept below them.
    expect(ws.cfs.map((c) => c.formula)).toEqual(['=LEFT($F4,1)="✖"', '=LEFT($F4,1)="⚠"', '=LEFT($F4,1)="○"', '=$C4>$B4']);
    expect(ws.cfs[0]!.fill).toBe('#FFC7CE');
    // Every user cell (columns A–E) is as it was.
    const after = snapshot(fake.state).sheets[0]!;
    for (const [addr, cell] of Object.entries(before.sheets[0]!.cells)) if (!addr.startsWith('F')) expect(after.cells[addr]).toEqual(cell);
    // Links back to flagged rows.
    const summary = fake.state.sheet('Tổng hợp')!;
    const links = summary.rows.flat().filter((c) => c?.hyperlink);
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((c) => c!.hyperlink!.documentReference)).toContain("'Tỷ lệ cử tri'!A4");
  });

  it('writes a unit named =HYPERLINK(…) into the summary as text', async () => {
    const fake = createFakeExcel(helperInit());
    await cycle(fake, planOf('thai-binh-32-2021'));
    const summary = fake.state.sheet('Tổng hợp')!;
    const cells = summary.rows.flat().filter((c) => c !== undefined);
    expect(cells.some((c) => c!.formula !== undefined)).toBe(false);
    const hit = cells.filter((c) => c!.v === '=HYPERLINK("http://x","y")');
    expect(hit.length).toBeGreaterThan(0);
    for (const c of hit) expect(c!.nf).toBe('@');
  });

  it("leaves a user's own sheet named Tổng hợp untouched and uses Tổng hợp (kiểm tra)", async () => {
    const fake = createFakeExcel(
      helperInit((init) =>
        init.sheets.push({
          name: 'Tổng hợp',
          cells: [['Bảng của tôi', { v: 5, bold: true, fill: '#FFFF00' }], [{ formula: '=B1*2', v: 10 }]],
        }),
      ),
    );
    const mine = () => snapshot(fake.state).sheets.find((s) => s.name === 'Tổng hợp');
    const before = mine();
    const out = await cycle(fake, planOf('thai-binh-32-2021'));
    expect(out.summarySheet).toBe('Tổng hợp (kiểm tra)');
    expect(mine()).toEqual(before);
    await cycle(fake, planOf('thai-binh-32-2021'));
    expect(mine()).toEqual(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Tỷ lệ cử tri', 'Tổng hợp', 'Tổng hợp (kiểm tra)']);
    await portOf(fake).clearFlags();
    expect(mine()).toEqual(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Tỷ lệ cử tri', 'Tổng hợp']);
  });

  it('check then clear leaves every cell, value, format and conditional format as before', async () => {
    const fake = createFakeExcel(helperInit());
    const before = snapshot(fake.state);
    await cycle(fake, planOf('thai-binh-32-2021'));
    expect(snapshot(fake.state)).not.toEqual(before);
    await portOf(fake).clearFlags();
    expect(snapshot(fake.state)).toEqual(before);
    expect(fake.Office.context.document.settings.get(SETTING_KEYS.written)).toBeNull();
  });

  it.each(EXAMPLE_NAMES)('examples/%s.xlsx: check → clear restores the workbook exactly; re-check is idempotent', async (name) => {
    const ex = await loadExample(name);
    const fake = createFakeExcel(fakeFromModel(ex.model, { merges: ex.merges }));
    const before = snapshot(fake.state);
    const first = await cycle(fake, ex.plan, ex.options);
    const cli = check({ model: ex.model, plan: ex.plan, ...ex.options, now: NOW });
    expect(first.result.findings).toEqual(cli.findings);
    const once = snapshot(fake.state);
    const second = await cycle(fake, ex.plan, ex.options);
    expect(second.result.findings).toEqual(cli.findings);
    expect(snapshot(fake.state)).toEqual(once);
    await portOf(fake).clearFlags();
    expect(snapshot(fake.state)).toEqual(before);
  });

  it('re-running check gives the same workbook as running it once', async () => {
    const fake = createFakeExcel(helperInit());
    await cycle(fake, planOf('thai-binh-32-2021'));
    const once = snapshot(fake.state);
    await cycle(fake, planOf('thai-binh-32-2021'));
    expect(snapshot(fake.state)).toEqual(once);
    await cycle(fake, planOf('thai-binh-32-2021'));
    expect(snapshot(fake.state)).toEqual(once);
  });

  it('keeps plan, mapping, waivers and what it wrote across a reopen; Clear works after it', async () => {
    const fake = createFakeExcel(helperInit());
    const before = snapshot(fake.state);
    const p = planOf('thai-binh-32-2021');
    const first = await cycle(fake, p);
    const waiver: Waiver = { key: first.result.findings[0]!.key, by: 'Trưởng phòng', reason: 'Đã xác minh' };
    const mapping: Mapping = { sheets: { 'Tỷ lệ cử tri': { kind: 'turnout', headerRow: 3, headerRows: 1, columns: { unit: 'A' } } } };
    await runCheckInExcel(portOf(fake), {
      plan: p,
      lang: 'vi',
      now: NOW,
      mapping,
      waivers: [waiver],
      remember: { settings: officeSettings(fake.Office as unknown as typeof Office), plan: { preset: p.id } },
    });
    expect(String(fake.state.cell('Tỷ lệ cử tri', 'F4')?.v)).toContain('Đã xác minh');

    const reopened = fake.reopen();
    const store = new ThiduaSettings(reopened.Office.context.document.settings);
    expect(store.getPlan()).toEqual({ preset: 'thai-binh-32-2021' });
    expect(store.getMapping()).toEqual(mapping);
    expect(store.getWaivers()).toEqual([waiver]);
    expect(store.getWritten()?.sheets.map((s) => [s.name, s.column, s.top, s.bottom])).toEqual([['Tỷ lệ cử tri', 6, 3, 8]]);
    expect(store.getWritten()?.summary?.name).toBe('Tổng hợp');

    await portOf(reopened).clearFlags();
    expect(snapshot(reopened.state)).toEqual(before);
    expect(new ThiduaSettings(reopened.Office.context.document.settings).getWritten()).toBeUndefined();
    expect(new ThiduaSettings(reopened.reopen().Office.context.document.settings).getPlan()).toEqual({ preset: 'thai-binh-32-2021' });
  });

  it('does not read its own summary sheet or status column back as data', async () => {
    const fake = createFakeExcel(helperInit());
    const clean = await portOf(fake).readModel();
    await cycle(fake, planOf('thai-binh-32-2021'));
    expect(await portOf(fake).readModel()).toEqual(clean);
    expect(await portOf(fake.reopen()).readModel()).toEqual(clean);
  });

  it('records what a failed run sent: whichever sync fails, Clear still restores the workbook', async () => {
    const p = planOf('hung-yen-cdn-gd-2021');
    const small = { requestBytes: 40_000, pieceBytes: 15_000 };
    const setup = async () => {
      const fake = createFakeExcel(fakeFromModel(membersModel(1500)));
      const before = snapshot(fake.state);
      await cycle(fake, p); // earlier flags, to be replaced
      const result = check({ model: await portOf(fake).readModel(), plan: p, now: NOW });
      return { fake, before, flags: buildFlagPlan(result), summary: buildSummarySheet(result, p, 'x.xlsx', 'vi') };
    };
    const names = { preferred: 'Tổng hợp', alternative: 'Tổng hợp (kiểm tra)' };
    const probe = await setup();
    probe.fake.stats.reset();
    await portOf(probe.fake, small).writeFlags(probe.flags);
    const writeSyncs = probe.fake.stats.syncs;
    probe.fake.stats.reset();
    await portOf(probe.fake, { ...small, requestBytes: 5_000 }).writeSummary(probe.summary, names);
    const summarySyncs = probe.fake.stats.syncs;
    probe.fake.stats.reset();
    await portOf(probe.fake, small).clearFlags();
    const clearSyncs = probe.fake.stats.syncs;
    expect(summarySyncs).toBeGreaterThan(3);
    for (let k = 1; k <= summarySyncs; k++) {
      const { fake, before, summary } = await setup();
      fake.failSync(k);
      await expect(portOf(fake, { ...small, requestBytes: 5_000 }).writeSummary(summary, names)).rejects.toMatchObject({
        code: 'GeneralException',
      });
      expect(fake.state.sheets.filter((x) => x.name.startsWith('Tổng hợp')).length).toBeLessThanOrEqual(1);
      await portOf(fake).clearFlags();
      expect(snapshot(fake.state), `summary failing at sync ${k}`).toEqual(before);
    }
    expect(writeSyncs).toBeGreaterThan(4);
    for (let k = 1; k <= writeSyncs; k++) {
      const { fake, before, flags } = await setup();
      fake.failSync(k);
      await expect(portOf(fake, small).writeFlags(flags)).rejects.toMatchObject({ code: 'GeneralException' });
      await portOf(fake).clearFlags();
      expect(snapshot(fake.state), `write failing at sync ${k}`).toEqual(before);
    }
    for (let k = 1; k <= clearSyncs; k++) {
      const { fake, before } = await setup();
      fake.failSync(k);
      await expect(portOf(fake, small).clearFlags()).rejects.toMatchObject({ code: 'GeneralException' });
      await portOf(fake).clearFlags();
      expect(snapshot(fake.state), `clear failing at sync ${k}`).toEqual(before);
    }
  }, 120_000);

  it('splits large status columns and summaries into requests under 4 MB', async () => {
    const n = 60_000;
    const rows: (Cell | null)[][] = [[{ v: 'Họ và tên' }, { v: 'Đơn vị' }]];
    for (let i = 0; i < n; i++) rows.push([{ v: `Người ${i}` }, { v: 'Xã A' }]);
    const fake = createFakeExcel(fakeFromModel({ name: 'big.xlsx', sheets: [{ name: 'DS', rows }] }));
    const statuses = new Map<number, string>();
    const long = `✖ ${'Thiếu thông tin bắt buộc; '.repeat(4)}`;
    for (let r = 2; r <= n + 1; r++) statuses.set(r, long);
    const plan: FlagPlan = {
      sheets: [
        {
          sheet: 'DS',
          headerRows: [1],
          firstDataRow: 2,
          lastDataRow: n + 1,
          firstColumn: 1,
          lastColumn: 2,
          statusColumn: 3,
          header: 'Kết quả kiểm tra',
          statuses,
        },
      ],
    };
    const summary: SummarySheet = {
      widths: [6, 40],
      rows: Array.from({ length: 20_000 }, (_, i) => [
        { v: i + 1, bold: i % 2 === 0 },
        { v: `=dòng ${i}`, style: i % 3 ? ('error' as const) : ('warning' as const), link: { sheet: 'DS', row: i + 2 } },
      ]),
    };
    const before = snapshot(fake.state);
    const port = portOf(fake);
    await port.writeFlags(plan);
    await port.writeSummary(summary, { preferred: 'Tổng hợp', alternative: 'Tổng hợp (kiểm tra)' });
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(4_200_000);
    expect(fake.stats.syncs).toBeGreaterThan(4);
    expect(fake.state.cell('DS', `C${n + 1}`)?.v).toBe(long);
    expect(fake.state.cell('Tổng hợp', 'B20000')).toMatchObject({ v: '=dòng 19999', nf: '@', fill: '#FFC7CE', underline: 'Single' });
    expect(fake.state.cell('Tổng hợp', 'B20000')?.formula).toBeUndefined();
    await port.clearFlags();
    expect(snapshot(fake.state)).toEqual(before);
  }, 60_000);
});

/* ------------------------------------- scale ----------------------------------------- */

describe('OfficeWorkbook at scale', () => {
  it('uses the same number of syncs for 100, 10,000 and 100,000 member rows (reads aside), none over 4 MB', async () => {
    const p = planOf('hung-yen-cdn-gd-2021');
    const names = { preferred: 'Tổng hợp', alternative: 'Tổng hợp (kiểm tra)' };
    type Phase = { syncs: number; maxReq: number; maxResp: number; resp: number };
    const phase = async (fake: FakeExcel, f: () => Promise<unknown>): Promise<Phase> => {
      fake.stats.reset();
      await f();
      const resp = fake.stats.log.reduce((n, x) => n + x.responseBytes, 0);
      return { syncs: fake.stats.syncs, maxReq: fake.stats.maxRequestBytes, maxResp: fake.stats.maxResponseBytes, resp };
    };
    const measured: Record<number, Record<string, Phase>> = {};
    for (const n of [100, 10_000, 100_000]) {
      const fake = createFakeExcel(fakeFromModel(membersModel(n)));
      const port = portOf(fake);
      const before = snapshot(fake.state);
      const m: Record<string, Phase> = {};
      let model: WorkbookModel | undefined;
      let result: CheckResult | undefined;
      const write = async () => {
        // The engine takes most of the time at 100,000 rows; the re-check reuses its result
        // (that a flagged workbook reads back as the same model is tested above).
        result ??= check({ model: model!, plan: p, now: NOW });
        expect(result.findings.filter((f) => f.rule === 'MEMBER_VOTE_UNREADABLE')).toHaveLength(3);
        await port.writeFlags(buildFlagPlan(result));
        await port.writeSummary(buildSummarySheet(result, p, model!.name, 'vi'), names);
      };
      m.read = await phase(fake, async () => (model = await port.readModel()));
      m.write = await phase(fake, write);
      const once = snapshot(fake.state);
      // Re-check: reads the flagged workbook, replaces the earlier flags and summary.
      m.reread = await phase(fake, async () => {
        const again = await port.readModel();
        expect(again.sheets.map((x) => x.rows.length)).toEqual(model!.sheets.map((x) => x.rows.length));
      });
      m.rewrite = await phase(fake, write);
      expect(snapshot(fake.state)).toEqual(once);
      m.clear = await phase(fake, () => port.clearFlags());
      expect(snapshot(fake.state)).toEqual(before);
      measured[n] = m;
    }
    const table = Object.entries(measured).map(
      ([n, m]) =>
        `${n}: ${Object.entries(m)
          .map(([k, v]) => `${k} ${v.syncs} syncs (max req ${v.maxReq} B, max resp ${v.maxResp} B)`)
          .join('; ')}`,
    );
    console.info(`office adapter, syncs by member rows:\n${table.join('\n')}`);
    const [a, b, c] = [measured[100]!, measured[10_000]!, measured[100_000]!];
    for (const k of ['write', 'rewrite', 'clear']) {
      expect(b[k]!.syncs).toBe(a[k]!.syncs);
      expect(c[k]!.syncs).toBe(a[k]!.syncs);
    }
    expect(b.read!.syncs).toBe(a.read!.syncs);
    expect(b.reread!.syncs).toBe(a.reread!.syncs);
    // Reading 100,000 rows is bounded by the host's 5 MB response limit, not by the row
    // count: two syncs, plus one per ~3 MB actually read.
    for (const k of ['read', 'reread']) expect(c[k]!.syncs).toBeLessThanOrEqual(2 + Math.ceil(c[k]!.resp / 2_500_000));
    for (const m of [a, b, c]) {
      for (const v of Object.values(m)) {
        expect(v.maxReq).toBeLessThanOrEqual(4_000_000);
        expect(v.maxResp).toBeLessThanOrEqual(4_000_000);
      }
    }
  }, 600_000);
});

describe('host support', () => {
  it('asks for ExcelApi 1.7 and explains in both languages when it is missing', () => {
    expect(requiredApi.excel).toBe('1.7');
    const ok = createFakeExcel({ sheets: [{ name: 'S', cells: [] }] }, { apiSets: { ExcelApi: '1.7' } });
    const old = createFakeExcel({ sheets: [{ name: 'S', cells: [] }] }, { apiSets: { ExcelApi: '1.4' } });
    expect(checkHostSupport(ok.Office as unknown as typeof Office)).toBeNull();
    const msg = checkHostSupport(old.Office as unknown as typeof Office);
    expect(msg).toMatch(/Excel JavaScript API 1\.7/);
    expect(msg).toMatch(/Phiên bản Excel/);
    expect(msg).toMatch(/This version of Excel/);
    expect(checkHostSupport(undefined)).not.toBeNull();
  });

  it('works without merged-area and getRanges support (ExcelApi 1.7 only)', async () => {
    const fake = createFakeExcel(helperInit(), { apiSets: { ExcelApi: '1.7' } });
    const before = snapshot(fake.state);
    const out = await cycle(fake, planOf('thai-binh-32-2021'));
    expect(out.result.findings.length).toBeGreaterThan(0);
    await portOf(fake).clearFlags();
    expect(snapshot(fake.state)).toEqual(before);
  });
});
