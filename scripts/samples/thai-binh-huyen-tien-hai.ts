/**
 * `thai-binh-huyen-tien-hai`: a district's nominee list kept as two tables stacked in one
 * sheet, the way offices often keep it — *I. TẬP THỂ* with its own header (STT, Tên tập thể,
 * Đơn vị đề nghị, Hình thức khen thưởng, Tóm tắt thành tích, Ngày nộp hồ sơ), a gap, then
 * *II. CÁ NHÂN* with another header whose columns differ in number and order (Họ và tên, Ngày
 * sinh, Chức vụ, Hình thức…, Đơn vị đề nghị…) — beside the turnout of its communes.
 */
import { Plants } from './expected';
import { createRng, type Rng } from './prng';
import { DATE_FMT, fmt, newWorkbook, SheetBuilder, type CellInput } from './sheet';
import { achievement, COLLECTIVE_ACHIEVEMENTS, INDIVIDUAL_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, NameRegistry, nfd, percentText, round, thousands, utc } from './vn';

export const TIEN_HAI_NAME = 'thai-binh-huyen-tien-hai';
export const TIEN_HAI_SHEETS = { turnout: 'Tỷ lệ cử tri', nominees: 'Danh sách khen thưởng' } as const;
export const TIEN_HAI_UNIT = 'UBND huyện Tiền Hải';
/** Conference 25/06/2021: the deadline is 11/06/2021. */
export const TIEN_HAI_CONFERENCE = '2021-06-25';

const PLAN = 'thai-binh-32-2021';

const COMMUNES = [
  'Thị trấn Tiền Hải',
  'Xã Đông Cơ',
  'Xã Đông Lâm',
  'Xã Đông Minh',
  'Xã Nam Chính',
  'Xã Nam Cường',
  'Xã Nam Hà',
  'Xã Nam Hải',
  'Xã Nam Thịnh',
  'Xã Phương Công',
  'Xã Tây Giang',
  'Xã Tây Ninh',
  'Xã Vân Trường',
  'Xã Vũ Lăng',
] as const;

function counts(rng: Rng): { registered: number; voted: number } {
  const registered = rng.int(3500, 9000);
  return { registered, voted: Math.min(registered, Math.round(registered * (0.983 + rng.next() * 0.015))) };
}

