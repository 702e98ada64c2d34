import { describe, expect, it } from 'vitest';
import { found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet with a title row, so data starts at row 3. */
function turnout(rows: CellInput[][]) {
  return workbook(sheet('Tỷ lệ cử tri', [['KẾT QUẢ BẦU CỬ'], ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'], ...rows]));
}

describe('TURNOUT_BELOW_MIN', () => {
  const cases: { name: string; planId: string; rows: CellInput[][]; expected: number[][] }[] = [
    { name: 'below 98% is flagged', planId: 'thai-binh-32-2021', rows: [['Xã An Bình', 1000, 974, '97,4%']], expected: [[3]] },
    { name: 'exactly 98,0% passes', planId: 'thai-binh-32-2021', rows: [['Xã An Bình', 6850, 6713, '98,0%']], expected: [] },
    {
      name: 'compares the exact ratio, not the rounded display',
      planId: 'thai-binh-32-2021',
      rows: [['Xã An Bình', 10000, 9799, '98,0%']],
      expected: [[3]],
    },
    {
      name: 'counts typed as text with dot thousands',
      planId: 'thai-binh-32-2021',
      rows: [['Phường Kỳ Bá', '6.850', '6.500', '94,9%']],
      expected: [[3]],
    },
    {
      name: 'every unit is checked, one finding each',
      planId: 'thai-binh-32-2021',
      rows: [
        ['Xã A', 100, 90],
        ['Xã B', 100, 99],
        ['Thôn C', 100, 50],
      ],
      expected: [[3], [5]],
    },
    { name: 'plan B minimum is 95%', planId: 'hung-yen-cdn-gd-2021', rows: [['CĐCS Trường THPT Văn Giang', 100, 96]], expected: [] },
    {
      name: 'plan B below 95% is flagged',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THPT Văn Giang', 100, 94]],
      expected: [[3]],
    },
    { name: 'plan C requires 100%', planId: 'vinh-phuc-quy-dtpt-2021', rows: [['Công đoàn Quỹ', 25, 24]], expected: [[3]] },
    { name: 'invalid counts are not judged here', planId: 'thai-binh-32-2021', rows: [['Xã A', 100, 120]], expected: [] },
    {
      name: 'totals row is not a unit',
      planId: 'thai-binh-32-2021',
      rows: [
        ['Xã A', 100, 99],
        ['Tổng cộng', 100, 50],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ planId, rows, expected }) => {
    const r = run(turnout(rows), planId);
    expect(found(r, 'TURNOUT_BELOW_MIN').map((f) => f.rows)).toEqual(expected);
  });

  it('uses the minimum of the plan data, not a number in code', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.turnout.min = 0.9;
      x.turnout.minByCategory = {};
    });
    expect(found(run(turnout([['Xã A', 100, 91]]), p), 'TURNOUT_BELOW_MIN')).toEqual([]);
  });

  it('member-derived turnout lands on the units sheet row', () => {
    const model = workbook(
      sheet('Đơn vị', [
        ['Tên đơn vị', 'Loại đơn vị'],
        ['CĐCS Trường A', 'CĐCS'],
        ['CĐCS Trường B', 'CĐCS'],
      ]),
      sheet('Đoàn viên', [
        ['Họ và tên', 'Đơn vị', 'Đã bỏ phiếu'],
        ...Array.from({ length: 20 }, (_, i) => [`Người ${i}`, 'CĐCS Trường B', i < 18 ? 'x' : '']),
      ]),
    );
    expect(found(run(model, 'hung-yen-cdn-gd-2021'), 'TURNOUT_BELOW_MIN', true)).toEqual([
      { sheet: 'Đơn vị', rows: [3], unit: 'CĐCS Trường B' },
    ]);
  });
});
