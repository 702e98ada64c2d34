import { describe, expect, it } from 'vitest';
import { d, found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

function turnout(rows: CellInput[][], header: string[] = ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Ngày hoàn thành']) {
  return workbook(sheet('Kết quả bầu cử', [['KẾT QUẢ BẦU CỬ'], header, ...rows]));
}

describe('FINISHED_LATE', () => {
  // Plan A: scheduled completion is election day, 23/05/2021.
  const cases: { name: string; rows: CellInput[][]; expected: number[][] }[] = [
    { name: 'finished on election day (text date)', rows: [['Xã An Bình', 1000, 990, '23/05/2021']], expected: [] },
    { name: 'finished the day after (text date)', rows: [['Xã An Bình', 1000, 990, '24/05/2021']], expected: [[3]] },
    { name: 'finished on election day (real date)', rows: [['Xã An Bình', 1000, 990, d(23, 5, 2021)]], expected: [] },
    { name: 'finished a week later (real date)', rows: [['Xã An Bình', 1000, 990, d(30, 5, 2021)]], expected: [[3]] },
    { name: 'finished early', rows: [['Xã An Bình', 1000, 990, '22/5/2021']], expected: [] },
    {
      name: 'a date as an Excel serial with a date format',
      rows: [['Xã An Bình', 1000, 990, { v: 44340, f: 'dd/mm/yyyy' }]],
      expected: [[3]],
    },
    { name: 'no completion date: nothing to judge', rows: [['Xã An Bình', 1000, 990, '']], expected: [] },
    {
      name: 'one finding per late unit',
      rows: [
        ['Xã A', 100, 99, '23/05/2021'],
        ['Xã B', 100, 99, '25/05/2021'],
        ['Thôn C', 100, 99, '24/05/2021'],
      ],
      expected: [[4], [5]],
    },
    {
      name: 'a totals row is not a unit',
      rows: [
        ['Xã A', 100, 99, '23/05/2021'],
        ['Cộng', 100, 99, '30/05/2021'],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const r = run(turnout(rows), 'thai-binh-32-2021');
    expect(found(r, 'FINISHED_LATE').map((f) => f.rows)).toEqual(expected);
  });

  describe("the row's own scheduled date wins over the plan's", () => {
    const header = ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Thời hạn hoàn thành', 'Ngày hoàn thành'];
    const cases: { name: string; row: CellInput[]; expected: number[][] }[] = [
      { name: 'later schedule, finished within it', row: ['Xã An Bình', 1000, 990, '06/06/2021', '30/05/2021'], expected: [] },
      { name: 'later schedule, finished on it', row: ['Xã An Bình', 1000, 990, '06/06/2021', '06/06/2021'], expected: [] },
      { name: 'later schedule, finished after it', row: ['Xã An Bình', 1000, 990, '06/06/2021', '07/06/2021'], expected: [[3]] },
      { name: 'earlier schedule, finished on election day', row: ['Xã An Bình', 1000, 990, '22/05/2021', '23/05/2021'], expected: [[3]] },
      { name: 'no scheduled date on the row: the plan date', row: ['Xã An Bình', 1000, 990, '', '24/05/2021'], expected: [[3]] },
    ];
    it.each(cases)('$name', ({ row, expected }) => {
      expect(found(run(turnout([row], header), 'thai-binh-32-2021'), 'FINISHED_LATE').map((f) => f.rows)).toEqual(expected);
    });
  });

  it('is an error naming the unit with completed and scheduled dates', () => {
    const f = run(turnout([['Thôn Đông', 300, 299, '24/05/2021']]), 'thai-binh-32-2021').findings.filter((x) => x.rule === 'FINISHED_LATE');
    expect(f.map((x) => ({ severity: x.severity, unit: x.unit, values: x.values }))).toEqual([
      { severity: 'error', unit: 'Thôn Đông', values: { completed: '2021-05-24', scheduled: '2021-05-23' } },
    ]);
  });

  it("uses the plan's scheduled completion from data", () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.turnout.scheduledCompletion = '2021-05-25';
    });
    expect(found(run(turnout([['Xã An Bình', 1000, 990, '24/05/2021']]), p), 'FINISHED_LATE')).toEqual([]);
  });

  it('is not a standard of plan B', () => {
    expect(found(run(turnout([['CĐCS Trường A', 100, 99, '30/05/2021']]), 'hung-yen-cdn-gd-2021'), 'FINISHED_LATE')).toEqual([]);
  });
});
