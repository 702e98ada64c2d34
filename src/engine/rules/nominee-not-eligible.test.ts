import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

/** Plan A nominee list: title row, header, data from row 3. */
function nominees(names: string[]) {
  return sheet('Đề nghị khen thưởng', [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
    ['STT', 'Tên tập thể, cá nhân', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
    ...names.map((n, i) => [i + 1, n, 'UBND huyện Vũ Thư', BK, 'Có thành tích xuất sắc']),
  ]);
}

/** Turnout sheet: unit, registered, voted, re-election, additional, completion date (from row 3). */
function turnout(rows: CellInput[][]) {
  return sheet('Tỷ lệ cử tri', [
    ['KẾT QUẢ BẦU CỬ'],
    ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Bầu lại', 'Bầu thêm', 'Ngày hoàn thành'],
    ...rows,
  ]);
}

const OK_ROW = (name: string): CellInput[] => [name, 1000, 990, '', '', '23/05/2021'];

describe('NOMINEE_NOT_ELIGIBLE', () => {
  const cases: { name: string; nominated: string[]; rows: CellInput[][]; expected: number[][]; standards?: string[] }[] = [
    { name: 'a nominated commune meeting every standard', nominated: ['Xã An Bình'], rows: [OK_ROW('Xã An Bình')], expected: [] },
    {
      name: 'a nominated commune below 98% turnout',
      nominated: ['Xã An Bình'],
      rows: [['Xã An Bình', 1000, 974, '', '', '23/05/2021']],
      expected: [[3]],
      standards: ['L3'],
    },
    {
      name: 'exactly 98,0% is eligible',
      nominated: ['Xã An Bình'],
      rows: [['Xã An Bình', 6850, 6713, '', '', '23/05/2021']],
      expected: [],
    },
    {
      name: 'a nominated commune that held a re-election',
      nominated: ['Xã An Bình'],
      rows: [['Xã An Bình', 1000, 990, 'x', '', '23/05/2021']],
      expected: [[3]],
      standards: ['L4'],
    },
    {
      name: 'a nominated village that held an additional election',
      nominated: ['Thôn Đông'],
      rows: [['Thôn Đông', 300, 299, '', 'Có', '23/05/2021']],
      expected: [[3]],
      standards: ['L4'],
    },
    {
      name: 'a nominated commune that finished late',
      nominated: ['Xã An Bình'],
      rows: [['Xã An Bình', 1000, 990, '', '', '25/05/2021']],
      expected: [[3]],
      standards: ['L5'],
    },
    {
      name: 'three failed standards: three findings on the nominee row',
      nominated: ['Xã An Bình'],
      rows: [['Xã An Bình', 1000, 900, 'x', 'x', '30/05/2021']],
      expected: [[3], [3], [3]],
      standards: ['L3', 'L4', 'L5'],
    },
    {
      name: 'a unit that is not nominated is not judged here',
      nominated: ['Xã An Bình'],
      rows: [OK_ROW('Xã An Bình'), ['Xã Vũ Hội', 1000, 900, 'x', '', '30/05/2021']],
      expected: [],
    },
    {
      name: 'the second nominee lands on its own row',
      nominated: ['Xã An Bình', 'Xã Vũ Hội'],
      rows: [OK_ROW('Xã An Bình'), ['Xã Vũ Hội', 1000, 900, '', '', '23/05/2021']],
      expected: [[4]],
      standards: ['L3'],
    },
    {
      name: 'a nominee named with a leading UBND matches the turnout row',
      nominated: ['UBND xã Vũ Hội'],
      rows: [['Xã Vũ Hội', 1000, 900, '', '', '23/05/2021']],
      expected: [[3]],
      standards: ['L3'],
    },
    {
      name: 'a nominee typed in NFD matches the turnout row',
      nominated: ['Xã Vũ Hội'.normalize('NFD')],
      rows: [['Xã Vũ Hội', 1000, 900, '', '', '23/05/2021']],
      expected: [[3]],
      standards: ['L3'],
    },
    {
      name: 'a provincial body has no turnout standard',
      nominated: ['Sở Tư pháp'],
      rows: [['Sở Tư pháp', 100, 50, '', '', '23/05/2021']],
      expected: [],
    },
    {
      name: 'a nominee without turnout data is not judged on turnout',
      nominated: ['Xã An Bình'],
      rows: [OK_ROW('Xã Vũ Hội')],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ nominated, rows, expected, standards }) => {
    const r = run(workbook(nominees(nominated), turnout(rows)), 'thai-binh-32-2021');
    const f = found(r, 'NOMINEE_NOT_ELIGIBLE');
    expect(f.map((x) => x.rows)).toEqual(expected);
    expect(f.every((x) => x.sheet === 'Đề nghị khen thưởng')).toBe(true);
    if (standards)
      expect(
        r.findings
          .filter((x) => x.rule === 'NOMINEE_NOT_ELIGIBLE')
          .map((x) => x.values.standard)
          .sort(),
      ).toEqual(standards);
  });

  it('a failed criterion of the criteria sheet: also on the nominee row, one per criterion', () => {
    const model = workbook(
      nominees(['Xã An Bình']),
      turnout([OK_ROW('Xã An Bình')]),
      sheet('Tiêu chí', [
        ['Đơn vị', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'],
        ['Xã An Bình', 'Đạt', 'Đạt', 'Không đạt', 'Đạt', 'Không đạt', 'Đạt'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021');
    expect(r.findings.filter((x) => x.rule === 'NOMINEE_NOT_ELIGIBLE').map((x) => [x.sheet, x.rows, x.values.standard])).toEqual([
      ['Đề nghị khen thưởng', [3], 'L1'],
      ['Đề nghị khen thưởng', [3], 'L6'],
    ]);
    expect(found(r, 'CRITERION_NOT_MET')).toEqual([
      { sheet: 'Tiêu chí', rows: [2] },
      { sheet: 'Tiêu chí', rows: [2] },
    ]);
  });

  it('criteria that are columns of the nominee list are CRITERION_NOT_MET only', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'],
        [1, 'Xã An Bình', 'UBND huyện Vũ Thư', BK, 'Thành tích', 'x', 'x', 'x', 'x', '', 'x'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021');
    expect(found(r, 'NOMINEE_NOT_ELIGIBLE')).toEqual([]);
    expect(found(r, 'CRITERION_NOT_MET')).toEqual([{ sheet: 'Đề nghị khen thưởng', rows: [2] }]);
  });

  it('individuals are not judged on their unit', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Nguyễn Văn An', '01/02/1970', 'Chủ tịch UBND xã An Bình', 'UBND huyện Vũ Thư', BK, 'Thành tích'],
      ]),
      turnout([['Xã An Bình', 1000, 900, 'x', '', '30/05/2021']]),
    );
    expect(found(run(model, 'thai-binh-32-2021'), 'NOMINEE_NOT_ELIGIBLE')).toEqual([]);
  });

  it('is an error naming the nominated unit', () => {
    const r = run(workbook(nominees(['Xã An Bình']), turnout([['Xã An Bình', 1000, 974, '', '', '23/05/2021']])), 'thai-binh-32-2021');
    const f = r.findings.filter((x) => x.rule === 'NOMINEE_NOT_ELIGIBLE');
    expect(f.map((x) => [x.severity, x.unit])).toEqual([['error', 'Xã An Bình']]);
    expect(f[0]!.values).toMatchObject({ rate: 0.974, min: 0.98 });
  });

  it('plan B: turnout from the member list (standard d)', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Tên tập thể, cá nhân', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'CĐCS Trường THPT Văn Giang', 'Công đoàn Ngành Giáo dục Hưng Yên', 'Bằng khen của LĐLĐ tỉnh', 'Thành tích'],
        [2, 'CĐCS Trường THCS Phố Nối', 'Công đoàn Ngành Giáo dục Hưng Yên', 'Bằng khen của LĐLĐ tỉnh', 'Thành tích'],
      ]),
      sheet('Đoàn viên', [
        ['Họ và tên', 'Đơn vị', 'Đã bỏ phiếu'],
        ...Array.from({ length: 20 }, (_, i) => [`Người A${i}`, 'CĐCS Trường THPT Văn Giang', i < 18 ? 'x' : '']),
        ...Array.from({ length: 20 }, (_, i) => [`Người B${i}`, 'CĐCS Trường THCS Phố Nối', i < 19 ? 'x' : '']),
      ]),
    );
    const r = run(model, 'hung-yen-cdn-gd-2021');
    expect(r.findings.filter((x) => x.rule === 'NOMINEE_NOT_ELIGIBLE').map((x) => [x.sheet, x.rows, x.values.standard])).toEqual([
      ['Đề nghị khen thưởng', [2], 'd'],
    ]);
  });
});
