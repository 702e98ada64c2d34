/**
 * `vinh-phuc-quy-dtpt`: one small base union under plan C (target and minimum 100 %): its
 * member list only, the unit named in the title rows.
 */
import { Plants } from './expected';
import { createRng } from './prng';
import { newWorkbook, SheetBuilder } from './sheet';
import type { Sample } from './types';
import { dateText, NameRegistry, nfd, utc } from './vn';

export const VINH_PHUC_NAME = 'vinh-phuc-quy-dtpt';
export const VINH_PHUC_SHEETS = { members: 'Đoàn viên' } as const;
export const VINH_PHUC_UNIT = 'Công đoàn Quỹ Đầu tư phát triển và Bảo lãnh tín dụng tỉnh Vĩnh Phúc';

const PLAN = 'vinh-phuc-quy-dtpt-2021';

const POSITIONS = [
  'Giám đốc',
  'Phó Giám đốc',
  'Phó Giám đốc',
  'Kế toán trưởng',
  'Trưởng phòng Nghiệp vụ đầu tư',
  'Trưởng phòng Bảo lãnh tín dụng',
  'Trưởng phòng Hành chính - Tổng hợp',
  'Phó Trưởng phòng Nghiệp vụ đầu tư',
  'Phó Trưởng phòng Bảo lãnh tín dụng',
  'Kiểm soát viên',
];

export function buildVinhPhuc(seed = 10_2021): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const S = VINH_PHUC_SHEETS;
  const size = 25;
  const absent = rng.int(8, size - 1); // one member did not vote: 24 / 25 = 96 %

  const wb = newWorkbook(VINH_PHUC_UNIT, utc(2021, 5, 24));
  const s = new SheetBuilder(wb, S.members, 6, [6, 28, 13, 34, 10, 28]);
  s.titleRow([
    { text: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH VĨNH PHÚC', from: 1, to: 3, bold: false },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 4, to: 6, bold: true },
  ]);
  s.titleRow([
    { text: VINH_PHUC_UNIT, from: 1, to: 3, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', from: 4, to: 6, bold: true },
  ]);
  s.blank();
  s.titleRow('DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2021 - 2026', {
    size: 13,
  });
  s.titleRow('(Ngày bầu cử: Chủ nhật, 23/5/2021)', { bold: false, italic: true });
  s.blank();
  s.header([['STT', 'HỌ VÀ TÊN', 'NGÀY SINH', 'CHỨC VỤ', 'ĐI BẦU', 'GHI CHÚ']]);
  for (let i = 0; i < size; i++) {
    const senior = i < POSITIONS.length;
    const p = names.person(rng, undefined, senior ? 1964 : 1975, senior ? 1981 : 1997);
    const pos = POSITIONS[i] ?? rng.pick(['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Nhân viên', 'Lái xe', 'Văn thư - Thủ quỹ']);
    const voted = i !== absent;
    s.add([
      i + 1,
      rng.chance(0.12) ? nfd(p.name) : p.name,
      rng.chance(0.6) ? p.dob : dateText(p.dob),
      pos,
      voted ? 'x' : null,
      voted ? null : 'Điều trị tại bệnh viện',
    ]);
  }
  s.blank();
  s.free({ 4: 'Vĩnh Yên, ngày 24 tháng 5 năm 2021' }, { italic: true });
  s.free({ 2: 'Người lập biểu', 4: 'TM. BAN CHẤP HÀNH' }, { bold: true });
  s.free({ 4: 'CHỦ TỊCH' }, { bold: true });

  // No units sheet: member-derived turnout names the unit with no row.
  plants.add('TURNOUT_BELOW_MIN', S.members, [], VINH_PHUC_UNIT);

  return {
    name: VINH_PHUC_NAME,
    title: 'Công đoàn Quỹ ĐTPT và Bảo lãnh tín dụng Vĩnh Phúc, plan C: one member list',
    workbook: wb,
    sheets: [S.members],
    expected: { plan: PLAN, options: { unit: VINH_PHUC_UNIT }, findings: plants.findings() },
    plants: [
      `${S.members}: ${size} members, one blank in ĐI BẦU (note "Điều trị tại bệnh viện") → 96 % < 100 % → TURNOUT_BELOW_MIN with rows [] and the unit (no units sheet)`,
    ],
  };
}
