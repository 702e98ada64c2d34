import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị công tác', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];

type Row = [name: string, birth?: CellInput, workplace?: string, proposer?: string];

/** A nominee list: header on row 1, data from row 2. */
function list(name: string, rows: Row[], proposer = 'UBND huyện Vũ Thư') {
  return sheet(name, [
    HEADER,
    ...rows.map(([n, b, w, p], i): CellInput[] => [i + 1, n, b ?? '', w ?? '', p ?? proposer, BK, 'Thành tích']),
  ]);
}

function dups(r: ReturnType<typeof run>) {
  return r.findings.filter((f) => f.rule === 'DUPLICATE_NOMINEE').map((f) => ({ sheet: f.sheet, rows: f.rows, others: f.values.others }));
}

describe('DUPLICATE_NOMINEE', () => {
  const cases: { name: string; rows: Row[]; expected: number[][] }[] = [
    {
      name: 'same name and birth date twice',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Trần Thị Bình', '03/04/1980'],
        ['Nguyễn Văn An', '01/02/1970'],
      ],
      expected: [[2, 4]],
    },
    {
      name: 'birth date as text and as a date are the same',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn An', new Date(Date.UTC(1970, 1, 1))],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'same name, different birth dates: two people',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn An', '05/06/1990'],
      ],
      expected: [],
    },
    {
      name: 'Hòa and Hoà (tone placement) are the same spelling',
      rows: [
        ['Phạm Thị Hòa', '10/10/1985'],
        ['Phạm Thị Hoà', '10/10/1985'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'Thủy and Thuỷ are the same spelling',
      rows: [
        ['Đỗ Thị Thủy', '10/10/1985'],
        ['Đỗ Thị Thuỷ', '10/10/1985'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'NFD and NFC are the same name',
      rows: [
        ['Nguyễn Văn An'.normalize('NFD'), '01/02/1970'],
        ['Nguyễn Văn An', '01/02/1970'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'case and doubled spaces do not matter',
      rows: [
        ['NGUYỄN  VĂN AN', '01/02/1970'],
        ['Nguyễn Văn An ', '01/02/1970'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'An and Ân are different people (diacritics kept)',
      rows: [
        ['Nguyễn Văn An', '01/02/1970'],
        ['Nguyễn Văn Ân', '01/02/1970'],
      ],
      expected: [],
    },
    {
      name: 'no birth dates: same name and same unit',
      rows: [
        ['Nguyễn Văn An', '', 'UBND xã An Bình'],
        ['Nguyễn Văn An', '', 'UBND xã An Bình'],
      ],
      expected: [[2, 3]],
    },
    {
      name: 'no birth dates: same name, different units',
      rows: [
        ['Nguyễn Văn An', '', 'UBND xã An Bình'],
        ['Nguyễn Văn An', '', 'UBND xã Vũ Hội'],
      ],
      expected: [],
    },
    {
      name: 'a birth date on one side only: not the same',
      rows: [
        ['Nguyễn Văn An', '01/02/1970', 'UBND xã An Bình'],
        ['Nguyễn Văn An', '', 'UBND xã An Bình'],
      ],
      expected: [],
    },
    {
      name: 'three rows: one finding with all three',
      rows: [
        ['Lê Văn Cường', '07/07/1977'],
        ['Lê Văn Cường', '07/07/1977'],
        ['Lê Văn Cường', '07/07/1977'],
      ],
      expected: [[2, 3, 4]],
    },
    {
      name: 'the same person proposed by two units in one list',
      rows: [
        ['Nguyễn Văn An', '01/02/1970', '', 'Sở Tư pháp'],
        ['Nguyễn Văn An', '01/02/1970', '', 'UBND huyện Vũ Thư'],
      ],
      expected: [[2, 3]],
    },
    { name: 'a collective listed twice, with and without UBND', rows: [['Xã An Bình'], ['UBND xã An Bình']], expected: [[2, 3]] },
    { name: 'different collectives', rows: [['Xã An Bình'], ['Xã Vũ Hội']], expected: [] },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const r = run(workbook(list('Đề nghị khen thưởng', rows)), 'thai-binh-32-2021');
    const f = dups(r);
    expect(f.map((x) => x.rows)).toEqual(expected);
    expect(f.every((x) => x.sheet === 'Đề nghị khen thưởng')).toBe(true);
  });

  it('across sheets: one finding per sheet, the other places in values.others', () => {
    const model = workbook(
      list(
        'DS sở ngành',
        [
          ['Trần Thị Bình', '03/04/1980'],
          ['Nguyễn Văn An', '01/02/1970'],
        ],
        'Sở Tư pháp',
      ),
      list('DS huyện', [
        ['Lê Văn Cường', '07/07/1977'],
        ['Phạm Văn Dũng', '08/08/1988'],
        ['Nguyễn Văn An', '01/02/1970'],
      ]),
    );
    expect(dups(run(model, 'thai-binh-32-2021'))).toEqual([
      { sheet: 'DS huyện', rows: [4], others: ["'DS sở ngành'!3"] },
      { sheet: 'DS sở ngành', rows: [3], others: ["'DS huyện'!4"] },
    ]);
  });

  it("plan A: the office's list against a district's", () => {
    const model = workbook(
      list('DS VP UBBC', [['Nguyễn Văn An', '01/02/1970']], 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)'),
      list('DS huyện', [['Nguyễn Văn An', '01/02/1970']]),
    );
    const f = run(model, 'thai-binh-32-2021').findings.filter((x) => x.rule === 'DUPLICATE_NOMINEE');
    expect(f.map((x) => [x.sheet, x.rows, x.severity])).toEqual([
      ['DS VP UBBC', [2], 'error'],
      ['DS huyện', [2], 'error'],
    ]);
  });

  it('an exact duplicate is not also a possible duplicate', () => {
    const r = run(
      workbook(
        list('Đề nghị khen thưởng', [
          ['Phạm Thị Hòa', '10/10/1985'],
          ['Phạm Thị Hoà'.normalize('NFD'), '10/10/1985'],
        ]),
      ),
      'thai-binh-32-2021',
    );
    expect(dups(r)).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === 'POSSIBLE_DUPLICATE')).toEqual([]);
  });
});

describe('DUPLICATE_NOMINEE: collectives keep their diacritics', () => {
  it('Xã An Bình and Xã Ân Bình are not the same collective', () => {
    const r = run(workbook(list('Đề nghị khen thưởng', [['Xã An Bình'], ['Xã Ân Bình']])), 'thai-binh-32-2021');
    expect(dups(r)).toEqual([]);
  });

  it('a collective typed in NFD is the same collective', () => {
    const r = run(workbook(list('Đề nghị khen thưởng', [['Xã Vũ Hội'.normalize('NFD')], ['UBND Xã Vũ Hội']])), 'thai-binh-32-2021');
    expect(dups(r).map((x) => x.rows)).toEqual([[2, 3]]);
  });
});

describe('DUPLICATE_NOMINEE with honorifics', () => {
  it('Ông Nguyễn Văn Hải and Nguyễn Văn Hải of the same unit are one person', () => {
    const model = workbook(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Ông Nguyễn Văn Hải', 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [2, 'Nguyễn Văn Hải', 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [3, 'Bà Trần Thị Lan', 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
      ]),
    );
    expect(found(run(model, 'thai-binh-32-2021'), 'DUPLICATE_NOMINEE')).toEqual([{ sheet: 'DS', rows: [2, 3] }]);
  });
});

