/**
 * The preview's built-in sample: a small workbook laid out like a Thái Bình district's
 * (UBND huyện Vũ Thư, plan A, Kế hoạch 32/KH-UBND) — title rows, a two-row merged header,
 * a row of column numbers, a totals row, a signature block — with a few planted problems:
 *
 * - Tỷ lệ cử tri: Xã Song Lãng 97,60 % (TURNOUT_BELOW_MIN); Xã Bách Thuận states 99,35 for
 *   98,82 % (TURNOUT_RATE_MISMATCH); Xã Hồng Phong held a re-election (REELECTION_HELD);
 *   Xã Minh Lãng finished on 27/05/2021 (FINISHED_LATE); Thị trấn Vũ Thư is exactly 98,0 % (passes).
 * - Tiêu chí: Xã Minh Quang L6 = Không đạt (CRITERION_NOT_MET).
 * - Đề nghị khen thưởng: six collectives for a quota of five (QUOTA_EXCEEDED); Xã Song Lãng
 *   and Xã Minh Lãng nominated (NOMINEE_NOT_ELIGIBLE); a missing achievement summary
 *   (MISSING_FIELD); the Prime Minister's Bằng khen (AWARD_FORM_NOT_ALLOWED); Trần Thị Thủy
 *   twice (DUPLICATE_NOMINEE); a dossier of 14/06/2021, late when the conference is 25/06/2021
 *   (deadline 11/06/2021; DOSSIER_LATE once the conference date is entered in the plan).
 */
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../engine/model';

export const SAMPLE_NAME = 'thai-binh-huyen-vu-thu (mẫu xem trước).xlsx';
export const SAMPLE_SHEETS = {
  turnout: 'Tỷ lệ cử tri',
  criteria: 'Tiêu chí',
  nominees: 'Đề nghị khen thưởng',
} as const;
export const SAMPLE_CONFERENCE = '25/06/2021';

type In = CellValue | Cell | undefined;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const pad = (n: number) => String(n).padStart(2, '0');
/** A real date cell, shown as Excel shows it. */
const date = (y: number, m: number, d: number): Cell => ({ v: utc(y, m, d), t: `${pad(d)}/${pad(m)}/${y}`, f: 'dd/mm/yyyy' });
/** A count as a number shown with a thousands dot. */
const count = (n: number): Cell => ({ v: n, t: n.toLocaleString('de-DE'), f: '#,##0' });
/** A rate as a percent number (98.82), as offices type it. */
const pct = (n: number): Cell => ({ v: n, t: n.toFixed(2).replace('.', ','), f: '0.00' });

function toCell(x: In): Cell | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'object' && !(x instanceof Date) && 'v' in x) return x;
  return { v: x as CellValue };
}

function sheet(name: string, rows: In[][]): SheetModel {
  return { name, rows: rows.map((r) => r.map(toCell)) };
}

/** Merged ranges of the sample (A1 notation), per sheet, for a fake that models merges. */
export const SAMPLE_MERGES: Record<string, string[]> = {
  [SAMPLE_SHEETS.turnout]: [
    'A1:C1',
    'E1:I1',
    'A2:C2',
    'E2:I2',
    'A4:I4',
    'A6:A7',
    'B6:B7',
    'C6:D6',
    'E6:E7',
    'F6:F7',
    'G6:G7',
    'H6:H7',
    'I6:I7',
  ],
  [SAMPLE_SHEETS.criteria]: ['A1:C1', 'A3:I3', 'A5:A6', 'B5:B6', 'C5:D5', 'E5:H5', 'I5:I6'],
  [SAMPLE_SHEETS.nominees]: ['A1:C1', 'E1:I1', 'E2:I2', 'A4:I4', 'A5:I5'],
};

interface Commune {
  name: string;
  registered: number;
  voted: number;
  stated?: number;
  reelection?: boolean;
  completed?: Cell | string;
}

