import { describe, expect, it } from 'vitest';
import { run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];

/** A nominee list with a title row: data from row 3. */
function list(rows: CellInput[][], header: CellInput[] = HEADER) {
  return workbook(sheet('Đề nghị khen thưởng', [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'], header, ...rows]));
}

function missing(r: ReturnType<typeof run>) {
  return r.findings.filter((f) => f.rule === 'MISSING_FIELD').map((f) => ({ sheet: f.sheet, rows: f.rows, fields: f.values.fields }));
}

const S = 'Đề nghị khen thưởng';

describe('MISSING_FIELD', () => {
  const cases: { name: string; rows: CellInput[][]; expected: { rows: number[]; fields: string[] }[] }[] = [
    { name: 'a complete row', rows: [[1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', BK, 'Thành tích']], expected: [] },
    { name: 'no name', rows: [[1, '', '01/02/1970', 'UBND huyện Vũ Thư', BK, 'Thành tích']], expected: [{ rows: [3], fields: ['name'] }] },
    {
      name: 'no proposing unit',
      rows: [[1, 'Nguyễn Văn An', '01/02/1970', '', BK, 'Thành tích']],
      expected: [{ rows: [3], fields: ['unit'] }],
    },
    {
      name: 'no award form',
      rows: [[1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', '', 'Thành tích']],
      expected: [{ rows: [3], fields: ['awardForm'] }],
    },
    {
      name: 'no achievement summary',
      rows: [[1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', BK, null]],
      expected: [{ rows: [3], fields: ['achievement'] }],
    },
    {
      name: 'several fields missing: one finding naming all of them',
      rows: [[1, 'Nguyễn Văn An', '01/02/1970', '', '', '']],
      expected: [{ rows: [3], fields: ['unit', 'awardForm', 'achievement'] }],
    },
    {
      name: 'a cell of spaces only is missing',
      rows: [[1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', '   ', 'Thành tích']],
      expected: [{ rows: [3], fields: ['awardForm'] }],
    },
    { name: 'a birth date is not a required field', rows: [[1, 'Nguyễn Văn An', '', 'UBND huyện Vũ Thư', BK, 'Thành tích']], expected: [] },
    {
      name: 'each incomplete row gets its own finding',
      rows: [
        [1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', BK, ''],
        [2, 'Trần Thị Bình', '03/04/1980', 'UBND huyện Vũ Thư', BK, 'Thành tích'],
        [3, 'Lê Văn Cường', '05/06/1975', 'UBND huyện Vũ Thư', '', 'Thành tích'],
      ],
      expected: [
        { rows: [3], fields: ['achievement'] },
        { rows: [5], fields: ['awardForm'] },
      ],
    },
    {
      name: 'section headings, blank rows, a row of STT only and a totals row are not nominee rows',
      rows: [
        ['I', 'TẬP THỂ'],
        [1, 'Xã An Bình', '', 'UBND huyện Vũ Thư', BK, 'Thành tích'],
        [],
        [2],
        ['II', 'CÁ NHÂN'],
        [1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', BK, 'Thành tích'],
        ['', 'Tổng cộng: 2'],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(missing(run(list(rows), 'thai-binh-32-2021'))).toEqual(expected.map((e) => ({ sheet: S, ...e })));
  });

  it('a column the list lacks entirely is a notice, not a finding on every row', () => {
    const r = run(
      list(
        [
          [1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', BK],
          [2, 'Trần Thị Bình', '03/04/1980', 'UBND huyện Vũ Thư', BK],
        ],
        ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng'],
      ),
      'thai-binh-32-2021',
    );
    expect(missing(r)).toEqual([]);
    expect(r.notices.filter((n) => n.code === 'field_missing').map((n) => n.sheet)).toEqual([S]);
  });

  it('a list without a proposing-unit column takes the workbook unit', () => {
    const r = run(
      list(
        [[1, 'Nguyễn Văn An', '01/02/1970', BK, 'Thành tích']],
        ['STT', 'Họ và tên', 'Ngày sinh', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      ),
      'thai-binh-32-2021',
      {
        unit: 'UBND huyện Vũ Thư',
      },
    );
    expect(missing(r)).toEqual([]);
  });

  it('is an error naming the fields in its message', () => {
    const f = run(list([[1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', '', '']]), 'thai-binh-32-2021').findings.filter(
      (x) => x.rule === 'MISSING_FIELD',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message.toLowerCase()).toContain('hình thức');
    expect(f[0]!.message.toLowerCase()).toContain('thành tích');
  });
});
