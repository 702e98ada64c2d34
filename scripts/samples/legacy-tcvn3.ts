/**
 * `legacy-tcvn3`: a plan-B-like nominee list typed with .VnTime fonts (TCVN3): names, units,
 * award forms, headers and titles are legacy bytes (`§Æng ThÞ Hång`). One row was added
 * later in Unicode. Read correctly, it holds one duplicate and one form that is not allowed;
 * read as-is, every form would look unknown and the duplicate would go unseen.
 */
import { Plants } from './expected';
import { createRng } from './prng';
import { newWorkbook, SheetBuilder } from './sheet';
import { achievement, TEACHER_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, NameRegistry, toTcvn3, utc } from './vn';

export const LEGACY_NAME = 'legacy-tcvn3';
export const LEGACY_SHEETS = { nominees: 'DS de nghi' } as const;

const PLAN = 'hung-yen-cdn-gd-2021';

interface Row {
  key?: string;
  name: string;
  dob: Date;
  position: string;
  unit: string;
  form: string;
  /** Typed in Unicode (added later) rather than TCVN3. */
  unicode?: boolean;
}

export function buildLegacy(seed = 1993): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const S = LEGACY_SHEETS;
  const HONG_DOB = utc(1982, 3, 12);
  for (const n of ['Nguyễn Văn An', 'Đặng Thị Hồng', 'Trần Thị Thu Hà', 'Lê Văn Dũng', 'Phạm Thị Lan', 'Vũ Đức Thắng', 'Hoàng Thị Mai']) {
    names.reserve(n);
  }
  const VG = 'CĐCS Trường THPT Văn Giang';
  const MH = 'CĐCS Trường THPT Mỹ Hào';
  const TL = 'CĐCS Trường THCS Tiên Lữ';
  const rows: Row[] = [
    { name: 'Nguyễn Văn An', dob: utc(1975, 9, 2), position: 'Hiệu trưởng', unit: VG, form: 'Bằng khen của Liên đoàn Lao động tỉnh' },
    { key: 'hong', name: 'Đặng Thị Hồng', dob: HONG_DOB, position: 'Giáo viên', unit: VG, form: 'Bằng khen của LĐLĐ tỉnh' },
    {
      name: 'Trần Thị Thu Hà',
      dob: utc(1988, 11, 20),
      position: 'Tổ trưởng chuyên môn',
      unit: MH,
      form: 'Bằng khen của Tổng LĐLĐ Việt Nam',
    },
    {
      key: 'bo',
      name: 'Lê Văn Dũng',
      dob: utc(1979, 6, 15),
      position: 'Phó Hiệu trưởng',
      unit: MH,
      form: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo',
    },
    { name: 'Phạm Thị Lan', dob: utc(1985, 1, 8), position: 'Kế toán', unit: TL, form: 'Giấy khen của Công đoàn Ngành' },
    { name: 'Vũ Đức Thắng', dob: utc(1990, 4, 25), position: 'Giáo viên', unit: TL, form: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { name: 'Hoàng Thị Mai', dob: utc(1983, 7, 30), position: 'Chủ tịch CĐCS', unit: TL, form: 'Giấy khen của Công đoàn Ngành' },
    { key: 'hong', name: 'Đặng Thị Hồng', dob: HONG_DOB, position: 'Giáo viên', unit: VG, form: 'Bằng khen của LĐLĐ tỉnh', unicode: true },
  ];

  const wb = newWorkbook('CD Nganh GD', utc(2021, 5, 31));
  const s = new SheetBuilder(wb, S.nominees, 7, [5, 24, 12, 22, 30, 36, 50]);
  const T = toTcvn3;
  s.titleRow([{ text: T('CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN'), from: 1, to: 3, bold: true }]);
  s.blank();
  s.titleRow(T('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'), { size: 13 });
  s.titleRow(T('(Đợt thi đua đặc biệt tổ chức thành công cuộc bầu cử năm 2021)'), { bold: false, italic: true });
  s.blank();
  s.header([
    ['STT', T('Họ và tên'), T('Ngày sinh'), T('Chức vụ'), T('Đơn vị đề nghị'), T('Hình thức khen thưởng'), T('Tóm tắt thành tích')],
  ]);
  const dup: number[] = [];
  let notAllowed = 0;
  rows.forEach((x, i) => {
    const enc = x.unicode === true ? (t: string) => t : T;
    const r = s.add([
      i + 1,
      enc(x.name),
      dateText(x.dob),
      enc(x.position),
      enc(x.unit),
      enc(x.form),
      enc(achievement(rng, TEACHER_ACHIEVEMENTS)),
    ]);
    if (x.key === 'hong') dup.push(r);
    if (x.key === 'bo') notAllowed = r;
  });
  s.blank();
  s.free({ 5: T('Hưng Yên, ngày 31 tháng 5 năm 2021') }, { italic: true });
  s.free({ 2: T('Người lập biểu'), 5: T('TM. BAN THƯỜNG VỤ') }, { bold: true });

  plants.add('AWARD_FORM_NOT_ALLOWED', S.nominees, [notAllowed]);
  plants.add('DUPLICATE_NOMINEE', S.nominees, dup);

  return {
    name: LEGACY_NAME,
    title: 'A nominee list typed in TCVN3 (.VnTime), plan B: legacy-encoding detection',
    workbook: wb,
    sheets: [S.nominees],
    expected: { plan: PLAN, options: {}, findings: plants.findings() },
    plants: [
      `${S.nominees}: titles, headers, names, units, positions, forms and summaries in TCVN3 ("§Æng ThÞ Hång", "NguyÔn V¨n An", "B»ng khen cña Liªn ®oµn Lao ®éng tØnh")`,
      `${S.nominees}: "§Æng ThÞ Hång" 12/03/1982 and, added later in Unicode, "Đặng Thị Hồng" 12/03/1982 → DUPLICATE_NOMINEE (only when decoded)`,
      `${S.nominees}: "B»ng khen cña Bé tr­ëng Bé Gi¸o dôc vµ §µo t¹o" → AWARD_FORM_NOT_ALLOWED; the six other TCVN3 forms are allowed spellings once decoded`,
    ],
  };
}
