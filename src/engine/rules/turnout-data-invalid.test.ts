import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet with a title row, so data starts at row 3. */
function turnout(rows: CellInput[][]) {
  return workbook(sheet('Tỷ lệ cử tri', [['KẾT QUẢ BẦU CỬ'], ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'], ...rows]));
}

describe('TURNOUT_DATA_INVALID', () => {
  const cases: { name: string; rows: CellInput[][]; expected: number[][]; problem?: string }[] = [
    { name: 'voted more than registered', rows: [['Xã An Bình', 1000, 1001]], expected: [[3]], problem: 'voted_over_registered' },
    { name: 'voted equal to registered is valid', rows: [['Xã An Bình', 1000, 1000, '100%']], expected: [] },
    { name: 'a negative count', rows: [['Xã An Bình', 1000, -5]], expected: [[3]], problem: 'negative' },
    { name: 'a missing registered count', rows: [['Xã An Bình', null, 950, '95%']], expected: [[3]], problem: 'missing_registered' },
    { name: 'a missing voted count', rows: [['Xã An Bình', 1000, '', '95%']], expected: [[3]], problem: 'missing_voted' },
    { name: 'an unreadable count', rows: [['Xã An Bình', 'khoảng 1000', 950]], expected: [[3]], problem: 'unreadable' },
    { name: 'a broken formula in a count', rows: [['Xã An Bình', 1000, { error: '#N/A' }]], expected: [[3]], problem: 'unreadable' },
    { name: 'counts as text with dot thousands are valid', rows: [['Phường Kỳ Bá', '6.850', '6.750', '98,5%']], expected: [] },
    { name: 'counts as text with space thousands are valid', rows: [['Phường Kỳ Bá', '6 850', '6 750', '98,5%']], expected: [] },
    {
      name: 'a #DIV/0! rate with good counts is recomputed, not invalid',
      rows: [['Xã An Bình', 1000, 990, { error: '#DIV/0!' }]],
      expected: [],
    },
    {
      name: 'one finding per bad unit only',
      rows: [
        ['Xã A', 100, 99],
        ['Xã B', 100, 101],
        ['Xã C', 100, 98],
      ],
      expected: [[4]],
    },
    { name: 'blank spacer rows and totals rows are not units', rows: [['Xã A', 100, 99], [], ['Tổng cộng', null, null]], expected: [] },
  ];
  it.each(cases)('$name', ({ rows, expected, problem }) => {
    const r = run(turnout(rows), 'thai-binh-32-2021');
    expect(found(r, 'TURNOUT_DATA_INVALID').map((f) => f.rows)).toEqual(expected);
    if (problem) expect(r.findings.find((f) => f.rule === 'TURNOUT_DATA_INVALID')!.values.problem).toBe(problem);
  });

  it('is an error naming the unit', () => {
    const f = run(turnout([['Thôn Đông', 300, 310]]), 'thai-binh-32-2021').findings.filter((x) => x.rule === 'TURNOUT_DATA_INVALID');
    expect(f.map((x) => [x.severity, x.unit])).toEqual([['error', 'Thôn Đông']]);
  });

  it('invalid data is not also judged against the minimum', () => {
    const r = run(turnout([['Xã An Bình', 1000, 1200]]), 'thai-binh-32-2021');
    expect(found(r, 'TURNOUT_BELOW_MIN')).toEqual([]);
    expect(found(r, 'TURNOUT_RATE_MISMATCH')).toEqual([]);
  });

  it('applies to every plan', () => {
    const r = run(turnout([['CĐCS Trường THPT Văn Giang', 50, 51]]), 'hung-yen-cdn-gd-2021');
    expect(found(r, 'TURNOUT_DATA_INVALID')).toEqual([{ sheet: 'Tỷ lệ cử tri', rows: [3] }]);
  });
});
