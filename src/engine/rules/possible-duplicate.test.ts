import { describe, expect, it } from 'vitest';
import { run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị công tác', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];

type Row = [name: string, birth?: CellInput, workplace?: string];

function list(name: string, rows: Row[], proposer = 'UBND huyện Vũ Thư') {
  return sheet(name, [HEADER, ...rows.map(([n, b, w], i): CellInput[] => [i + 1, n, b ?? '', w ?? '', proposer, BK, 'Thành tích'])]);
}

function possible(r: ReturnType<typeof run>) {
  return r.findings.filter((f) => f.rule === 'POSSIBLE_DUPLICATE').map((f) => ({ sheet: f.sheet, rows: f.rows, others: f.values.others }));
}

describe('POSSIBLE_DUPLICATE', () => {
  const cases: { name: string; rows: Row[]; expected: number[][] }[] = [
    {
      name: 'An and Ân with the same birth date',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Trần Thị Bình', '03/04/1980'],
        ['Nguyễn Văn Ân', '01/02/1970'],
      ],
      expected: [[2, 4]],
    },
    {
      name: 'An and Ân with different birth dates',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn Ân', '02/02/1970'],
      ],
      expected: [],
    },
    {
      name: 'the same spelling is an exact duplicate, not a possible one',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn An', '01/02/1970'],
      ],
      expected: [],
    },
    {
      name: 'Hòa / Hoà tone placement is the same spelling',
      rows: [
        ['Phạm Thị Hòa', '10/10/1985'],
        ['Phạm Thị Hoà', '10/10/1985'],
      ],
      expected: [],
    },
    {
      name: 'Đ typed as D (no diacritics at all)',
      rows: [
        ['Đặng Văn Hùng', '05/05/1965'],
        ['Dang Van Hung', '05/05/1965'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'NFD input against NFC with another vowel mark',
      rows: [
        ['Lê Thị Hương'.normalize('NFD'), '09/09/1990'],
        ['Lê Thị Hường', '09/09/1990'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'names that differ in letters are unrelated',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn Anh', '01/02/1970'],
      ],
      expected: [],
    },
    {
      name: 'no birth dates: same unit',
      rows: [
        ['Nguyễn Văn An', '', 'Xã An Bình'],
        ['Nguyễn Văn Ân', '', 'Xã An Bình'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'no birth dates: different units',
      rows: [
        ['Nguyễn Văn An', '', 'Xã An Bình'],
        ['Nguyễn Văn Ân', '', 'Xã Vũ Hội'],
      ],
      expected: [],
    },
    { name: 'collectives differing only in diacritics', rows: [['Xã An Bình'], ['Xã Ân Bình']], expected: [[2, 3]] },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const f = possible(run(workbook(list('Đề nghị khen thưởng', rows)), 'thai-binh-32-2021'));
    expect(f.map((x) => x.rows)).toEqual(expected);
  });

  it('is a warning naming both spellings', () => {
    const r = run(
      workbook(
        list('Đề nghị khen thưởng', [
          ['Nguyễn Văn An', '01/02/1970'],
          ['Nguyễn Văn Ân', '01/02/1970'],
        ]),
      ),
      'thai-binh-32-2021',
    );
    const f = r.findings.filter((x) => x.rule === 'POSSIBLE_DUPLICATE');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.values.names).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Ân']);
    expect(r.findings.filter((x) => x.rule === 'DUPLICATE_NOMINEE')).toEqual([]);
  });

  it('across sheets: one finding per sheet with the other places', () => {
    const model = workbook(
      list('DS sở ngành', [['Nguyễn Văn An', '01/02/1970']], 'Sở Tư pháp'),
      list('DS huyện', [
        ['Lê Văn Cường', '07/07/1977'],
        ['Nguyễn Văn Ân', '01/02/1970'],
      ]),
    );
    expect(possible(run(model, 'thai-binh-32-2021'))).toEqual([
      { sheet: 'DS huyện', rows: [3], others: ["'DS sở ngành'!2"] },
      { sheet: 'DS sở ngành', rows: [2], others: ["'DS huyện'!3"] },
    ]);
  });
});
