/**
 * fast-check generators for workbook models: cells of every kind Excel holds (text in
 * NFC and NFD, numbers from tiny to huge, dates, errors, booleans, blanks) and sheets
 * laid out the way offices lay them out, with headings from the detection vocabulary so
 * that tables are actually detected in most runs.
 */
import fc from 'fast-check';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../../src/engine/model';
import { TABLE_KINDS, VOCABULARY, type TableKind } from '../../src/engine/detect/vocabulary';
import { PRESETS } from '../../src/engine/plan/presets';
import { headerKey } from '../../src/engine/normalize/text';

/** One seed for every property, so CI runs the same cases every time. */
export const SEED = 20210523;

/** Excel's own limits on a sheet name: 1–31 characters, none of : \ / ? * [ ], no leading/trailing '. */
export function validSheetName(s: string): boolean {
  return s.length >= 1 && s.length <= 31 && !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'") && s.trim() === s && s !== '';
}

const VIETNAMESE_HEADINGS = [
  'STT',
  'Họ và tên',
  'Họ tên',
  'Tên đơn vị',
  'Đơn vị',
  'Đơn vị đề nghị',
  'Đơn vị công tác',
  'Chức vụ',
  'Ngày sinh',
  'Số cử tri',
  'Tổng số cử tri',
  'Số cử tri đã bỏ phiếu',
  'Đã bỏ phiếu',
  'Tỷ lệ (%)',
  'TỶ LỆ\n(%)',
  'Tỉ lệ cử tri đi bầu',
  'Bầu lại',
  'Bầu thêm',
  'Ngày hoàn thành',
  'Thời hạn hoàn thành',
  'Hình thức khen thưởng',
  'Hình thức đề nghị',
  'Tóm tắt thành tích',
  'Tập thể/Cá nhân',
  'Loại đơn vị',
  'Cấp',
  'Đơn vị cấp trên',
  'Ngày nộp hồ sơ',
  'Ghi chú',
];

/** Every heading the detector knows, as vocabulary keys (no diacritics) and as offices type them. */
const VOCAB_WORDS: string[] = [
  ...new Set([...TABLE_KINDS.flatMap((k) => Object.values(VOCABULARY[k].fields).flatMap((f) => f!.patterns)), ...VIETNAMESE_HEADINGS]),
];

const PLAN_WORDS: string[] = [
  ...new Set(
    PRESETS.flatMap((p) => [
      ...(p.awardForms ?? []).flatMap((f) => [f.name, ...f.aliases]),
      ...[...p.criteria.collective, ...p.criteria.individual].flatMap((c) => [c.label.vi.slice(0, 40), ...c.aliases]),
      ...p.electionOfficeUnits,
    ]),
  ),
];

const SHEET_WORDS = [
  'Tỷ lệ cử tri',
  'Đoàn viên',
  'DS đoàn viên',
  'Đề nghị khen thưởng',
  'DS sở ngành',
  'DS huyện',
  'Tiêu chí',
  'Chấm điểm',
  'Đơn vị',
  'Danh sách đơn vị',
  'Kết quả bầu cử',
  'Cử tri',
  'Tổng hợp',
  'tổng hợp',
  'Tổng hợp (kiểm tra)',
  'Sheet1',
  'Đề nghị (2021) – BK & GK',
  "Tỷ lệ' #1",
];

