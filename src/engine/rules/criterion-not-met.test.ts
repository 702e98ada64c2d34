import { describe, expect, it } from 'vitest';
import { d, found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const NOMINEE_HEADER = ['STT', 'Tên tập thể, cá nhân', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'];
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

/** Plan A nominee list: title row, header, data from row 3. */
function nominees(names: string[], proposer = 'UBND huyện Vũ Thư') {
  return sheet('Đề nghị khen thưởng', [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
    NOMINEE_HEADER,
    ...names.map((n, i) => [i + 1, n, proposer, BK, 'Có thành tích xuất sắc']),
  ]);
}

/** Plan A criteria sheet (codes as headings): title row, header, data from row 3. */
function criteria(rows: CellInput[][], header: string[] = ['STT', 'Đơn vị', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7']) {
  return sheet('Tiêu chí', [['BẢNG ĐÁNH GIÁ TIÊU CHÍ'], header, ...rows]);
}

const ALL = ['Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt'];

describe('CRITERION_NOT_MET', () => {
  const cases: {
    name: string;
    nominated: string[];
    rows: CellInput[][];
    expected: { sheet: string; rows: number[] }[];
    codes?: string[];
  }[] = [
    { name: 'all criteria met', nominated: ['Xã An Bình'], rows: [[1, 'Xã An Bình', ...ALL]], expected: [] },
    {
      name: 'one criterion marked Không đạt',
      nominated: ['Xã An Bình'],
      rows: [[1, 'Xã An Bình', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Không đạt', 'Đạt']],
      expected: [{ sheet: 'Tiêu chí', rows: [3] }],
      codes: ['L6'],
    },
    {
      name: 'several failed criteria: one finding each, on the criteria row',
      nominated: ['Xã An Bình'],
      rows: [[1, 'Xã An Bình', 'Không', 'Đạt', 'Đạt', 'Đạt', 'Không đạt', 'Đạt']],
      expected: [
        { sheet: 'Tiêu chí', rows: [3] },
        { sheet: 'Tiêu chí', rows: [3] },
      ],
      codes: ['L6', 'T1'],
    },
    {
      name: 'a criterion left blank is not met',
      nominated: ['Xã An Bình'],
      rows: [[1, 'Xã An Bình', 'x', 'x', 'x', '', 'x', 'x']],
      expected: [{ sheet: 'Tiêu chí', rows: [3] }],
      codes: ['L2'],
    },
    {
      name: 'an unreadable mark (?) counts as not met',
      nominated: ['Xã An Bình'],
      rows: [[1, 'Xã An Bình', 'Đạt', '?', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
      expected: [{ sheet: 'Tiêu chí', rows: [3] }],
      codes: ['T2'],
    },
    {
      name: 'a unit that is not nominated is not judged',
      nominated: ['Xã An Bình'],
      rows: [
        [1, 'Xã An Bình', ...ALL],
        [2, 'Xã Vũ Hội', 'Không đạt', 'Không đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt'],
      ],
      expected: [],
    },
    {
      name: 'the nominated unit on the fourth row',
      nominated: ['Xã Vũ Hội'],
      rows: [
        [1, 'Xã An Bình', 'Không đạt', ...ALL.slice(1)],
        [2, 'Xã Vũ Hội', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Không đạt'],
      ],
      expected: [{ sheet: 'Tiêu chí', rows: [4] }],
      codes: ['L7'],
    },
    {
      name: 'a nominated collective the criteria sheet does not list: one finding on its nominee row',
      nominated: ['Xã An Bình', 'Xã Vũ Hội'],
      rows: [[1, 'Xã An Bình', ...ALL]],
      expected: [{ sheet: 'Đề nghị khen thưởng', rows: [4] }],
    },
    {
      name: 'a provincial body needs only T1 and T2 (the level criteria are blank)',
      nominated: ['Sở Tư pháp'],
      rows: [[1, 'Sở Tư pháp', 'Đạt', 'Đạt', '', '', '', '']],
      expected: [],
    },
    {
      name: 'a provincial body failing T2',
      nominated: ['Sở Tư pháp'],
      rows: [[1, 'Sở Tư pháp', 'Đạt', 'Không đạt', '', '', '', '']],
      expected: [{ sheet: 'Tiêu chí', rows: [3] }],
      codes: ['T2'],
    },
    {
      name: 'names matched across NFD/NFC and a leading UBND',
      nominated: ['UBND xã Vũ Hội'],
      rows: [[1, 'Xã Vũ Hội'.normalize('NFD'), 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Không đạt', 'Đạt']],
      expected: [{ sheet: 'Tiêu chí', rows: [3] }],
      codes: ['L6'],
    },
  ];
  it.each(cases)('$name', ({ nominated, rows, expected, codes }) => {
    const r = run(workbook(nominees(nominated), criteria(rows)), 'thai-binh-32-2021');
    expect(found(r, 'CRITERION_NOT_MET')).toEqual(expected);
    if (codes)
      expect(
        r.findings
          .filter((f) => f.rule === 'CRITERION_NOT_MET')
          .map((f) => f.values.criterion)
          .sort(),
      ).toEqual(codes);
  });

  it('criteria headed by their labels instead of codes', () => {
    const header = [
      'STT',
      'Tên đơn vị',
      'Tuyên truyền',
      'Hoàn thành nhiệm vụ',
      'Ban bầu cử, Tổ bầu cử',
      'Ngày bầu cử, kiểm phiếu',
      'Kinh phí bầu cử',
      'An ninh, trật tự',
    ];
    const r = run(
      workbook(nominees(['Xã An Bình']), criteria([[1, 'Xã An Bình', 'Có', 'Có', 'Có', 'Có', 'Không', 'Có']], header)),
      'thai-binh-32-2021',
    );
    expect(r.findings.filter((f) => f.rule === 'CRITERION_NOT_MET').map((f) => [f.sheet, f.rows, f.values.criterion])).toEqual([
      ['Tiêu chí', [3], 'L6'],
    ]);
  });

  it('criteria as columns of the nominee list land on the nominee row', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
        [...NOMINEE_HEADER, 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'],
        [1, 'Xã An Bình', 'UBND huyện Vũ Thư', BK, 'Thành tích', ...ALL],
        [2, 'Xã Vũ Hội', 'UBND huyện Vũ Thư', BK, 'Thành tích', 'x', 'x', 'x', 'x', 'x', ''],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021');
    expect(r.findings.filter((f) => f.rule === 'CRITERION_NOT_MET').map((f) => [f.sheet, f.rows, f.values.criterion])).toEqual([
      ['Đề nghị khen thưởng', [4], 'L7'],
    ]);
  });

  it('without a criteria sheet the criteria are not checked (and the result says so)', () => {
    const r = run(workbook(nominees(['Xã An Bình'])), 'thai-binh-32-2021');
    expect(found(r, 'CRITERION_NOT_MET')).toEqual([]);
    expect(r.criteriaChecked).toBe(false);
    expect(r.notices.map((n) => n.code)).toContain('no_criteria_sheet');
  });

  it('an unreadable mark says so in the message', () => {
    const r = run(
      workbook(nominees(['Xã An Bình']), criteria([[1, 'Xã An Bình', 'Đạt', '?', 'Đạt', 'Đạt', 'Đạt', 'Đạt']])),
      'thai-binh-32-2021',
    );
    const f = r.findings.find((x) => x.rule === 'CRITERION_NOT_MET')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('?');
  });

  it('plan B: an individual failing a criterion of the sheet that lists people', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Nguyễn Thị Hòa', '12/03/1980', 'Giáo viên', 'CĐCS Trường THPT Văn Giang', 'Giấy khen của Công đoàn Ngành', 'Thành tích'],
        [2, 'Trần Văn Bình', '01/01/1975', 'Hiệu trưởng', 'CĐCS Trường THPT Văn Giang', 'Giấy khen của Công đoàn Ngành', 'Thành tích'],
      ]),
      sheet('Đánh giá', [
        ['STT', 'Họ và tên', 'a)', 'b)'],
        [1, 'Nguyễn Thị Hoà', 'x', ''],
        [2, 'Trần Văn Bình', 'x', 'x'],
        [3, 'Lê Văn Cường', '', ''],
      ]),
    );
    const r = run(model, 'hung-yen-cdn-gd-2021');
    expect(r.findings.filter((f) => f.rule === 'CRITERION_NOT_MET').map((f) => [f.sheet, f.rows, f.values.criterion])).toEqual([
      ['Đánh giá', [2], 'b'],
    ]);
  });
});

describe('CRITERION_NOT_MET with report dates', () => {
  it('a column of report dates means met; a stray date among Đạt marks is unreadable', () => {
    const model = workbook(
      sheet('Tiêu chí', [
        ['Đơn vị', 'T1', 'T2'],
        ['Xã A', 'Đạt', d(20, 5, 2021)],
        ['Xã B', d(1, 6, 2021), d(21, 5, 2021)],
        ['Xã C', 'Đạt', '22/05/2021'],
      ]),
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Tên tập thể', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Xã A', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [2, 'Xã B', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
        [3, 'Xã C', 'Bằng khen của Chủ tịch UBND tỉnh', 'Tốt'],
      ]),
    );
    const p = plan('thai-binh-32-2021', (x) => {
      x.criteria.collective = x.criteria.collective.filter((c) => c.code === 'T1' || c.code === 'T2');
    });
    // T2 holds dates on every row: met. T1 is a Đạt column: Xã B's date there is stray.
    expect(found(run(model, p), 'CRITERION_NOT_MET')).toEqual([{ sheet: 'Tiêu chí', rows: [3] }]);
  });
});
