import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet with the re-election columns; data starts at row 3. */
function turnout(rows: CellInput[][], header: string[] = ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Bầu lại', 'Bầu thêm']) {
  return workbook(sheet('Kết quả bầu cử', [['KẾT QUẢ BẦU CỬ ĐẠI BIỂU HĐND CÁC CẤP'], header, ...rows]));
}

describe('REELECTION_HELD', () => {
  const cases: { name: string; rows: CellInput[][]; expected: number[][]; which?: string }[] = [
    { name: 'bầu lại marked x', rows: [['Xã An Bình', 1000, 990, 'x', '']], expected: [[3]], which: 'reelection' },
    { name: 'bầu thêm marked Có', rows: [['Xã An Bình', 1000, 990, '', 'Có']], expected: [[3]], which: 'additional' },
    { name: 'both marked: one finding for the unit', rows: [['Thôn Đông', 500, 495, 'x', 'x']], expected: [[3]], which: 'both' },
    {
      name: 'a count of re-elected seats means it happened',
      rows: [['Xã An Bình', 1000, 990, 2, 0]],
      expected: [[3]],
      which: 'reelection',
    },
    { name: 'blank cells: none held', rows: [['Xã An Bình', 1000, 990, '', '']], expected: [] },
    {
      name: 'Không / 0 / dash: none held',
      rows: [
        ['Xã A', 100, 99, 'Không', 0],
        ['Xã B', 100, 99, '-', 'không'],
      ],
      expected: [],
    },
    { name: 'NFD text `Có` is read as yes', rows: [['Xã A', 100, 99, 'Có'.normalize('NFD'), '']], expected: [[3]] },
    {
      name: 'only the units that held one',
      rows: [
        ['Xã A', 100, 99, '', ''],
        ['Xã B', 100, 99, 'x', ''],
        ['Xã C', 100, 99, '', ''],
      ],
      expected: [[4]],
    },
    {
      name: 'a totals row with a count is not a unit',
      rows: [
        ['Xã A', 100, 99, '', ''],
        ['Tổng cộng', 100, 99, 1, 0],
      ],
      expected: [],
    },
    { name: 'held although turnout is fine (every unit is judged)', rows: [['Xã A', 100, 100, 'x', '']], expected: [[3]] },
  ];
  it.each(cases)('$name', ({ rows, expected, which }) => {
    const r = run(turnout(rows), 'thai-binh-32-2021');
    expect(found(r, 'REELECTION_HELD').map((f) => f.rows)).toEqual(expected);
    if (which) expect(r.findings.find((f) => f.rule === 'REELECTION_HELD')!.unit).toBe(rows[0]![0]);
  });

  it('names which election was held', () => {
    for (const [again, more, which] of [
      ['x', '', 'reelection'],
      ['', 'x', 'additional'],
      ['x', 'x', 'both'],
    ] as const) {
      const f = run(turnout([['Xã An Bình', 1000, 990, again, more]]), 'thai-binh-32-2021').findings.filter(
        (x) => x.rule === 'REELECTION_HELD',
      );
      expect(f).toHaveLength(1);
      expect(f[0]!.severity).toBe('error');
      expect(f[0]!.message).toBeTruthy();
      expect({ again: Boolean(f[0]!.values.reelection), more: Boolean(f[0]!.values.additional), which }).toEqual({
        again: again === 'x',
        more: more === 'x',
        which,
      });
    }
  });

  it('headers upper case without diacritics', () => {
    const r = run(
      turnout([['Xã An Bình', 1000, 990, '', 'x']], ['DON VI', 'SO CU TRI', 'SO CU TRI DA BO PHIEU', 'PHAI BAU LAI', 'PHAI BAU THEM']),
      'thai-binh-32-2021',
    );
    expect(found(r, 'REELECTION_HELD', true)).toEqual([{ sheet: 'Kết quả bầu cử', rows: [3], unit: 'Xã An Bình' }]);
  });

  it('is not a standard of plan B', () => {
    expect(found(run(turnout([['CĐCS Trường A', 100, 99, 'x', 'x']]), 'hung-yen-cdn-gd-2021'), 'REELECTION_HELD')).toEqual([]);
  });
});
