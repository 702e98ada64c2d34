/**
 * `hung-yen-cdn-moi-truong-mot-trang`: a sector union's workbook under plan B with one member
 * list per school, one sheet each and no unit column — the school named only in the sheet's
 * title rows (*CĐCS TRƯỜNG THPT KHOÁI CHÂU* under *CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN*), or, for
 * one school, by the sheet's name alone — beside a units sheet and a nominee list kept as two
 * stacked tables. A workbook that mixes the layouts.
 */
import { Plants } from './expected';
import { createRng } from './prng';
import { newWorkbook, SheetBuilder } from './sheet';
import { achievement, TEACHER_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, NameRegistry, nfd, utc } from './vn';

export const MOI_TRUONG_NAME = 'hung-yen-cdn-moi-truong-mot-trang';
export const MOI_TRUONG_UNIT = 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên';
const PLAN = 'hung-yen-cdn-gd-2021';

interface School {
  sheet: string;
  /** The title line naming the base union; null: the sheet's name is all there is. */
  title: string | null;
  /** As the units sheet and the nominee list write it. */
  unit: string;
  size: number;
  absent: number;
}

const SCHOOLS: School[] = [
  // 40 / 40 = 100 %: meets the target.
  { sheet: 'THPT Văn Giang', title: 'CĐCS TRƯỜNG THPT VĂN GIANG', unit: 'CĐCS Trường THPT Văn Giang', size: 40, absent: 0 },
  // 34 / 37 = 91,9 %: below the 95 % minimum; nominated.
  { sheet: 'THPT Khoái Châu', title: 'CĐCS TRƯỜNG THPT KHOÁI CHÂU', unit: 'CĐCS Trường THPT Khoái Châu', size: 37, absent: 3 },
  // 32 / 33 = 97,0 %: above the minimum, below the 100 % target; no title line of its own.
  { sheet: 'THPT Ân Thi', title: null, unit: 'Trường THPT Ân Thi', size: 33, absent: 1 },
];

