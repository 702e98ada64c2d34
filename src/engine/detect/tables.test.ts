import { describe, expect, it } from 'vitest';
import { sheet, type CellInput } from '../../../test/helpers/model';
import { detectSheet, type DetectedTable } from './tables';
import { criteriaMatcher } from '../context';
import { getPreset } from '../plan/presets';

const criteria = criteriaMatcher(getPreset('thai-binh-32-2021')!);

function detect(name: string, rows: CellInput[][]): DetectedTable {
  const t = detectSheet(sheet(name, rows), { criteria });
  if (!t) throw new Error(`no table found in ${name}`);
  return t;
}

/** 1-based rows taken as data. */
const dataRows = (t: DetectedTable) => t.rows.map((r) => r.row);

describe('detectSheet: which kind of table', () => {
  const cases: { name: string; sheet: string; header: CellInput[]; kind: DetectedTable['kind'] }[] = [
    { name: 'units', sheet: 'Danh sách đơn vị', header: ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên'], kind: 'units' },
    {
      name: 'members',
      sheet: 'DS đoàn viên',
      header: ['STT', 'Họ và tên', 'Ngày sinh', 'Công đoàn cơ sở', 'Đã bỏ phiếu'],
      kind: 'members',
    },
    {
      name: 'turnout',
      sheet: 'Tỷ lệ cử tri',
      header: ['STT', 'Đơn vị', 'Tổng số cử tri', 'Số cử tri đi bầu', 'Tỷ lệ (%)'],
      kind: 'turnout',
    },
    { name: 'criteria', sheet: 'Chấm điểm', header: ['STT', 'Tên đơn vị', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'], kind: 'criteria' },
    {
      name: 'nominees',
      sheet: 'DS đề nghị',
      header: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      kind: 'nominees',
    },
    {
      name: 'nominees with criteria columns stay a nominee list',
      sheet: 'Sheet1',
      header: ['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'],
      kind: 'nominees',
    },
    {
      name: 'turnout on a sheet with a neutral name',
      sheet: 'Sheet1',
      header: ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      kind: 'turnout',
    },
  ];
  it.each(cases)('$name', ({ sheet: name, header, kind }) => {
    expect(detect(name, [header, header.map((_, i) => (i === 0 ? 1 : 'x'))]).kind).toBe(kind);
  });

  it('a sheet with no table is skipped', () => {
    expect(detectSheet(sheet('Ghi chú', [['Ghi chú: số liệu tính đến ngày 25/5/2021'], [], ['Người lập biểu']]), { criteria })).toBeNull();
  });
});

describe('detectSheet: messy layouts', () => {
  it('title rows above the header', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['UBND HUYỆN VŨ THƯ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['KẾT QUẢ BẦU CỬ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2021-2026'],
      [],
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'],
      [1, 'Xã An Bình', 1000, 990, '99%'],
      [2, 'Xã Vũ Hội', 800, 790, '98,8%'],
    ]);
    expect(t.kind).toBe('turnout');
    expect(t.headerRows).toEqual([5]);
    expect(t.columns).toMatchObject({ seq: 0, unit: 1, registered: 2, voted: 3, rate: 4 });
    expect(dataRows(t)).toEqual([6, 7]);
  });

  it('two-row header with a merged group heading stored in its first cell only', () => {
    const t = detect('Kết quả bầu cử', [
      ['KẾT QUẢ BẦU CỬ'],
      ['STT', 'Đơn vị', 'Số cử tri', null, 'Tỷ lệ (%)'],
      [null, null, 'Tổng số', 'Đã bỏ phiếu', null],
      [1, 'Xã An Bình', 1000, 990, 99],
    ]);
    expect(t.kind).toBe('turnout');
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns).toMatchObject({ unit: 1, registered: 2, voted: 3, rate: 4 });
    expect(dataRows(t)).toEqual([4]);
  });

  it('upper case, no diacritics and line breaks in headings', () => {
    const t = detect('Sheet1', [
      ['TEN DON VI', 'TỔNG SỐ\nCỬ TRI', 'SO CU TRI\r\nDA BO PHIEU', 'TỶ LỆ\n(%)', 'BẦU LẠI', 'NGÀY HOÀN\nTHÀNH'],
      ['Xã An Bình', 1000, 990, 99, '', '23/05/2021'],
    ]);
    expect(t.kind).toBe('turnout');
    expect(t.columns).toMatchObject({ unit: 0, registered: 1, voted: 2, rate: 3, reelection: 4, completedDate: 5 });
  });

  it('headings typed in NFD', () => {
    const t = detect('Sheet1', [
      ['Đơn vị'.normalize('NFD'), 'Số cử tri'.normalize('NFD'), 'Số cử tri đã bỏ phiếu'.normalize('NFD')],
      ['Xã An Bình', 1000, 990],
    ]);
    expect(t.kind).toBe('turnout');
    expect(t.columns).toMatchObject({ unit: 0, registered: 1, voted: 2 });
  });

  const numberRows: { name: string; row: CellInput[] }[] = [
    { name: '1 2 3 as numbers', row: [1, 2, 3, 4, 5] },
    { name: '1 2 3 as text', row: ['1', '2', '3', '4', '5'] },
    { name: '(1) (2) (3)', row: ['(1)', '(2)', '(3)', '(4)', '(5) = (4)/(3)'] },
    { name: 'A B C', row: ['A', 'B', '1', '2', '3'] },
  ];
  it.each(numberRows)('a row of column numbers under the header is not data: $name', ({ row }) => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'],
      row,
      [1, 'Xã An Bình', 1000, 990, 99],
    ]);
    expect(t.headerRows).toEqual([1]);
    expect(dataRows(t)).toEqual([3]);
  });

  it('column numbers under a two-row header', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', null, 'Tỷ lệ (%)'],
      [null, null, 'Tổng số', 'Đã bỏ phiếu', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'Xã An Bình', 1000, 990, 99],
    ]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns).toMatchObject({ registered: 2, voted: 3 });
    expect(dataRows(t)).toEqual([4]);
  });

  it('blank spacer rows and totals rows are not data', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      [1, 'Xã An Bình', 1000, 990],
      [],
      [null, '', '  ', null],
      [2, 'Xã Vũ Hội', 800, 790],
      [null, 'Cộng', 1800, 1780],
      [3, 'Thôn Đông', 300, 299],
      [null, 'TỔNG CỘNG', 2100, 2079],
      ['Tổng số', null, 2100, 2079],
    ]);
    expect(dataRows(t)).toEqual([2, 5, 7]);
  });

  it('a unit named Công đoàn … is not a totals row', () => {
    const t = detect('Danh sách đơn vị', [
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Công đoàn Trường THPT Văn Giang', 'CĐCS'],
      [2, 'Công đoàn cơ sở Trường THCS Phố Nối', 'CĐCS'],
      [3, 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'Cấp tỉnh'],
      [null, 'Cộng', null],
    ]);
    expect(t.kind).toBe('units');
    expect(dataRows(t)).toEqual([2, 3, 4]);
  });

  it('the signature block under the table ends it', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      [1, 'Xã An Bình', 1000, 990],
      [2, 'Xã Vũ Hội', 800, 790],
      [null, 'Tổng cộng', 1800, 1780],
      [],
      [null, null, 'Vũ Thư, ngày 28 tháng 5 năm 2021'],
      [null, 'Người lập biểu', null, 'Thủ trưởng đơn vị'],
      [null, null, null, '(Ký tên, đóng dấu)'],
      [],
      [null, 'Nguyễn Văn Kế', null, 'Trần Văn Trưởng'],
      ['Nơi nhận:'],
      ['- Như trên;'],
      ['- Lưu VT.'],
    ]);
    expect(dataRows(t)).toEqual([2, 3]);
    expect(t.lastDataRow).toBe(4);
  });

  const signatureLines: CellInput[][] = [
    [null, 'Người lập biểu'],
    [null, 'Thủ trưởng đơn vị'],
    [null, null, 'Vũ Thư, ngày 28 tháng 5 năm 2021'],
    [null, null, 'Thái Bình, ngày ... tháng ... năm 2021'],
    ['Nơi nhận:'],
    [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
  ];
  it.each(signatureLines.map((row) => ({ row, label: row.filter(Boolean).join(' | ') })))('"$label" ends the table', ({ row }) => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      [1, 'Xã An Bình', 1000, 990],
      row,
      [null, 'Nguyễn Văn Kế', 5, 5],
    ]);
    expect(dataRows(t)).toEqual([2]);
  });

  it('section headings I. TẬP THỂ / II. CÁ NHÂN in a nominee list', () => {
    const t = detect('DS đề nghị', [
      ['DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN'],
      ['STT', 'Tên tập thể, cá nhân', 'Chức vụ', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      ['I', 'TẬP THỂ'],
      [1, 'Xã An Bình', null, 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
      [2, 'Thôn Đông', null, 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
      ['II', 'CÁ NHÂN'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND xã', 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
      [null, 'II. Cá nhân (tiếp)', null, null, null],
      ['I. TẬP THỂ'],
      [1, 'Trường THCS Vũ Hội', null, 'Bằng khen của Chủ tịch UBND tỉnh', 'Thành tích'],
    ]);
    expect(t.kind).toBe('nominees');
    expect(t.rows.map((r) => [r.row, r.section])).toEqual([
      [4, 'collective'],
      [5, 'collective'],
      [7, 'individual'],
      [10, 'collective'],
    ]);
  });

  it('the first data row is not taken for a lower header row', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Ghi chú'],
      [1, 'Xã An Bình', 1000, 990, 'Bầu thêm 1 đại biểu'],
      [2, 'Xã Vũ Hội', 800, 790, ''],
    ]);
    expect(t.headerRows).toEqual([1]);
    expect(dataRows(t)).toEqual([2, 3]);
  });

  it('a nominee row without a name but with other content is kept (a missing name is a finding)', () => {
    const t = detect('DS đề nghị', [
      ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      [1, 'Nguyễn Văn An', 'Bằng khen', 'Thành tích'],
      [2, null, 'Bằng khen', 'Thành tích'],
      [3],
    ]);
    expect(dataRows(t)).toEqual([2, 3]);
  });
});