const PEOPLE = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Nguyễn Văn An ',
  'nguyễn văn an',
  'Nguyễn Văn Ân',
];
const UNITS = [
  'Xã An Bình',
  'Xã Ân Bình',
  'UBND xã Vũ Hội',
  'Xã Vũ Hội',
  'Huyện Vũ Thư',
  'Thị trấn Vũ Thư',
  'Phường Đề Thám',
  'Thôn Đông',
  'Sở Nội vụ',
  'Văn phòng UBBC tỉnh',
  'Công đoàn cơ sở Trường THCS Lê Lợi',
  'Tổ bầu cử số 3',
  'Trường Tiểu học Kim Đồng',
];
const TEXT_VALUES = [
  '98,5%',
  '98.5%',
  '100%',
  '0,985',
  '1.234',
  '1,234',
  '12.345.678',
  '23/05/2021',
  '31/02/2021',
  '2021-05-23',
  '23-5-2021',
  'ngày 20 tháng 5 năm 2021',
  'x',
  'X',
  '✓',
  'Đạt',
  'Không đạt',
  'Có',
  'Không',
  'có',
  '-',
  '',
  ' ',
  '\u00A0',
  '\u200B',
  'I. TẬP THỂ',
  'II. CÁ NHÂN',
  'Tổng cộng',
  'Cộng',
  'Người lập biểu',
  'Ngày 25 tháng 5 năm 2021',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  'Kết quả kiểm tra ',
  'Tập thể',
  'Cá nhân',
  // TCVN3 and VNI bytes as a legacy font shows them.
  'NguyÔn V¨n An',
  'Nguye^n Va(n An',
  '(1)',
  '1',
  '2',
  '3',
];
const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
const NUM_FORMATS = ['0.0%', '0.00%', 'dd/mm/yyyy', 'd/m/yyyy', '#,##0', '0', '@', 'mm-dd-yy', '[$-42A]dd/mm/yyyy'];

/** Text in a Vietnamese form: as written, NFD, upper case, with stray spaces. */
function vietnamese(words: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...words), fc.constantFrom('nfc', 'nfd', 'upper', 'spaces', 'nfd-upper')).map(([w, how]) => {
    switch (how) {
      case 'nfd':
        return w.normalize('NFD');
      case 'upper':
        return w.toUpperCase();
      case 'spaces':
        return `  ${w.replace(/ /g, '  ')}\u00A0`;
      case 'nfd-upper':
        return w.toUpperCase().normalize('NFD');
      default:
        return w;
    }
  });
}

const utcDay = fc.integer({ min: -25_567, max: 73_000 }).map((d) => new Date(d * 86_400_000)); // 1900 … 2169
const anyDate = fc.date({ min: new Date('1899-12-30T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });

const number = fc.oneof(
  { arbitrary: fc.integer({ min: -10, max: 5000 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1.2, noNaN: true }), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      1e15,
      1e-15,
      -0,
      0,
      0.98,
      0.975,
      98.5,
      2 ** 53,
      -(2 ** 53),
    ),
    weight: 1,
  },
);

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: vietnamese(VOCAB_WORDS), weight: 2 },
  { arbitrary: vietnamese(PEOPLE), weight: 2 },
  { arbitrary: vietnamese(UNITS), weight: 3 },
  { arbitrary: vietnamese(PLAN_WORDS), weight: 2 },
  { arbitrary: fc.constantFrom(...TEXT_VALUES), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constantFrom('A'.repeat(300), 'Nguyễn '.repeat(60)), weight: 1 },
  { arbitrary: number, weight: 5 },
  { arbitrary: fc.oneof(utcDay, anyDate), weight: 2 },
  { arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

export const cell: fc.Arbitrary<Cell | null | undefined> = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined), weight: 4 },
  {
    arbitrary: fc
      .record({
        v: cellValue,
        t: fc.option(fc.oneof(fc.constantFrom(...TEXT_VALUES), fc.string({ maxLength: 8 })), { nil: undefined, freq: 5 }),
        f: fc.option(fc.constantFrom(...NUM_FORMATS), { nil: undefined, freq: 3 }),
      })
      .map(({ v, t, f }) => {
        const c: Cell = { v };
        // Displayed text differs from the value only for numbers, dates, booleans and errors.
        if (t !== undefined && typeof v !== 'string') c.t = t;
        if (f !== undefined) c.f = f;
        return c;
      }),
    weight: 10,
  },
);