describe('DUPLICATE_NOMINEE with years of birth and Nam/Nữ columns', () => {
  it('reads the year of birth from whichever of Nam / Nữ is filled', () => {
    const model = workbook(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [null, null, 'Nam', 'Nữ', null, null, null],
        [1, 'Trần Thị Lan', null, 1980, 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [2, 'Trần Thị Lan', null, 1985, 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [3, 'Lê Văn Hùng', 1975, null, 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [4, 'Lê Văn Hùng', '1975', null, 'UBND huyện Kiến Xương', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021');
    expect(r.context.nominees.map((n) => n.birth)).toEqual(['1980', '1985', '1975', '1975']);
    // Two women named Trần Thị Lan born 1980 and 1985 are two people; Lê Văn Hùng 1975 is one.
    expect(found(r, 'DUPLICATE_NOMINEE')).toEqual([{ sheet: 'DS', rows: [5, 6] }]);
  });
});

describe('a Năm sinh / Nam | Nữ header as readers give merged cells', () => {
  it('the merged cells repeat their value; the lower row is still header, not a nominee', () => {
    const model = workbook(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Trần Thị Lan', null, 1980, 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [2, 'Lê Văn Hùng', 1975, null, 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021');
    expect(r.tables[0]!.headerRows).toEqual([1, 2]);
    expect(r.context.nominees.map((n) => [n.row, n.name, n.birth])).toEqual([
      [3, 'Trần Thị Lan', '1980'],
      [4, 'Lê Văn Hùng', '1975'],
    ]);
    expect(found(r, 'MISSING_FIELD')).toEqual([]);
  });
});
