/**
 * `thai-binh-huyen-kien-xuong`: a clean district workbook under plan A whose signature blocks
 * are merged the way offices merge them — the place-and-date line over the last three or four
 * columns, *TM. ỦY BAN NHÂN DÂN* / *KT. CHỦ TỊCH* merged likewise, *Nơi nhận* merged on the
 * left — in all three sheets. Nothing in it breaks the plan: the check must exit 0.
 */
import { Plants } from './expected';
import { createRng, type Rng } from './prng';
import { DATE_FMT, fmt, newWorkbook, SheetBuilder, type CellInput } from './sheet';
import { achievement, COLLECTIVE_ACHIEVEMENTS, INDIVIDUAL_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, NameRegistry, nfd, percentText, round, thousands, utc } from './vn';

export const KIEN_XUONG_NAME = 'thai-binh-huyen-kien-xuong';
export const KIEN_XUONG_SHEETS = {
  turnout: 'Kết quả bầu cử',
  criteria: 'Chấm điểm',
  nominees: 'DS đề nghị',
} as const;
export const KIEN_XUONG_UNIT = 'UBND huyện Kiến Xương';
/** Conference 25/06/2021: 10 working days before is 11/06/2021. */
export const KIEN_XUONG_CONFERENCE = '2021-06-25';

const PLAN = 'thai-binh-32-2021';

/** Communes of Kiến Xương district (2021). */
const COMMUNES = [
  'Thị trấn Thanh Nê',
  'Xã An Bồi',
  'Xã Bình Định',
  'Xã Bình Nguyên',
  'Xã Bình Thanh',
  'Xã Đình Phùng',
  'Xã Hồng Thái',
  'Xã Lê Lợi',
  'Xã Minh Hưng',
  'Xã Nam Bình',
  'Xã Quang Bình',
  'Xã Quốc Tuấn',
  'Xã Thanh Tân',
  'Xã Trà Giang',
  'Xã Vũ Bình',
  'Xã Vũ Quý',
] as const;

interface Commune {
  name: string;
  registered: number;
  voted: number;
}

function commune(rng: Rng, name: string): Commune {
  const registered = rng.int(3800, 9600);
  // 98,3 %–99,9 %: above the 98 % minimum with room for rounding.
  const voted = Math.min(registered, Math.round(registered * (0.983 + rng.next() * 0.016)));
  return { name, registered, voted };
}

