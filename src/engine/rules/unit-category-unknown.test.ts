import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A turnout sheet under a title row: data from row 3. */
function turnout(rows: CellInput[][], header: CellInput[] = ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu']) {
  return sheet('Tỷ lệ cử tri', [['KẾT QUẢ BẦU CỬ'], header, ...rows]);
}

describe('UNIT_CATEGORY_UNKNOWN', () => {
  const cases: { name: string; rows: CellInput[][]; expected: number[][] }[] = [
    {
      name: 'communes, villages and districts are known',
      rows: [
        ['Xã An Bình', 100, 99],
        ['Thôn Đông', 100, 99],
        ['Huyện Vũ Thư', 100, 99],
        ['Thị trấn Vũ Thư', 100, 99],
      ],
      expected: [],
    },
    {
      name: 'a leading UBND is skipped',
      rows: [
        ['UBND xã Vũ Hội', 100, 99],
        ['Ủy ban nhân dân phường Kỳ Bá', 100, 99],
      ],
      expected: [],
    },
    {
      name: 'a name that tells no category',
      rows: [
        ['Xã An Bình', 100, 99],
        ['Nhà văn hóa trung tâm', 100, 99],
      ],
      expected: [[4]],
    },
    {
      name: 'upper case and NFD names are read',
      rows: [
        ['XÃ AN BÌNH', 100, 99],
        ['Thôn Đoài'.normalize('NFD'), 100, 99],
      ],
      expected: [],
    },
    {
      name: 'each unknown unit once',
      rows: [
        ['Điểm bầu cử số 1', 100, 99],
        ['Điểm bầu cử số 2', 100, 99],
      ],
      expected: [[3], [4]],
    },
    {
      name: 'a totals row is not a unit',
      rows: [
        ['Xã An Bình', 100, 99],
        ['Tổng cộng', 100, 99],
        ['Cộng', 100, 99],
      ],
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const r = run(workbook(turnout(rows)), 'thai-binh-32-2021');
    expect(found(r, 'UNIT_CATEGORY_UNKNOWN').map((f) => f.rows)).toEqual(expected);
  });

  it('a category column tells what the name does not', () => {
    const rows = [
      ['Nhà văn hóa trung tâm', 'Cấp xã', 100, 99],
      ['Điểm bầu cử số 2', '', 100, 99],
    ];
    const r = run(workbook(turnout(rows, ['Đơn vị', 'Cấp', 'Số cử tri', 'Số cử tri đã bỏ phiếu'])), 'thai-binh-32-2021');
    expect(found(r, 'UNIT_CATEGORY_UNKNOWN', true)).toEqual([{ sheet: 'Tỷ lệ cử tri', rows: [4], unit: 'Điểm bầu cử số 2' }]);
  });

  it('a units sheet: on its row, and the turnout sheet then knows the unit', () => {
    const model = workbook(
      sheet('Danh sách đơn vị', [
        ['Tên đơn vị', 'Loại đơn vị'],
        ['Nhà văn hóa trung tâm', 'Cấp xã'],
        ['Ban Chỉ đạo ABC', ''],
        ['Khối dân vận', ''],
      ]),
      turnout([['Nhà văn hóa trung tâm', 100, 99]]),
    );
    const r = run(model, 'thai-binh-32-2021');
    // `Ban …` reads as a provincial body; `Khối dân vận` tells nothing.
    expect(found(r, 'UNIT_CATEGORY_UNKNOWN', true)).toEqual([{ sheet: 'Danh sách đơn vị', rows: [4], unit: 'Khối dân vận' }]);
  });

  it('a unit both in the units and turnout sheets is reported once, on its turnout row', () => {
    const model = workbook(
      sheet('Danh sách đơn vị', [
        ['Tên đơn vị', 'Đơn vị cấp trên'],
        ['Khối dân vận', 'Tỉnh ủy'],
      ]),
      turnout([['Khối dân vận', 100, 99]]),
    );
    expect(found(run(model, 'thai-binh-32-2021'), 'UNIT_CATEGORY_UNKNOWN')).toEqual([{ sheet: 'Tỷ lệ cử tri', rows: [3] }]);
  });

  it('is a warning naming the unit', () => {
    const f = run(workbook(turnout([['Khối dân vận', 100, 99]])), 'thai-binh-32-2021').findings.filter(
      (x) => x.rule === 'UNIT_CATEGORY_UNKNOWN',
    );
    expect(f.map((x) => [x.severity, x.unit])).toEqual([['warning', 'Khối dân vận']]);
  });

  it('plan A: a proposing unit of unknown category (its quota is unknown) names the unit with no rows', () => {
    const model = workbook(
      sheet('Đề nghị khen thưởng', [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Nguyễn Văn An', '01/02/1970', 'Khối dân vận', 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
        [2, 'Trần Thị Bình', '03/04/1980', 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
      ]),
    );
    expect(found(run(model, 'thai-binh-32-2021'), 'UNIT_CATEGORY_UNKNOWN', true)).toEqual([
      { sheet: 'Đề nghị khen thưởng', rows: [], unit: 'Khối dân vận' },
    ]);
  });
});