const COMMUNES: Commune[] = [
  { name: 'Thị trấn Vũ Thư', registered: 6850, voted: 6713 },
  { name: 'Xã Song Lãng', registered: 5420, voted: 5290 },
  { name: 'Xã Hòa Bình', registered: 4812, voted: 4790 },
  { name: 'Xã Bách Thuận', registered: 6120, voted: 6048, stated: 99.35 },
  { name: 'Xã Hồng Phong', registered: 5104, voted: 5061, reelection: true },
  { name: 'Xã Minh Quang', registered: 4530, voted: 4502 },
  { name: 'Xã Minh Lãng', registered: 3912, voted: 3890, completed: '27/05/2021' },
  { name: 'Xã Việt Hùng', registered: 5233, voted: 5199 },
];

function turnoutSheet(): SheetModel {
  const rows: In[][] = [
    ['UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ỦY BAN BẦU CỬ', 'ỦY BAN BẦU CỬ', 'ỦY BAN BẦU CỬ', null, 'Độc lập - Tự do - Hạnh phúc'],
    [],
    ['BÁO CÁO KẾT QUẢ BẦU CỬ - TỶ LỆ CỬ TRI ĐI BẦU'],
    [],
    ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri', 'Tỷ lệ\n(%)', 'Bầu lại', 'Bầu thêm', 'Ngày hoàn thành', 'Ghi chú'],
    ['STT', 'Đơn vị', 'Tổng số', 'Đã bỏ phiếu', 'Tỷ lệ\n(%)', 'Bầu lại', 'Bầu thêm', 'Ngày hoàn thành', 'Ghi chú'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
  ];
  let reg = 0;
  let voted = 0;
  COMMUNES.forEach((c, i) => {
    reg += c.registered;
    voted += c.voted;
    const rate = c.stated ?? Math.round((c.voted / c.registered) * 10000) / 100;
    rows.push([
      i + 1,
      c.name,
      count(c.registered),
      count(c.voted),
      c.name === 'Thị trấn Vũ Thư' ? '98,0%' : pct(rate),
      c.reelection ? 'Có' : 'Không',
      null,
      c.completed ?? date(2021, 5, 23),
      c.reelection ? 'Bầu lại đại biểu HĐND xã tại đơn vị bầu cử số 3' : null,
    ]);
  });
  rows.push([null, 'Tổng cộng', count(reg), count(voted), pct(Math.round((voted / reg) * 10000) / 100)]);
  rows.push([]);
  rows.push([null, null, null, null, null, null, 'Vũ Thư, ngày 28 tháng 5 năm 2021']);
  rows.push([null, 'Người lập biểu', null, null, null, null, 'Thủ trưởng đơn vị']);
  return sheet(SAMPLE_SHEETS.turnout, rows);
}

const CRITERIA_MARKS: [string, string[]][] = [
  ['Thị trấn Vũ Thư', ['x', 'x', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
  ['Xã Song Lãng', ['x', 'x', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
  ['Xã Hoà Bình', ['x', 'x', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
  ['Xã Minh Quang', ['x', 'x', 'Đạt', 'Đạt', 'Không đạt', 'Đạt']],
  ['Xã Minh Lãng', ['x', 'x', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
  ['Xã Việt Hùng', ['x', 'x', 'Đạt', 'Đạt', 'Đạt', 'Đạt']],
];

function criteriaSheet(): SheetModel {
  const rows: In[][] = [
    ['UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ'],
    [],
    ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ TIÊU CHÍ THI ĐUA CỦA CÁC XÃ, THỊ TRẤN'],
    [],
    [
      'STT',
      'TÊN ĐƠN VỊ',
      'Tiêu chí chung',
      'Tiêu chí chung',
      'Tiêu chí đối với cấp huyện, xã, thôn',
      'Tiêu chí đối với cấp huyện, xã, thôn',
      'Tiêu chí đối với cấp huyện, xã, thôn',
      'Tiêu chí đối với cấp huyện, xã, thôn',
      'Ghi chú',
    ],
    ['STT', 'TÊN ĐƠN VỊ', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7', 'Ghi chú'],
  ];
  CRITERIA_MARKS.forEach(([name, marks], i) => rows.push([i + 1, name, ...marks, null]));
  rows.push([]);
  rows.push([null, 'Người lập biểu', null, null, null, null, 'Thủ trưởng đơn vị']);
  return sheet(SAMPLE_SHEETS.criteria, rows);
}

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const PROPOSER = 'UBND huyện Vũ Thư';
const C_ACH = 'Tổ chức thành công cuộc bầu cử, tỷ lệ cử tri đi bầu cao, an ninh trật tự bảo đảm tuyệt đối';
const P_ACH = 'Có nhiều đóng góp trong công tác chuẩn bị và tổ chức bầu cử tại địa phương';

function nomineesSheet(): SheetModel {
  const rows: In[][] = [
    ['UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ', 'UBND HUYỆN VŨ THƯ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    [],
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
    ['(Kèm theo Tờ trình số 86/TTr-UBND của UBND huyện Vũ Thư)'],
    [],
    [
      'STT',
      'Họ và tên / Tên tập thể',
      'Tập thể/\nCá nhân',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị đề nghị',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Ngày nộp hồ sơ',
    ],
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  ];
  const list: In[][] = [
    ['Xã Hòa Bình', 'Tập thể', null, null, PROPOSER, BK, C_ACH, date(2021, 6, 4)],
    ['Xã Song Lãng', 'Tập thể', null, null, PROPOSER, BK, C_ACH, date(2021, 6, 7)],
    ['Xã Minh Quang', 'Tập thể', null, null, PROPOSER, 'BK CT UBND tỉnh', C_ACH, '07/06/2021'],
    ['Thị trấn Vũ Thư', 'Tập thể', null, null, PROPOSER, BK, C_ACH, date(2021, 6, 10)],
    ['Xã Việt Hùng', 'Tập thể', null, null, PROPOSER, BK, C_ACH, date(2021, 6, 8)],
    ['Xã Minh Lãng', 'Tập thể', null, null, PROPOSER, BK, C_ACH, date(2021, 6, 9)],
    ['Nguyễn Văn Hùng', 'Cá nhân', date(1972, 4, 5), 'Chủ tịch UBND xã Hòa Bình', PROPOSER, BK, P_ACH, date(2021, 6, 7)],
    ['Trần Thị Thủy', 'Cá nhân', date(1979, 8, 14), 'Công chức Tư pháp - Hộ tịch xã Vũ Hội', PROPOSER, BK, P_ACH, '07/06/2021'],
    ['Phạm Thị Hương', 'Cá nhân', date(1985, 2, 28), 'Giáo viên Trường THCS Song Lãng', PROPOSER, BK, null, date(2021, 6, 8)],
    [
      'Hoàng Văn Nam',
      'Cá nhân',
      date(1975, 6, 30),
      'Trưởng Công an xã Minh Khai',
      PROPOSER,
      'Bằng khen của Thủ tướng Chính phủ',
      P_ACH,
      date(2021, 6, 9),
    ],
    ['Vũ Thị Thu Hà', 'Cá nhân', '09/09/1988', 'Chuyên viên Phòng Nội vụ huyện Vũ Thư', PROPOSER, BK, P_ACH, '14/06/2021'],
    ['Trần Thị Thủy', 'Cá nhân', '14/08/1979', 'Công chức Tư pháp - Hộ tịch xã Vũ Hội', PROPOSER, BK, P_ACH, date(2021, 6, 9)],
  ];
  list.forEach((r, i) => rows.push([i + 1, ...r]));
  rows.push([]);
  rows.push([null, null, null, null, null, null, 'Vũ Thư, ngày 10 tháng 6 năm 2021']);
  rows.push([null, 'Người lập biểu', null, null, null, null, 'TM. ỦY BAN NHÂN DÂN']);
  return sheet(SAMPLE_SHEETS.nominees, rows);
}

/** The sample workbook as the engine's model (the fake Excel is seeded from it). */
export function sampleModel(): WorkbookModel {
  return { name: SAMPLE_NAME, sheets: [turnoutSheet(), criteriaSheet(), nomineesSheet()] };
}
