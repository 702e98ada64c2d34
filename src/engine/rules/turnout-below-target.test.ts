import { describe, expect, it } from 'vitest';
import { found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet with a title row, so data starts at row 3. */
function turnout(rows: CellInput[][]) {
  return workbook(sheet('Tỷ lệ cử tri', [['KẾT QUẢ BẦU CỬ'], ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'], ...rows]));
}

describe('TURNOUT_BELOW_TARGET', () => {
  const cases: { name: string; planId: string; rows: CellInput[][]; expected: number[][] }[] = [
    // Plan B: minimum 95%, target 100%.
    {
      name: 'between minimum and target is a warning',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THPT Văn Giang', 100, 97, '97,0%']],
      expected: [[3]],
    },
    {
      name: 'exactly at the minimum (95,0%) is still below target',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THPT Văn Giang', 1000, 950, '95,0%']],
      expected: [[3]],
    },
    {
      name: '99,9% is below a 100% target',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THCS Phố Nối', 1000, 999, '99,9%']],
      expected: [[3]],
    },
    {
      name: 'at the target (100%) passes',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THPT Văn Giang', 100, 100, '100%']],
      expected: [],
    },
    {
      name: 'below the minimum is TURNOUT_BELOW_MIN only',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [['CĐCS Trường THPT Văn Giang', 100, 94, '94%']],
      expected: [],
    },
    {
      name: 'one finding per unit between the limits',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [
        ['CĐCS Trường A', 100, 96],
        ['CĐCS Trường B', 100, 100],
        ['CĐCS Trường C', 100, 99],
      ],
      expected: [[3], [5]],
    },
    { name: 'plan A has no target', planId: 'thai-binh-32-2021', rows: [['Xã An Bình', 1000, 985, '98,5%']], expected: [] },
    {
      name: 'plan C: target equal to the minimum adds nothing',
      planId: 'vinh-phuc-quy-dtpt-2021',
      rows: [['Công đoàn Quỹ', 25, 24]],
      expected: [],
    },
    { name: 'invalid counts are not judged here', planId: 'hung-yen-cdn-gd-2021', rows: [['CĐCS Trường A', 100, 120]], expected: [] },
    {
      name: 'totals row is not a unit',
      planId: 'hung-yen-cdn-gd-2021',
      rows: [
        ['CĐCS Trường A', 100, 100],
        ['Tổng cộng', 200, 196],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ planId, rows, expected }) => {
    const r = run(turnout(rows), planId);
    expect(found(r, 'TURNOUT_BELOW_TARGET').map((f) => f.rows)).toEqual(expected);
  });

  it('is a warning naming the unit, with rate and target', () => {
    const r = run(turnout([['CĐCS Trường THPT Văn Giang', 200, 195]]), 'hung-yen-cdn-gd-2021');
    const f = r.findings.filter((x) => x.rule === 'TURNOUT_BELOW_TARGET');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.unit).toBe('CĐCS Trường THPT Văn Giang');
    expect(f[0]!.values).toMatchObject({ rate: 0.975, target: 1 });
  });

  it('uses the target of the plan data', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.turnout.target = 0.99;
    });
    expect(found(run(turnout([['Xã An Bình', 1000, 985]]), p), 'TURNOUT_BELOW_TARGET')).toEqual([{ sheet: 'Tỷ lệ cử tri', rows: [3] }]);
    expect(found(run(turnout([['Xã An Bình', 1000, 990]]), p), 'TURNOUT_BELOW_TARGET')).toEqual([]);
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
        ...Array.from({ length: 20 }, (_, i) => [`Người A${i}`, 'CĐCS Trường A', 'x']),
        ...Array.from({ length: 20 }, (_, i) => [`Người B${i}`, 'CĐCS Trường B', i < 19 ? 'x' : '']),
      ]),
    );
    expect(found(run(model, 'hung-yen-cdn-gd-2021'), 'TURNOUT_BELOW_TARGET', true)).toEqual([
      { sheet: 'Đơn vị', rows: [3], unit: 'CĐCS Trường B' },
    ]);
  });

  it('member-derived turnout without a units sheet has no rows but names the unit', () => {
    const model = workbook(
      sheet('Đoàn viên', [
        ['Họ và tên', 'Công đoàn cơ sở', 'Đi bầu'],
        ...Array.from({ length: 20 }, (_, i) => [`Người ${i}`, 'CĐCS Trường THCS Phố Nối', i < 19 ? 'có' : 'không']),
      ]),
    );
    expect(found(run(model, 'hung-yen-cdn-gd-2021'), 'TURNOUT_BELOW_TARGET', true)).toEqual([
      { sheet: 'Đoàn viên', rows: [], unit: 'CĐCS Trường THCS Phố Nối' },
    ]);
  });
});