describe('detectSheet: the status column', () => {
  it('is the first column right of the table', () => {
    const t = detect('Tỷ lệ cử tri', [['KẾT QUẢ'], ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'], ['Xã An Bình', 1000, 990]]);
    expect(t.lastColumn).toBe(3);
    expect(t.statusColumn).toBe(4);
  });

  it('skips a column right of the table holding notes', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      ['Xã An Bình', 1000, 990, null, null],
      ['Xã Vũ Hội', 800, 790, 'ghi chú ngoài bảng', null],
    ]);
    expect(t.statusColumn).toBe(5);
  });

  it('ignores cells beyond the table in the signature block', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'],
      ['Xã An Bình', 1000, 990],
      [],
      [null, null, null, 'Thủ trưởng đơn vị'],
    ]);
    expect(t.statusColumn).toBe(4);
  });

  it('reuses a status column left by an earlier run', () => {
    const t = detect('Tỷ lệ cử tri', [
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Kết quả kiểm tra'],
      ['Xã An Bình', 1000, 974, 'Tỷ lệ cử tri đi bầu 97,4% thấp hơn mức tối thiểu 98%'],
    ]);
    expect(t.statusColumn).toBe(4);
    expect(t.lastColumn).toBe(3);
    expect(t.extraColumns).toEqual([]);
  });

  it('goes right of the last sub-heading of a two-row header', () => {
    const t = detect('Kết quả bầu cử', [
      ['STT', 'Đơn vị', 'Số cử tri', null],
      [null, null, 'Tổng số', 'Đã bỏ phiếu'],
      [1, 'Xã An Bình', 1000, 990],
    ]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.lastColumn).toBe(4);
    expect(t.statusColumn).toBe(5);
  });
});

describe('turnout headings offices also use', () => {
  it.each([
    [['Xã, phường, thị trấn', 'Số cử tri trong danh sách', 'Số cử tri tham gia bỏ phiếu', 'Tỷ lệ cử tri đi bầu (%)']],
    [['TÊN ĐƠN VỊ', 'TỔNG SỐ CỬ TRI', 'SỐ CỬ TRI ĐÃ ĐI BẦU', 'TỶ LỆ %']],
    [['Don vi', 'So cu tri', 'So nguoi di bau', 'Ty le (%)']],
  ])('%j', (header) => {
    const t = detectSheet(sheet('Cử tri', [header, ['Xã A', 1000, 990, '99%']]))!;
    expect(t.kind).toBe('turnout');
    expect(t.columns).toMatchObject({ unit: 0, registered: 1, voted: 2, rate: 3 });
  });
});