export function buildKienXuong(seed = 2021_06_11): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const S = KIEN_XUONG_SHEETS;
  const communes = COMMUNES.map((n) => commune(rng, n));
  const wb = newWorkbook(KIEN_XUONG_UNIT, utc(2021, 6, 10));

  // Sheet 1: turnout, two-row header, text counts and rates, signature merged over G:I.
  const t = new SheetBuilder(wb, S.turnout, 9, [6, 26, 12, 12, 10, 9, 9, 14, 24]);
  t.titleRow([
    { text: 'UBND HUYỆN KIẾN XƯƠNG', from: 1, to: 3, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 5, to: 9, bold: true },
  ]);
  t.titleRow([
    { text: 'ỦY BAN BẦU CỬ', from: 1, to: 3, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', from: 5, to: 9, bold: true },
  ]);
  t.blank();
  t.titleRow('TỔNG HỢP KẾT QUẢ BẦU CỬ CỦA CÁC XÃ, THỊ TRẤN', { size: 14 });
  t.blank();
  t.header(
    [
      ['STT', 'Tên đơn vị', 'Số cử tri', null, 'Tỷ lệ (%)', 'Bầu lại', 'Bầu thêm', 'Ngày hoàn thành', 'Ghi chú'],
      [null, null, 'Tổng số', 'Đi bầu', null, null, null, null, null],
    ],
    [
      [0, 1, 1, 1],
      [0, 2, 1, 2],
      [0, 3, 0, 4],
      [0, 5, 1, 5],
      [0, 6, 1, 6],
      [0, 7, 1, 7],
      [0, 8, 1, 8],
      [0, 9, 1, 9],
    ],
  );
  t.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
  communes.forEach((c, i) => {
    const pct = round((c.voted / c.registered) * 100, 2);
    const asText = rng.chance(0.4);
    t.add([
      i + 1,
      i % 5 === 2 ? nfd(c.name) : c.name,
      asText ? thousands(c.registered, '.') : fmt(c.registered, '#,##0'),
      asText ? thousands(c.voted, '.') : fmt(c.voted, '#,##0'),
      asText ? percentText(pct, 2) : fmt(pct, '0.00'),
      rng.chance(0.5) ? 'Không' : null,
      rng.chance(0.5) ? 'Không' : null,
      rng.chance(0.5) ? dateText(utc(2021, 5, 23)) : utc(2021, 5, 23),
      null,
    ]);
  });
  const reg = communes.reduce((s, c) => s + c.registered, 0);
  const voted = communes.reduce((s, c) => s + c.voted, 0);
  t.add([null, 'Tổng cộng', fmt(reg, '#,##0'), fmt(voted, '#,##0'), fmt(round((voted / reg) * 100, 2), '0.00'), null, null, null, null], {
    bold: true,
  });
  t.blank();
  t.freeMerged([{ from: 6, to: 9, text: 'Kiến Xương, ngày 28 tháng 5 năm 2021', italic: true }]);
  t.freeMerged([
    { from: 1, to: 3, text: 'Người lập biểu', bold: true },
    { from: 6, to: 9, text: 'TM. ỦY BAN BẦU CỬ', bold: true },
  ]);
  t.freeMerged([{ from: 6, to: 9, text: 'CHỦ TỊCH', bold: true }]);
  t.blank(2);
  t.freeMerged([
    { from: 1, to: 3, text: names.reserve('Phạm Thị Thanh Hoa'), bold: true },
    { from: 6, to: 9, text: names.reserve('Đỗ Văn Tiến'), bold: true },
  ]);

  // Sheet 2: criteria, Đạt / x marks, signature merged over the last four columns (F:I).
  const CODES = ['T1', 'T2', 'L1', 'L2', 'L6', 'L7'] as const;
  const k = new SheetBuilder(wb, S.criteria, 9, [6, 26, 9, 9, 9, 9, 9, 9, 20]);
  k.titleRow([{ text: 'UBND HUYỆN KIẾN XƯƠNG', from: 1, to: 3, bold: true }]);
  k.blank();
  k.titleRow('KẾT QUẢ CHẤM ĐIỂM TIÊU CHÍ THI ĐUA', { size: 13 });
  k.blank();
  k.header([['STT', 'Đơn vị', ...CODES, 'Ghi chú']]);
  communes.forEach((c, i) => {
    k.add([i + 1, c.name, ...CODES.map((code) => (code.startsWith('T') ? 'x' : 'Đạt')), null]);
  });
  k.blank();
  k.freeMerged([{ from: 6, to: 9, text: 'Kiến Xương, ngày 01 tháng 6 năm 2021', italic: true }]);
  k.freeMerged([{ from: 6, to: 9, text: 'KT. CHỦ TỊCH', bold: true }]);
  k.freeMerged([{ from: 6, to: 9, text: 'PHÓ CHỦ TỊCH', bold: true }]);

  // Sheet 3: nominees within the quotas (5 collectives, 8 individuals), all fields, on time;
  // the date line and TM. line merged over G:I, Nơi nhận merged over A:C.
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const d = new SheetBuilder(wb, S.nominees, 9, [6, 26, 11, 12, 30, 20, 26, 50, 13]);
  d.titleRow([
    { text: 'UBND HUYỆN KIẾN XƯƠNG', from: 1, to: 3, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 5, to: 9, bold: true },
  ]);
  d.titleRow([{ text: 'Độc lập - Tự do - Hạnh phúc', from: 5, to: 9, bold: true }]);
  d.blank();
  d.titleRow('DANH SÁCH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN', { size: 14 });
  d.titleRow('(Kèm theo Tờ trình số 52/TTr-UBND ngày 09/6/2021 của UBND huyện Kiến Xương)', { bold: false, italic: true });
  d.blank();
  d.header([
    [
      'STT',
      'Họ và tên / Tên tập thể',
      'Tập thể/Cá nhân',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị đề nghị',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Ngày nộp hồ sơ',
    ],
  ]);
  d.add([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const collectives = ['Xã An Bồi', 'Xã Bình Thanh', 'Xã Minh Hưng', 'Thị trấn Thanh Nê', 'Xã Trà Giang'];
  let n = 0;
  for (const c of collectives) {
    d.add([++n, c, 'Tập thể', null, null, KIEN_XUONG_UNIT, BK, achievement(rng, COLLECTIVE_ACHIEVEMENTS), dossierDate(rng, n)]);
  }
  const people: [string, Date, string][] = [
    ['Nguyễn Thị Lan', utc(1978, 3, 12), 'Chủ tịch UBND xã An Bồi'],
    ['Trần Văn Khải', utc(1969, 9, 2), 'Bí thư Đảng ủy xã Bình Thanh'],
    ['Phạm Minh Đức', utc(1984, 11, 23), 'Chuyên viên Phòng Nội vụ huyện'],
    ['Vũ Thị Hồng Nhung', utc(1990, 6, 30), 'Công chức Văn phòng - Thống kê xã Minh Hưng'],
    ['Đoàn Văn Hải', utc(1975, 1, 17), 'Trưởng Công an xã Trà Giang'],
    ['Lê Thị Thu Trang', utc(1987, 8, 8), 'Công chức Tư pháp - Hộ tịch thị trấn Thanh Nê'],
    ['Bùi Quang Vinh', utc(1980, 12, 1), 'Phó Chủ tịch UBND xã Quốc Tuấn'],
  ];
  for (const [name, dob, position] of people) {
    names.reserve(name);
    d.add([
      ++n,
      n % 3 === 0 ? nfd(name) : name,
      'Cá nhân',
      n % 2 ? dob : dateText(dob),
      position,
      KIEN_XUONG_UNIT,
      BK,
      achievement(rng, INDIVIDUAL_ACHIEVEMENTS),
      dossierDate(rng, n),
    ]);
  }
  d.blank();
  d.freeMerged([{ from: 7, to: 9, text: 'Kiến Xương, ngày 09 tháng 6 năm 2021', italic: true }]);
  d.freeMerged([
    { from: 1, to: 3, text: 'Nơi nhận:', bold: true },
    { from: 7, to: 9, text: 'TM. ỦY BAN NHÂN DÂN', bold: true },
  ]);
  d.freeMerged([
    { from: 1, to: 3, text: '- Hội đồng Thi đua - Khen thưởng tỉnh;' },
    { from: 7, to: 9, text: 'CHỦ TỊCH', bold: true },
  ]);
  d.freeMerged([{ from: 1, to: 3, text: '- Lưu: VT, NV.' }]);
  d.blank(2);
  d.freeMerged([{ from: 7, to: 9, text: names.reserve('Nguyễn Hữu Thành'), bold: true }]);

  return {
    name: KIEN_XUONG_NAME,
    title: 'UBND huyện Kiến Xương (Thái Bình), plan A: a clean district workbook with merged signature blocks',
    workbook: wb,
    sheets: [S.turnout, S.criteria, S.nominees],
    expected: { plan: PLAN, options: { conferenceDate: KIEN_XUONG_CONFERENCE, unit: KIEN_XUONG_UNIT }, findings: plants.findings() },
    plants: [
      `every sheet: the place-and-date line merged over the last three or four columns, TM./KT. lines and Nơi nhận merged likewise → read as the signature block, never as data`,
      `${S.turnout}: 16 communes 98,3–99,9 % (counts and rates as numbers or text), no re-election, on time → no finding`,
      `${S.criteria}: every criterion met → no finding`,
      `${S.nominees}: 5 collectives and 7 individuals (quotas 5 / 8), all fields, dossiers 04–11/06/2021 (deadline 11/06/2021) → no finding; exit 0`,
    ],
  };
}

/** A dossier date between 04/06 and 11/06/2021 (the deadline): as a date or as text. */
function dossierDate(rng: Rng, i: number): CellInput {
  const day = utc(2021, 6, 4 + rng.int(0, 5) + (i % 2));
  return i % 2 ? fmt(day, DATE_FMT) : dateText(day);
}