export function buildTienHai(seed = 2021_06_09): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const notes: string[] = [];
  const S = TIEN_HAI_SHEETS;
  const wb = newWorkbook(TIEN_HAI_UNIT, utc(2021, 6, 10));

  // ---- turnout ---------------------------------------------------------------------------
  const data = new Map(COMMUNES.map((n) => [n, counts(rng)]));
  // Xã Nam Hà: 97,52 %, below the 98 % minimum, and nominated.
  data.set('Xã Nam Hà', { registered: 6210, voted: 6056 });
  const t = new SheetBuilder(wb, S.turnout, 6, [6, 26, 14, 14, 12, 24]);
  t.titleRow([
    { text: 'UBND HUYỆN TIỀN HẢI', from: 1, to: 2, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 3, to: 6, bold: true },
  ]);
  t.titleRow([{ text: 'Độc lập - Tự do - Hạnh phúc', from: 3, to: 6, bold: true }]);
  t.blank();
  t.titleRow('TỶ LỆ CỬ TRI ĐI BẦU CỬ CÁC XÃ, THỊ TRẤN', { size: 14 });
  t.blank();
  t.header([['STT', 'Đơn vị', 'Tổng số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)', 'Ghi chú']]);
  const tRow = new Map<string, number>();
  COMMUNES.forEach((name, i) => {
    const c = data.get(name)!;
    const pct = round((c.voted / c.registered) * 100, 2);
    const r = t.add([i + 1, name, thousands(c.registered), fmt(c.voted, '#,##0'), percentText(pct), null]);
    tRow.set(name, r);
  });
  t.blank();
  t.freeMerged([{ from: 4, to: 6, text: 'Tiền Hải, ngày 27 tháng 5 năm 2021', italic: true }]);
  t.freeMerged([
    { from: 1, to: 2, text: 'Người lập biểu', bold: true },
    { from: 4, to: 6, text: 'TM. ỦY BAN BẦU CỬ', bold: true },
  ]);
  plants.add('TURNOUT_BELOW_MIN', S.turnout, [tRow.get('Xã Nam Hà')!], 'Xã Nam Hà');
  notes.push(`${S.turnout}: Xã Nam Hà 6.056 / 6.210 = 97,52 % < 98 % → TURNOUT_BELOW_MIN`);

  // ---- nominees: two stacked tables --------------------------------------------------------
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const d = new SheetBuilder(wb, S.nominees, 6, [6, 30, 30, 26, 50, 14, 22, 24]);
  d.titleRow([
    { text: 'UBND HUYỆN TIỀN HẢI', from: 1, to: 2, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 4, to: 6, bold: true },
  ]);
  d.titleRow([{ text: 'Độc lập - Tự do - Hạnh phúc', from: 4, to: 6, bold: true }]);
  d.blank();
  d.titleRow('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { size: 14 });
  d.titleRow('Tập thể, cá nhân có thành tích xuất sắc trong công tác bầu cử năm 2021', { bold: false, italic: true });
  d.blank();
  d.freeMerged([{ from: 1, to: 6, text: 'I. TẬP THỂ', bold: true }]);
  d.header([['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Ngày nộp hồ sơ']]);
  d.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  const collectives = ['Xã Đông Cơ', 'Xã Nam Hà', 'Xã Tây Giang', 'Thị trấn Tiền Hải', 'Xã Vân Trường', 'Xã Phương Công'];
  const cRows: number[] = [];
  let nameNamHa = 0;
  collectives.forEach((c, i) => {
    const r = d.add([i + 1, c, TIEN_HAI_UNIT, BK, achievement(rng, COLLECTIVE_ACHIEVEMENTS), dossier(rng, i)]);
    cRows.push(r);
    if (c === 'Xã Nam Hà') nameNamHa = r;
  });
  plants.add('QUOTA_EXCEEDED', S.nominees, cRows, TIEN_HAI_UNIT);
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nameNamHa], 'Xã Nam Hà');
  notes.push(
    `${S.nominees}, table I (header row ${d.row - collectives.length - 1}): 6 collectives, quota 5 → QUOTA_EXCEEDED listing the six rows`,
    `${S.nominees}, table I: Xã Nam Hà below the turnout minimum → NOMINEE_NOT_ELIGIBLE`,
  );

  d.blank(2);
  d.setWidth(8);
  d.freeMerged([{ from: 1, to: 8, text: 'II. CÁ NHÂN', bold: true }]);
  d.header([
    ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Hình thức khen thưởng', 'Đơn vị đề nghị', 'Tóm tắt thành tích', 'Ngày nộp hồ sơ'],
  ]);
  const people: [string, Date, string][] = [
    ['Phạm Văn Cường', utc(1971, 2, 14), 'Chủ tịch UBND xã Đông Cơ'],
    ['Nguyễn Thị Hải Yến', utc(1986, 7, 21), 'Chuyên viên Phòng Nội vụ huyện Tiền Hải'],
    ['Đặng Quốc Toản', utc(1979, 10, 3), 'Trưởng Công an xã Tây Giang'],
    ['Hoàng Thị Mến', utc(1983, 4, 9), 'Công chức Văn phòng - Thống kê xã Vân Trường'],
    ['Lương Văn Thọ', utc(1966, 12, 25), 'Bí thư Chi bộ thôn Tây Sơn, xã Tây Ninh'],
    ['Trịnh Thị Ngọc Ánh', utc(1992, 5, 5), 'Công chức Tư pháp - Hộ tịch xã Nam Chính'],
    ['Vũ Đình Khang', utc(1974, 8, 19), 'Phó Chủ tịch UBND thị trấn Tiền Hải'],
  ];
  let missingRow = 0;
  let lateRow = 0;
  people.forEach(([name, dob, position], i) => {
    names.reserve(name);
    const missing = i === 3;
    const late = i === 5;
    const r = d.add([
      i + 1,
      i === 1 ? nfd(name) : name,
      i % 2 ? dateText(dob) : dob,
      position,
      BK,
      TIEN_HAI_UNIT,
      missing ? null : achievement(rng, INDIVIDUAL_ACHIEVEMENTS),
      late ? '15/06/2021' : dossier(rng, i),
    ]);
    if (missing) missingRow = r;
    if (late) lateRow = r;
  });
  plants.add('MISSING_FIELD', S.nominees, [missingRow]);
  plants.add('DOSSIER_LATE', S.nominees, [lateRow]);
  notes.push(
    `${S.nominees}, table II: its own header, 8 columns in another order; 7 individuals (quota 8) → no quota finding`,
    `${S.nominees}, table II: Hoàng Thị Mến without Tóm tắt thành tích → MISSING_FIELD; Trịnh Thị Ngọc Ánh's dossier 15/06/2021 after 11/06/2021 → DOSSIER_LATE`,
  );
  d.blank();
  d.freeMerged([{ from: 5, to: 8, text: 'Tiền Hải, ngày 10 tháng 6 năm 2021', italic: true }]);
  d.freeMerged([
    { from: 1, to: 3, text: 'Nơi nhận:', bold: true },
    { from: 5, to: 8, text: 'TM. ỦY BAN NHÂN DÂN', bold: true },
  ]);
  d.freeMerged([{ from: 5, to: 8, text: 'CHỦ TỊCH', bold: true }]);

  return {
    name: TIEN_HAI_NAME,
    title: 'UBND huyện Tiền Hải (Thái Bình), plan A: the nominee list as two tables stacked in one sheet',
    workbook: wb,
    sheets: [S.turnout, S.nominees],
    expected: { plan: PLAN, options: { conferenceDate: TIEN_HAI_CONFERENCE, unit: TIEN_HAI_UNIT }, findings: plants.findings() },
    plants: notes,
  };
}

/** A dossier date on time (04–11/06/2021), as a date or as text. */
function dossier(rng: Rng, i: number): CellInput {
  const day = utc(2021, 6, 4 + rng.int(0, 7));
  return i % 2 ? fmt(day, DATE_FMT) : dateText(day);
}
