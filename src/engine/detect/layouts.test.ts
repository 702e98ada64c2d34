/**
 * The layouts offices really keep (PLANS.md, "Who uses it, on what"): signature lines merged
 * across columns, tables stacked in one sheet, one member list per unit. Each case builds a
 * realistic sheet — title rows, two-row or single headers, a row of column numbers, NFD
 * names, numbers typed as text — and says what must be read from it.
 */
import { describe, expect, it } from 'vitest';
import { d, found, plan, run, type CellInput } from '../../../test/helpers/model';
import type { Cell, SheetModel, WorkbookModel } from '../model';
import { check } from '../check';
import { criteriaMatcher } from '../context';
import { MappingError, sheetTables, type Mapping } from './mapping';
import { mergedView } from './merged';
import { detectSheetTables, type DetectedTable } from './tables';

type Area = { top: number; left: number; bottom: number; right: number };

/** A sheet as a file holds it: rows of cells, merged areas with their value in the first cell. */
class Builder {
  rows: (Cell | null)[][] = [];
  merged: Area[] = [];
  constructor(readonly name: string) {}
  get row(): number {
    return this.rows.length;
  }
  add(cells: CellInput[]): number {
    this.rows.push(
      cells.map((c) =>
        c === null || c === undefined ? null : typeof c === 'object' && !(c instanceof Date) && 'v' in c ? c : { v: c as Cell['v'] },
      ),
    );
    return this.rows.length;
  }
  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.rows.push([]);
  }
  /** A text merged over columns `from`..`to` (1-based) of a new row, or of `onRow`. */
  merge(text: string, from: number, to: number, onRow?: number): number {
    const r = onRow ?? this.add([]);
    const row = this.rows[r - 1]!;
    row[from - 1] = { v: text };
    if (to > from) this.merged.push({ top: r, left: from, bottom: r, right: to });
    return r;
  }
  sheet(): SheetModel {
    return { name: this.name, rows: this.rows, ...(this.merged.length ? { merged: this.merged } : {}) };
  }
  /** The same sheet as an older reader gave it: the merged value repeated in every covered cell. */
  repeated(): SheetModel {
    const rows = this.rows.map((r) => [...r]);
    for (const a of this.merged) {
      const v = rows[a.top - 1]![a.left - 1];
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) (rows[r - 1] ??= [])[c - 1] = v ?? null;
    }
    return { name: this.name, rows, merged: this.merged };
  }
}

const wb = (...sheets: SheetModel[]): WorkbookModel => ({ name: 'layouts.xlsx', sheets });
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const NFD = (s: string) => s.normalize('NFD');
const A = plan('thai-binh-32-2021');
const B = plan('hung-yen-cdn-gd-2021');
const criteriaA = criteriaMatcher(A);

// ---------------------------------------------------------------------------------------------
// 1. Merged signature blocks

/** Where the signature block's lines go: [from, to] columns of a 9-column nominee list. */
const SIGNATURES: { name: string; date: [number, number]; tm: [number, number]; left?: [number, number] }[] = [
  { name: 'over the last three columns', date: [7, 9], tm: [7, 9] },
  { name: 'over the last four columns', date: [6, 9], tm: [6, 9] },
  { name: 'over the last three with Nơi nhận merged on the left', date: [7, 9], tm: [7, 9], left: [1, 3] },
  { name: 'in the middle columns', date: [4, 6], tm: [4, 7] },
  { name: 'across the whole width', date: [1, 9], tm: [1, 9] },
  { name: 'one column only (no merge)', date: [8, 8], tm: [8, 8] },
];