export function buildMoiTruong(seed = 207_2021): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const notes: string[] = [];
  const wb = newWorkbook(MOI_TRUONG_UNIT, utc(2021, 5, 26));

  // ---- units --------------------------------------------------------------------------
  const u = new SheetBuilder(wb, 'Danh sách đơn vị', 4, [6, 36, 16, 30]);
  u.titleRow([{ text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN', from: 1, to: 2, bold: true }]);
  u.blank();
  u.titleRow('DANH SÁCH CÔNG ĐOÀN CƠ SỞ', { size: 13 });
  u.blank();
  u.header([['STT', 'Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên']]);
  const unitRow = new Map<string, number>();
  SCHOOLS.forEach((s, i) => {
    unitRow.set(s.sheet, u.add([i + 1, s.unit, 'CĐCS', MOI_TRUONG_UNIT]));
  });

  // ---- one member list per school --------------------------------------------------------
  for (const s of SCHOOLS) {
    const m = new SheetBuilder(wb, s.sheet, 6, [6, 28, 13, 26, 10, 24]);
    m.titleRow([
      { text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN', from: 1, to: 3, bold: false },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 4, to: 6, bold: true },
    ]);
    m.titleRow([
      ...(s.title ? [{ text: s.title, from: 1, to: 3, bold: true }] : []),
      { text: 'Độc lập - Tự do - Hạnh phúc', from: 4, to: 6, bold: true },
    ]);
    m.blank();
    m.titleRow('DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ NGÀY 23/5/2021', { size: 13 });
    m.blank();
    m.header([['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đi bầu', 'Ghi chú']]);
    m.add(['1', '2', '3', '4', '5', '6']);
    const absentAt = new Set<number>();
    while (absentAt.size < s.absent) absentAt.add(rng.int(3, s.size - 1));
    for (let i = 0; i < s.size; i++) {
      const p = names.person(rng, undefined, 1965, 1998);
      const voted = !absentAt.has(i);
      m.add([
        i + 1,
        rng.chance(0.15) ? nfd(p.name) : p.name,
        rng.chance(0.5) ? p.dob : dateText(p.dob),
        i === 0 ? 'Hiệu trưởng' : i === 1 ? 'Chủ tịch CĐCS' : rng.pick(['Giáo viên', 'Giáo viên', 'Nhân viên']),
        voted ? rng.pick(['x', 'x', 'Có', 'có']) : null,
        voted ? null : 'Vắng mặt',
      ]);
    }
    m.blank();
    m.freeMerged([{ from: 4, to: 6, text: `${s.sheet.replace('THPT ', '')}, ngày 24 tháng 5 năm 2021`, italic: true }]);
    m.freeMerged([
      { from: 1, to: 2, text: 'Người lập biểu', bold: true },
      { from: 4, to: 6, text: 'TM. BAN CHẤP HÀNH', bold: true },
    ]);
  }
  const kc = SCHOOLS[1]!;
  const at = SCHOOLS[2]!;
  plants.add('TURNOUT_BELOW_MIN', 'Danh sách đơn vị', [unitRow.get(kc.sheet)!], kc.unit);
  plants.add('TURNOUT_BELOW_TARGET', 'Danh sách đơn vị', [unitRow.get(at.sheet)!], at.unit);
  notes.push(
    `"${kc.sheet}": no unit column, the title names CĐCS TRƯỜNG THPT KHOÁI CHÂU; 34 / 37 = 91,9 % < 95 % → TURNOUT_BELOW_MIN on its row of the units sheet`,
    `"${at.sheet}": no title line of its own → the unit is the sheet's name, matched to "Trường THPT Ân Thi"; 32 / 33 = 97,0 % < 100 % target → TURNOUT_BELOW_TARGET`,
    `"${SCHOOLS[0]!.sheet}": 40 / 40 = 100 % → no finding`,
  );

  // ---- nominees: two stacked tables ------------------------------------------------------
  const d = new SheetBuilder(wb, 'DS đề nghị', 5, [6, 36, 32, 44, 50]);
  d.titleRow([
    { text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN', from: 1, to: 2, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 3, to: 5, bold: true },
  ]);
  d.titleRow([{ text: 'Độc lập - Tự do - Hạnh phúc', from: 3, to: 5, bold: true }]);
  d.blank();
  d.titleRow('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { size: 14 });
  d.blank();
  d.freeMerged([{ from: 1, to: 5, text: 'I. Tập thể', bold: true }]);
  d.header([['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích']]);
  const BK = 'Bằng khen của LĐLĐ tỉnh';
  const nomKc = d.add([1, 'Công đoàn Trường THPT Khoái Châu', MOI_TRUONG_UNIT, BK, achievement(rng, TEACHER_ACHIEVEMENTS)]);
  d.add([2, 'Công đoàn Trường THPT Văn Giang', MOI_TRUONG_UNIT, BK, achievement(rng, TEACHER_ACHIEVEMENTS)]);
  plants.add('NOMINEE_NOT_ELIGIBLE', 'DS đề nghị', [nomKc], 'Công đoàn Trường THPT Khoái Châu');
  notes.push(`"DS đề nghị", table I: Công đoàn Trường THPT Khoái Châu below the minimum (standard d) → NOMINEE_NOT_ELIGIBLE`);
  d.blank();
  d.setWidth(6);
  d.freeMerged([{ from: 1, to: 6, text: 'II. Cá nhân', bold: true }]);
  d.header([['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Đơn vị đề nghị']]);
  const people: [string, string][] = [
    ['Nguyễn Thị Thanh Hằng', 'Chủ tịch CĐCS Trường THPT Văn Giang'],
    ['Lê Văn Quyết', 'Giáo viên Trường THPT Ân Thi'],
  ];
  people.forEach(([name, where], i) => {
    names.reserve(name);
    d.add([
      i + 1,
      name,
      where,
      'Giấy khen của Công đoàn cấp trên trực tiếp cơ sở',
      achievement(rng, TEACHER_ACHIEVEMENTS),
      MOI_TRUONG_UNIT,
    ]);
  });
  notes.push(`"DS đề nghị", table II: its own header, 6 columns with Đơn vị đề nghị last → read with its own columns, no finding`);
  d.blank();
  d.freeMerged([{ from: 4, to: 6, text: 'Hưng Yên, ngày 26 tháng 5 năm 2021', italic: true }]);
  d.freeMerged([{ from: 4, to: 6, text: 'TM. BAN THƯỜNG VỤ', bold: true }]);

  return {
    name: MOI_TRUONG_NAME,
    title: 'Công đoàn Ngành Giáo dục Hưng Yên, plan B: one member list per school, a units sheet and stacked nominee tables',
    workbook: wb,
    sheets: ['Danh sách đơn vị', ...SCHOOLS.map((s) => s.sheet), 'DS đề nghị'],
    expected: { plan: PLAN, options: { unit: MOI_TRUONG_UNIT }, findings: plants.findings() },
    plants: notes,
  };
}
