import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const GK = 'Giấy khen của Chủ tịch UBND huyện';
const HEADER = ['STT', 'Tên tập thể, cá nhân', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];

type Row = { name: string; birth?: string; unit?: string; form?: string };

/** A nominee list with a title row: data from row 3. */
function list(rows: Row[], name = 'Đề nghị khen thưởng', defaultUnit = 'UBND huyện Vũ Thư') {
  return sheet(name, [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
    HEADER,
    ...rows.map((r, i): CellInput[] => [i + 1, r.name, r.birth ?? '', r.unit ?? defaultUnit, r.form ?? BK, 'Có thành tích xuất sắc']),
  ]);
}

const communes = (n: number, extra: Partial<Row> = {}): Row[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Xã Số ${i + 1}`, ...extra }));
const people = (n: number, extra: Partial<Row> = {}): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `Nguyễn Văn Người${String.fromCharCode(65 + i)}`,
    birth: `0${(i % 9) + 1}/01/1980`,
    ...extra,
  }));
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('QUOTA_EXCEEDED', () => {
  const cases: { name: string; rows: Row[]; expected: { rows: number[]; kind: string; proposed: number; limit: number }[] }[] = [
    { name: 'a district with 5 collectives is within quota', rows: communes(5), expected: [] },
    {
      name: 'a district with 6 collectives: one finding listing all 6 rows',
      rows: communes(6),
      expected: [{ rows: range(3, 6), kind: 'collective', proposed: 6, limit: 5 }],
    },
    { name: 'a district with 8 individuals is within quota', rows: people(8), expected: [] },
    {
      name: 'a district with 9 individuals',
      rows: people(9),
      expected: [{ rows: range(3, 9), kind: 'individual', proposed: 9, limit: 8 }],
    },
    {
      name: 'both quotas exceeded: one finding per quota',
      rows: [...communes(6), ...people(9)],
      expected: [
        { rows: range(3, 6), kind: 'collective', proposed: 6, limit: 5 },
        { rows: range(9, 9), kind: 'individual', proposed: 9, limit: 8 },
      ],
    },
    {
      name: 'Giấy khen rows are outside the quota',
      rows: [...communes(5), ...communes(3, { form: GK }).map((r, i) => ({ ...r, name: `Thôn Số ${i}` }))],
      expected: [],
    },
    {
      name: 'Giấy khen rows are not listed among the counted rows',
      rows: [{ name: 'Thôn Đông', form: GK }, ...communes(6)],
      expected: [{ rows: range(4, 6), kind: 'collective', proposed: 6, limit: 5 }],
    },
    {
      name: 'a person listed twice by the same unit counts once',
      rows: [...people(8), { name: 'Nguyễn Văn NgườiA', birth: '01/01/1980' }],
      expected: [],
    },
    {
      name: 'a person listed twice counts once but both rows are listed',
      rows: [...people(9), { name: 'Nguyễn Văn NgườiA', birth: '01/01/1980' }],
      expected: [{ rows: range(3, 10), kind: 'individual', proposed: 9, limit: 8 }],
    },
    {
      name: 'rows with other findings still count (no form, no achievement)',
      rows: [...communes(5), { name: 'Xã Thiếu Hồ Sơ', form: '' }],
      expected: [{ rows: range(3, 6), kind: 'collective', proposed: 6, limit: 5 }],
    },
    {
      name: 'a department: 2 combined is within quota',
      rows: [
        { name: 'Phòng Tổ chức', unit: 'Sở Tư pháp' },
        { name: 'Lê Thị Hoa', birth: '02/03/1985', unit: 'Sở Tư pháp' },
      ],
      expected: [],
    },
    {
      name: 'a department: 3 combined (collectives and individuals together)',
      rows: [
        { name: 'Phòng Tổ chức', unit: 'Sở Tư pháp' },
        { name: 'Lê Thị Hoa', birth: '02/03/1985', unit: 'Sở Tư pháp' },
        { name: 'Trần Văn Nam', birth: '04/05/1979', unit: 'Sở Tư pháp' },
      ],
      expected: [{ rows: [3, 4, 5], kind: 'combined', proposed: 3, limit: 2 }],
    },
    {
      name: 'units are counted separately',
      rows: [...communes(5), ...communes(5).map((r) => ({ ...r, name: r.name.replace('Xã', 'Phường'), unit: 'UBND thành phố Thái Bình' }))],
      expected: [],
    },
    {
      name: 'the election office: 21 collectives',
      rows: Array.from({ length: 21 }, (_, i) => ({ name: `Tổ bầu cử số ${i + 1}`, unit: 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)' })),
      expected: [{ rows: range(3, 21), kind: 'collective', proposed: 21, limit: 20 }],
    },
    {
      name: 'the election office: 20 collectives (more than a district may) is within quota',
      rows: Array.from({ length: 20 }, (_, i) => ({ name: `Tổ bầu cử số ${i + 1}`, unit: 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)' })),
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const r = run(workbook(list(rows)), 'thai-binh-32-2021');
    const f = r.findings.filter((x) => x.rule === 'QUOTA_EXCEEDED');
    expect(f.map((x) => ({ rows: x.rows, kind: x.values.kind, proposed: x.values.proposed, limit: x.values.limit }))).toEqual(expected);
    expect(f.every((x) => x.sheet === 'Đề nghị khen thưởng' && x.severity === 'error')).toBe(true);
  });

  it('names the proposing unit', () => {
    const r = run(workbook(list(communes(6))), 'thai-binh-32-2021');
    expect(found(r, 'QUOTA_EXCEEDED', true)).toEqual([{ sheet: 'Đề nghị khen thưởng', rows: range(3, 6), unit: 'UBND huyện Vũ Thư' }]);
  });

  it('a proposing unit typed in NFD is the same unit', () => {
    const rows = [
      ...communes(3),
      ...communes(3, { unit: 'UBND huyện Vũ Thư'.normalize('NFD') }).map((r) => ({ ...r, name: r.name + 'A' })),
    ];
    const r = run(workbook(list(rows)), 'thai-binh-32-2021');
    expect(r.findings.filter((x) => x.rule === 'QUOTA_EXCEEDED').map((x) => x.values.proposed)).toEqual([6]);
  });

  it('a list without a proposing-unit column counts for the workbook unit (--unit)', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['UBND HUYỆN VŨ THƯ'],
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
        ['STT', 'Tên tập thể', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        ...communes(6).map((c, i) => [i + 1, c.name, BK, 'Thành tích']),
      ]),
    );
    const r = run(model, 'thai-binh-32-2021', { unit: 'UBND huyện Vũ Thư' });
    expect(found(r, 'QUOTA_EXCEEDED', true)).toEqual([{ sheet: 'Đề nghị khen thưởng', rows: range(4, 6), unit: 'UBND huyện Vũ Thư' }]);
  });

  it('a person with a birth date is an individual even when the surname reads like a unit word (Tô)', () => {
    const rows = [...communes(5), { name: 'Tô Văn Hùng', birth: '12/12/1975' }];
    const r = run(workbook(list(rows)), 'thai-binh-32-2021');
    expect(found(r, 'QUOTA_EXCEEDED')).toEqual([]);
  });

  it('plans without quotas never fire', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      name: `CĐCS Trường Số ${i}`,
      unit: 'Công đoàn Ngành Giáo dục Hưng Yên',
      form: 'Bằng khen của LĐLĐ tỉnh',
    }));
    expect(found(run(workbook(list(rows)), 'hung-yen-cdn-gd-2021'), 'QUOTA_EXCEEDED')).toEqual([]);
  });
});
