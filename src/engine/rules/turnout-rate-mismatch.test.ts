import { describe, expect, it } from 'vitest';
import { found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet with a title row, so data starts at row 3. */
function turnout(rows: CellInput[][]) {
  return workbook(sheet('Tỷ lệ cử tri', [['KẾT QUẢ BẦU CỬ'], ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'], ...rows]));
}

describe('TURNOUT_RATE_MISMATCH', () => {
  // 1000 registered, 974 voted: exactly 97,4%.
  const cases: { name: string; rate: CellInput; expected: number[][] }[] = [
    { name: 'text with a decimal comma that matches', rate: '97,4%', expected: [] },
    { name: 'a percent number that matches', rate: 97.4, expected: [] },
    { name: 'a fraction that matches', rate: 0.974, expected: [] },
    { name: 'a %-formatted number that matches', rate: { v: 0.974, f: '0.0%' }, expected: [] },
    { name: 'exactly 0.05 points off is within tolerance', rate: '97,45%', expected: [] },
    { name: 'exactly 0.05 points off below is within tolerance', rate: '97,35%', expected: [] },
    { name: '0.06 points off is a mismatch', rate: '97,46%', expected: [[3]] },
    { name: '0.06 points off below is a mismatch', rate: 97.34, expected: [[3]] },
    { name: 'a rate copied from another unit', rate: '98,5%', expected: [[3]] },
    { name: 'a whole-percent display off by 0.4 points', rate: '97%', expected: [[3]] },
    { name: 'a #DIV/0! rate is recomputed from the counts', rate: { error: '#DIV/0!' }, expected: [] },
    { name: 'an empty rate cell is not a mismatch', rate: null, expected: [] },
  ];
  it.each(cases)('$name', ({ rate, expected }) => {
    const r = run(turnout([['Xã An Bình', 1000, 974, rate]]), 'thai-binh-32-2021');
    expect(found(r, 'TURNOUT_RATE_MISMATCH').map((f) => f.rows)).toEqual(expected);
  });

  it('is a warning with the stated and computed rates', () => {
    const r = run(turnout([['Xã An Bình', 1000, 974, '98,5%']]), 'thai-binh-32-2021');
    const f = r.findings.filter((x) => x.rule === 'TURNOUT_RATE_MISMATCH');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.unit).toBe('Xã An Bình');
    expect(f[0]!.values.stated).toBeCloseTo(0.985, 10);
    expect(f[0]!.values.computed).toBeCloseTo(0.974, 10);
  });

  it('is not judged when the counts are invalid', () => {
    expect(found(run(turnout([['Xã An Bình', 1000, 1100, '98%']]), 'thai-binh-32-2021'), 'TURNOUT_RATE_MISMATCH')).toEqual([]);
  });

  it('counts typed with thousands separators', () => {
    const r = run(
      turnout([
        ['Phường Kỳ Bá', '6.850', '6.713', '98,0%'],
        ['Phường Đề Thám', '6 850', '6 713', '97,0%'],
      ]),
      'thai-binh-32-2021',
    );
    expect(found(r, 'TURNOUT_RATE_MISMATCH').map((f) => f.rows)).toEqual([[4]]);
  });

  it('uses the tolerance of the plan data', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.turnout.rateTolerancePoints = 0.5;
    });
    expect(found(run(turnout([['Xã An Bình', 1000, 974, '97,8%']]), p), 'TURNOUT_RATE_MISMATCH')).toEqual([]);
    expect(found(run(turnout([['Xã An Bình', 1000, 974, '97,8%']]), 'thai-binh-32-2021'), 'TURNOUT_RATE_MISMATCH')).toEqual([
      { sheet: 'Tỷ lệ cử tri', rows: [3] },
    ]);
  });
});