const row = (width: number) => fc.array(cell, { maxLength: width });

/** A grid of anything: up to 40 rows × 12 columns, rows sometimes missing. */
const randomGrid: fc.Arbitrary<SheetModel['rows']> = fc
  .array(fc.option(row(12), { nil: undefined, freq: 8 }), { maxLength: 40 })
  // Missing rows are holes, as the adapters leave them in a sparse sheet.
  .map((rows) => rows as SheetModel['rows']);

function headingRow(kind: TableKind): fc.Arbitrary<(Cell | null)[]> {
  const words = [...new Set([...Object.values(VOCABULARY[kind].fields).flatMap((f) => f!.patterns), ...VIETNAMESE_HEADINGS])];
  return fc
    .array(fc.option(vietnamese(words), { freq: 6 }), { minLength: 2, maxLength: 12 })
    .map((ws) => ws.map((w) => (w === null ? null : { v: w })));
}

const AWARD_NAMES = [...new Set(PRESETS.flatMap((p) => (p.awardForms ?? []).flatMap((f) => [f.name, ...f.aliases.slice(0, 2)])))];
const NAME_POOL = [...PEOPLE, ...UNITS];
const MARKS = ['x', 'X', 'Đạt', 'Không đạt', 'Có', 'Không', '', '✓', 'Hoàn thành', '-', 'đạt'];
const CATEGORY_WORDS = ['Xã', 'Huyện', 'Thôn', 'Phường', 'Sở', 'Thị trấn', 'Tổ', 'CĐCS', 'Khối xã', '?'];
const electionDay = fc.integer({ min: 18_700, max: 18_800 }).map((d) => new Date(d * 86_400_000)); // 2021-03 … 2021-06

/** A value fitting a column's heading (a small pool of names, so duplicates happen), by its key. */
function typedValue(heading: string): fc.Arbitrary<CellValue> {
  const k = headerKey(heading);
  const has = (...words: string[]) => words.some((w) => ` ${k} `.includes(` ${w} `));
  if (has('stt', 'tt', 'so tt')) return fc.integer({ min: 1, max: 40 });
  if (has('ty le', 'ti le'))
    return fc.oneof(fc.double({ min: 0.9, max: 1.01, noNaN: true }), fc.constantFrom('98,5%', '97%', '100%', '99.2'));
  if (has('hinh thuc', 'muc khen thuong', 'loai khen thuong')) return vietnamese(AWARD_NAMES);
  if (has('tap the ca nhan', 'doi tuong')) return fc.constantFrom('Tập thể', 'Cá nhân', 'TT', 'CN', 'tập thể');
  if (has('loai don vi', 'cap', 'khoi', 'phan loai', 'loai')) return vietnamese(CATEGORY_WORDS);
  if (has('bau lai', 'bau them')) return fc.constantFrom(...MARKS);
  if (has('ngay', 'thoi han', 'hoan thanh', 'ke hoach', 'du kien', 'ket thuc'))
    return fc.oneof(electionDay, fc.constantFrom('23/05/2021', '25/5/2021', '2021-05-30', '31/02/2021'));
  if (has('da bo phieu', 'di bau', 'da bau', 'bo phieu') && !has('so'))
    return fc.oneof(fc.constantFrom(...MARKS), fc.integer({ min: 0, max: 3000 }));
  if (has('so', 'tong so', 'cu tri', 'da bo phieu', 'di bau', 'bo phieu'))
    return fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom('1.234', '1,234', '-5'));
  if (has('thanh tich')) return fc.constantFrom('Hoàn thành xuất sắc nhiệm vụ', 'Có nhiều thành tích', '');
  if (has('ho va ten', 'ho ten', 'ten', 'don vi', 'tap the', 'co quan', 'dia phuong', 'xa phuong', 'noi cong tac', 'cong doan co so'))
    return vietnamese(NAME_POOL);
  return cellValue;
}