function nomineeList(sig: (typeof SIGNATURES)[number], nominees = 4): Builder {
  const b = new Builder('DS đề nghị');
  b.merge('UBND HUYỆN KIẾN XƯƠNG', 1, 3);
  b.merge('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 5, 9, b.row);
  b.merge('Độc lập - Tự do - Hạnh phúc', 5, 9);
  b.blank();
  b.merge('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 1, 9);
  b.blank();
  b.add([
    'STT',
    'Họ và tên',
    'Tập thể/Cá nhân',
    'Ngày sinh',
    'Chức vụ',
    'Đơn vị đề nghị',
    'Hình thức khen thưởng',
    'Tóm tắt thành tích',
    'Ngày nộp hồ sơ',
  ]);
  b.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
  const names = ['Nguyễn Thị Lan', 'Trần Văn Khải', 'Phạm Minh Đức', 'Vũ Thị Hồng Nhung', 'Đoàn Văn Hải'];
  for (let i = 0; i < nominees; i++)
    b.add([
      String(i + 1),
      i % 2 ? NFD(names[i]!) : names[i]!,
      'Cá nhân',
      `0${i + 1}/03/198${i}`,
      'Chuyên viên',
      'UBND huyện Kiến Xương',
      BK,
      'Hoàn thành xuất sắc nhiệm vụ bầu cử',
      '08/06/2021',
    ]);
  b.blank();
  b.merge('Kiến Xương, ngày 09 tháng 6 năm 2021', ...sig.date);
  const r = b.merge('TM. ỦY BAN NHÂN DÂN', ...sig.tm);
  if (sig.left) b.merge('Nơi nhận:', ...sig.left, r);
  b.merge('CHỦ TỊCH', ...sig.tm);
  b.blank(2);
  b.merge('Nguyễn Hữu Thành', ...sig.tm);
  return b;
}

describe('a signature block merged across columns is one line, not a nominee', () => {
  it.each(SIGNATURES)('$name', (sig) => {
    const b = nomineeList(sig);
    for (const model of [b.sheet(), b.repeated()]) {
      const r = run(wb(model), A, { unit: 'UBND huyện Kiến Xương', conferenceDate: '2021-06-25' });
      expect(r.findings.map((f) => `${f.rule} ${f.rows}`)).toEqual([]);
      expect(r.tables).toHaveLength(1);
      expect(r.tables[0]!.rows.map((x) => x.row)).toEqual([8, 9, 10, 11]);
    }
  });

  it('mergedView: one value in the first cell, the covered cells empty, a vertical merge repeated down its first column', () => {
    const s: SheetModel = {
      name: 'x',
      rows: [
        [{ v: 'A' }, { v: 'A' }, { v: 'A' }],
        [{ v: 'Đơn vị X' }, { v: 'stale' }],
        [null, null, { v: 3 }],
      ],
      merged: [
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 1, bottom: 3, right: 2 },
      ],
    };
    expect(mergedView(s).rows).toEqual([[{ v: 'A' }], [{ v: 'Đơn vị X' }], [{ v: 'Đơn vị X' }, undefined, { v: 3 }]]);
  });

  it('a unit name merged down over its members names each of their units', () => {
    const b = new Builder('Đoàn viên');
    b.add(['STT', 'Họ và tên', 'Công đoàn cơ sở', 'Đã bỏ phiếu']);
    for (let i = 0; i < 4; i++) b.add([i + 1, `Người ${i + 1}`, i === 0 ? 'CĐCS Trường THCS Lạc Đạo' : null, i === 3 ? null : 'x']);
    b.merged.push({ top: 2, left: 3, bottom: 5, right: 3 });
    const r = run(wb(b.sheet()), B);
    expect(found(r, 'TURNOUT_BELOW_MIN', true)).toEqual([{ sheet: 'Đoàn viên', rows: [], unit: 'CĐCS Trường THCS Lạc Đạo' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Tables stacked in one sheet

interface Stacked {
  name: string;
  /** Rows between the tables. */
  gap: number;
  /** The headings above each table. */
  headings: [string, string];
  /** The second table's header spans two rows. */
  twoRowHeader?: boolean;
  columnNumbers?: boolean;
}

const STACKED: Stacked[] = [
  { name: 'I. TẬP THỂ / II. CÁ NHÂN with a gap', gap: 1, headings: ['I. TẬP THỂ', 'II. CÁ NHÂN'], columnNumbers: true },
  { name: 'no gap between the tables', gap: 0, headings: ['I. TẬP THỂ', 'II. CÁ NHÂN'] },
  { name: 'A. Tập thể / B. Cá nhân, two blank rows', gap: 2, headings: ['A. Tập thể', 'B. Cá nhân'] },
  { name: 'the second header over two rows', gap: 1, headings: ['1. Khen thưởng tập thể', '2. Khen thưởng cá nhân'], twoRowHeader: true },
];

/** Six collectives (district quota 5) above seven individuals with their own columns. */
function stacked(c: Stacked): { sheet: SheetModel; collectives: number[]; people: number[]; header2: number } {
  const b = new Builder('Danh sách khen thưởng');
  b.merge('UBND HUYỆN TIỀN HẢI', 1, 2);
  b.blank();
  b.merge('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 1, 6);
  b.blank();
  b.merge(c.headings[0], 1, 6);
  b.add(['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Ngày nộp hồ sơ']);
  if (c.columnNumbers) b.add(['1', '2', '3', '4', '5', '6']);
  const collectives: number[] = [];
  for (const [i, name] of [
    'Xã Đông Cơ',
    'Xã Nam Hà',
    'Xã Tây Giang',
    'Thị trấn Tiền Hải',
    'Xã Vân Trường',
    NFD('Xã Phương Công'),
  ].entries())
    collectives.push(b.add([i + 1, name, 'UBND huyện Tiền Hải', BK, 'Làm tốt công tác bầu cử', '07/06/2021']));
  b.blank(c.gap);
  b.merge(c.headings[1], 1, 8);
  let header2: number;
  if (c.twoRowHeader) {
    header2 = b.add(['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ', 'Hình thức khen thưởng', 'Đơn vị đề nghị', 'Tóm tắt thành tích']);
    b.add([null, null, 'Nam', 'Nữ', null, null, null, null]);
    b.merged.push({ top: header2, left: 3, bottom: header2, right: 4 });
  } else
    header2 = b.add([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Chức vụ',
      'Hình thức khen thưởng',
      'Đơn vị đề nghị',
      'Tóm tắt thành tích',
      'Ngày nộp hồ sơ',
    ]);
  const people: number[] = [];
  for (let i = 0; i < 7; i++) {
    const row = c.twoRowHeader
      ? [
          i + 1,
          `Nguyễn Văn Người ${i + 1}`,
          1970 + i,
          null,
          `Chức vụ ${i + 1}`,
          BK,
          'UBND huyện Tiền Hải',
          i === 3 ? null : 'Tích cực tuyên truyền',
        ]
      : [
          i + 1,
          `Nguyễn Văn Người ${i + 1}`,
          `0${i + 1}/02/1975`,
          `Chức vụ ${i + 1}`,
          BK,
          'UBND huyện Tiền Hải',
          i === 3 ? null : 'Tích cực tuyên truyền',
          '08/06/2021',
        ];
    people.push(b.add(row));
  }
  b.blank();
  b.merge('Tiền Hải, ngày 10 tháng 6 năm 2021', 5, 8);
  b.merge('TM. ỦY BAN NHÂN DÂN', 5, 8);
  return { sheet: b.sheet(), collectives, people, header2 };
}

describe('tables stacked in one sheet are each read with their own header', () => {
  it.each(STACKED)('$name', (c) => {
    const { sheet, collectives, people, header2 } = stacked(c);
    const tables = detectSheetTables(mergedView(sheet), { criteria: criteriaA });
    expect(tables.map((t) => [t.kind, t.index, t.headerRows[0]])).toEqual([
      ['nominees', 0, 6],
      ['nominees', 1, header2],
    ]);
    const [one, two] = tables as [DetectedTable, DetectedTable];
    expect(one.rows.map((r) => r.row)).toEqual(collectives);
    expect(one.rows.every((r) => r.section === 'collective')).toBe(true);
    expect(two.rows.map((r) => r.row)).toEqual(people);
    expect(two.rows.every((r) => r.section === 'individual')).toBe(true);
    // Each table's fields come from its own columns.
    expect(one.columns).toMatchObject({ name: 1, unit: 2, awardForm: 3, achievement: 4 });
    expect(two.columns).toMatchObject(
      c.twoRowHeader
        ? { name: 1, position: 4, awardForm: 5, unit: 6, achievement: 7 }
        : { name: 1, position: 3, awardForm: 4, unit: 5, achievement: 6 },
    );
    // Two status columns, each over its own table.
    expect(one.lastDataRow).toBeLessThan(two.headerRows[0]!);

    const r = run(wb(sheet), A, { unit: 'UBND huyện Tiền Hải', conferenceDate: '2021-06-25' });
    expect(found(r, 'QUOTA_EXCEEDED')).toEqual([{ sheet: 'Danh sách khen thưởng', rows: collectives }]);
    expect(found(r, 'MISSING_FIELD')).toEqual([{ sheet: 'Danh sách khen thưởng', rows: [people[3]!] }]);
    expect(r.findings.filter((f) => f.rule === 'AWARD_FORM_NOT_ALLOWED')).toEqual([]);
    const positions = r.context.nominees.filter((n) => n.kind === 'individual').map((n) => n.position);
    expect(positions).toEqual(people.map((_, i) => `Chức vụ ${i + 1}`));
  });

  it('a header repeated further down (a list pasted page by page) is never a nominee', () => {
    const header = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];
    const row = (i: number) => [i, `Trần Thị ${i}`, 'Giáo viên', 'UBND huyện Vũ Thư', BK, 'Tốt'];
    const b = new Builder('DS');
    b.add(header);
    for (let i = 1; i <= 3; i++) b.add(row(i));
    b.add(header);
    for (let i = 4; i <= 5; i++) b.add(row(i));
    const r = run(wb(b.sheet()), A, { unit: 'UBND huyện Vũ Thư' });
    expect(r.tables.map((t) => t.rows.map((x) => x.row))).toEqual([
      [2, 3, 4],
      [6, 7],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('a flag plan gives each table its own status column over its own rows', async () => {
    const { buildFlagPlan } = await import('../output/flags');
    const { sheet } = stacked(STACKED[0]!);
    const r = run(wb(sheet), A, { unit: 'UBND huyện Tiền Hải', conferenceDate: '2021-06-25' });
    const flags = buildFlagPlan(r).sheets.map((s) => ({ col: s.statusColumn, head: s.headerRows[0], rows: [...s.statuses.keys()] }));
    expect(flags).toEqual([
      { col: 7, head: 6, rows: [8, 9, 10, 11, 12, 13] },
      { col: 9, head: 16, rows: [20] },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. One member list per unit

interface School {
  sheet: string;
  /** Title lines above the list (the sector union first, the school under it). */
  titles: string[];
  size: number;
  absent: number;
}

function schools(list: School[], extra: SheetModel[] = []): WorkbookModel {
  const sheets = list.map((s) => {
    const b = new Builder(s.sheet);
    s.titles.forEach((t) => b.merge(t, 1, 3));
    b.merge('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 4, 6, 1);
    b.blank();
    b.merge('DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ', 1, 6);
    b.add(['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đi bầu', 'Ghi chú']);
    b.add(['1', '2', '3', '4', '5', '6']);
    for (let i = 0; i < s.size; i++)
      b.add([i + 1, NFD(`Lê Thị ${i + 1}`), d(1, 1, 1980 + (i % 20)), 'Giáo viên', i < s.absent ? null : 'x', null]);
    b.blank();
    b.merge('Hưng Yên, ngày 24 tháng 5 năm 2021', 4, 6);
    b.merge('TM. BAN CHẤP HÀNH', 4, 6);
    return b.sheet();
  });
  return wb(...sheets, ...extra);
}

const SECTOR = 'CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN';
const nominees = (names: string[]): SheetModel => {
  const b = new Builder('DS đề nghị');
  b.add(['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích']);
  names.forEach((n, i) => b.add([i + 1, n, 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên', 'Bằng khen của LĐLĐ tỉnh', 'Tốt']));
  return b.sheet();
};

describe('one member list per unit: each sheet belongs to the unit its title (or its name) gives', () => {
  const cases: { name: string; titles: string[]; sheet: string; unit: string; source: 'title' | 'sheet' }[] = [
    {
      name: 'CĐCS line under the sector union',
      titles: [SECTOR, 'CĐCS TRƯỜNG THPT KHOÁI CHÂU'],
      sheet: 'Khoái Châu',
      unit: 'CĐCS trường THPT Khoái Châu',
      source: 'title',
    },
    { name: 'school line alone', titles: ['TRƯỜNG THPT KHOÁI CHÂU'], sheet: 'KC', unit: 'Trường THPT Khoái Châu', source: 'title' },
    { name: 'no line of its own: the sheet name', titles: [SECTOR], sheet: 'THPT Khoái Châu', unit: 'THPT Khoái Châu', source: 'sheet' },
  ];
  it.each(cases)('$name', ({ titles, sheet, unit, source }) => {
    const model = schools(
      [
        { sheet: 'THPT Văn Giang', titles: [SECTOR, 'CĐCS TRƯỜNG THPT VĂN GIANG'], size: 20, absent: 0 },
        { sheet, titles, size: 20, absent: 2 },
      ],
      [nominees(['Công đoàn Trường THPT Khoái Châu', 'Công đoàn Trường THPT Văn Giang'])],
    );
    const r = run(model, B, { unit: 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên' });
    const t = r.tables.find((x) => x.sheet === sheet)!;
    expect(t.sheetUnit).toEqual({ name: unit, source });
    // 18 / 20 = 90 % < 95 %: the school, not the union, is below the minimum, and its nomination is not eligible.
    expect(found(r, 'TURNOUT_BELOW_MIN', true)).toEqual([{ sheet, rows: [], unit }]);
    expect(found(r, 'NOMINEE_NOT_ELIGIBLE', true)).toEqual([{ sheet: 'DS đề nghị', rows: [2], unit: 'Công đoàn Trường THPT Khoái Châu' }]);
    expect(r.summary.units.map((u) => [u.unit, u.registered, u.voted])).toEqual(
      expect.arrayContaining([
        ['CĐCS trường THPT Văn Giang', 20, 20],
        [unit, 20, 18],
      ]),
    );
  });

  it('a single member list without a unit column still belongs to the workbook unit', () => {
    const model = schools([{ sheet: 'Đoàn viên', titles: [SECTOR, 'CĐCS TRƯỜNG THPT KHOÁI CHÂU'], size: 10, absent: 0 }]);
    const r = run(model, B, { unit: 'CĐCS Trường THPT Khoái Châu' });
    expect(r.tables[0]!.sheetUnit).toBeUndefined();
  });

  it('the mapping names a sheet’s unit and wins over its title', () => {
    const model = schools([
      { sheet: 'THPT Văn Giang', titles: [SECTOR, 'CĐCS TRƯỜNG THPT VĂN GIANG'], size: 10, absent: 0 },
      { sheet: 'Trang 2', titles: [SECTOR, 'CĐCS TRƯỜNG THPT SAI TÊN'], size: 20, absent: 1 },
    ]);
    const mapping: Mapping = { sheets: { 'Trang 2': { unit: 'Trường THPT Nghĩa Dân' } } };
    const r = run(model, B, { mapping });
    expect(r.tables.find((t) => t.sheet === 'Trang 2')!.sheetUnit).toEqual({ name: 'Trường THPT Nghĩa Dân', source: 'mapping' });
    expect(found(r, 'TURNOUT_BELOW_TARGET', true)).toEqual([{ sheet: 'Trang 2', rows: [], unit: 'Trường THPT Nghĩa Dân' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The mapping describes each layout

describe('the mapping file describes stacked tables and a sheet’s unit', () => {
  const { sheet, collectives, people, header2 } = stacked(STACKED[0]!);
  const view = mergedView(sheet);
  const cases: { name: string; mapping: Mapping; tables: [number, number[]][] }[] = [
    {
      name: 'two tables listed: exactly those',
      mapping: {
        sheets: {
          'Danh sách khen thưởng': {
            tables: [
              { kind: 'nominees', headerRow: 6, headerRows: 1, columns: {} },
              { kind: 'nominees', headerRow: header2, headerRows: 1, columns: { position: 'D' } },
            ],
          },
        },
      },
      tables: [
        [6, collectives],
        [header2, people],
      ],
    },
    {
      name: 'one table the old way: the tables below it are still recognised',
      mapping: { sheets: { 'Danh sách khen thưởng': { kind: 'nominees', headerRow: 6, headerRows: 1, columns: {} } } },
      tables: [
        [6, collectives],
        [header2, people],
      ],
    },
    {
      name: 'a last row bounds a table',
      mapping: {
        sheets: {
          'Danh sách khen thưởng': { tables: [{ kind: 'nominees', headerRow: 6, headerRows: 1, dataEndRow: collectives[2], columns: {} }] },
        },
      },
      tables: [[6, collectives.slice(0, 3)]],
    },
    {
      name: 'the unit alone: tables still detected',
      mapping: { sheets: { 'Danh sách khen thưởng': { unit: 'UBND huyện Tiền Hải' } } },
      tables: [
        [6, collectives],
        [header2, people],
      ],
    },
  ];
  it.each(cases)('$name', ({ mapping, tables }) => {
    const r = sheetTables(view, mapping, { criteria: criteriaA });
    expect(r.tables.map((t) => [t.headerRows[0], t.rows.map((x) => x.row)])).toEqual(tables);
  });

  it('a column the sheet does not have names the sheet and the field', () => {
    const mapping: Mapping = {
      sheets: {
        'Danh sách khen thưởng': { tables: [{ kind: 'nominees', headerRow: header2, headerRows: 1, columns: { position: 'Chức danh' } }] },
      },
    };
    expect(() => sheetTables(view, mapping)).toThrow(MappingError);
    try {
      sheetTables(view, mapping);
    } catch (e) {
      expect(e).toMatchObject({ sheet: 'Danh sách khen thưởng', field: 'position', ref: 'Chức danh' });
    }
  });

  it('a workbook mixing the layouts: stacked nominees, one member list per school, a units sheet', () => {
    const units = new Builder('Đơn vị');
    units.add(['STT', 'Tên đơn vị', 'Loại đơn vị']);
    units.add([1, 'CĐCS Trường THPT Văn Giang', 'CĐCS']);
    units.add([2, 'CĐCS Trường THPT Khoái Châu', 'CĐCS']);
    const model = schools(
      [
        { sheet: 'THPT Văn Giang', titles: [SECTOR, 'CĐCS TRƯỜNG THPT VĂN GIANG'], size: 20, absent: 0 },
        { sheet: 'THPT Khoái Châu', titles: [SECTOR, 'CĐCS TRƯỜNG THPT KHOÁI CHÂU'], size: 20, absent: 3 },
      ],
      [units.sheet(), nominees(['Công đoàn Trường THPT Khoái Châu'])],
    );
    const r = check({ model, plan: B, unit: 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên' });
    expect(found(r, 'TURNOUT_BELOW_MIN', true)).toEqual([{ sheet: 'Đơn vị', rows: [3], unit: 'CĐCS Trường THPT Khoái Châu' }]);
    expect(found(r, 'NOMINEE_NOT_ELIGIBLE')).toEqual([{ sheet: 'DS đề nghị', rows: [2] }]);
  });
});