function dataRow(headings: (Cell | null)[]): fc.Arbitrary<(Cell | null | undefined)[]> {
  const cols = headings.map((h) =>
    fc.oneof(
      { arbitrary: typedValue(typeof h?.v === 'string' ? h.v : '').map((v): Cell => ({ v })), weight: 5 },
      { arbitrary: cell, weight: 1 },
    ),
  );
  return fc.tuple(...cols).map((r) => [...r]);
}

/** A sheet as offices lay it out: title rows, one or two heading rows, numbers row, data, totals, signature. */
const officeGrid: fc.Arbitrary<SheetModel['rows']> = fc
  .record({
    kind: fc.constantFrom(...TABLE_KINDS),
    titles: fc.array(
      fc.array(
        fc.option(
          fc.oneof(
            vietnamese(UNITS),
            fc.constantFrom('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Số: 12/BC-UBND'),
          ),
          { freq: 2 },
        ),
        { maxLength: 3 },
      ),
      { maxLength: 3 },
    ),
    sub: fc.option(fc.constant(true), { freq: 3 }),
    numbers: fc.boolean(),
    tail: fc.constantFrom<(Cell | null)[][]>(
      [],
      [[{ v: 'Tổng cộng' }, null, { v: 10 }]],
      [[null, { v: 'Người lập biểu' }]],
      [[{ v: 'Ghi chú: …' }]],
    ),
  })
  .chain((r) => fc.tuple(fc.constant(r), headingRow(r.kind), headingRow(r.kind)))
  .chain(([r, top, sub]) =>
    fc.tuple(
      fc.constant(r),
      fc.constant(top),
      fc.constant(sub),
      fc.array(fc.oneof({ arbitrary: dataRow(top), weight: 4 }, { arbitrary: row(12), weight: 1 }), { maxLength: 30 }),
    ),
  )
  .map(([r, top, sub, data]) => {
    const rows: SheetModel['rows'] = r.titles.map((t) => t.map((v) => (v === null ? null : { v })));
    rows.push(top);
    if (r.sub) rows.push(sub.map((c, i) => (i % 3 === 0 ? null : c)));
    if (r.numbers) rows.push(top.map((_, i) => ({ v: i + 1 })));
    rows.push(...data, ...r.tail);
    return rows;
  });

export const sheetName = fc.oneof(
  { arbitrary: fc.constantFrom(...SHEET_WORDS), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 31 }).filter(validSheetName), weight: 1 },
);

const mergedArea = fc
  .record({
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 16 }),
    h: fc.integer({ min: 1, max: 4 }),
    w: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h - 1, right: left + w - 1 }));

export const sheetModel = (name: string): fc.Arbitrary<SheetModel> =>
  fc
    .record({
      rows: fc.oneof({ arbitrary: officeGrid, weight: 3 }, { arbitrary: randomGrid, weight: 1 }),
      hidden: fc.boolean(),
      merged: fc.option(fc.array(mergedArea, { minLength: 1, maxLength: 3 }), { freq: 3 }),
    })
    .map(({ rows, hidden, merged }) => ({
      name,
      rows,
      ...(hidden ? { hidden: true } : {}),
      ...(merged ? { merged } : {}),
    }));

/** 1–3 sheets with names distinct the way Excel compares them (case-insensitive). */
export const workbookModel: fc.Arbitrary<WorkbookModel> = fc
  .uniqueArray(sheetName, { minLength: 1, maxLength: 3, selector: (s) => s.toLowerCase() })
  .chain((names) => fc.tuple(...names.map(sheetModel)))
  // Excel keeps at least one sheet visible.
  .map((sheets) => ({
    name: 'property.xlsx',
    sheets: sheets.every((s) => s.hidden) ? [{ ...sheets[0]!, hidden: undefined }, ...sheets.slice(1)] : sheets,
  }));

export const presetId = fc.constantFrom(...PRESETS.map((p) => p.id));
