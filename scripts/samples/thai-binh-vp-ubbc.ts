/**
 * `thai-binh-vp-ubbc`: the Office of the provincial Election Committee (Sở Nội vụ) under
 * plan A, consolidating the lists of departments and districts next to its own list.
 */
import { Plants } from './expected';
import { createRng } from './prng';
import { newWorkbook, SheetBuilder, type CellInput } from './sheet';
import { achievement, COLLECTIVE_ACHIEVEMENTS, INDIVIDUAL_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, NameRegistry, nfd, utc, type Gender } from './vn';

export const VP_UBBC_NAME = 'thai-binh-vp-ubbc';
export const VP_UBBC_SHEETS = {
  departments: 'DS sở ngành',
  districts: 'DS huyện',
  office: 'DS VP UBBC',
} as const;
export const VP_UBBC_UNIT = 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)';

const PLAN = 'thai-binh-32-2021';

interface Row {
  key?: string;
  name: string;
  kind: 'Tập thể' | 'Cá nhân';
  dob?: CellInput;
  position?: string;
  unit: string;
  form: string | null;
}

export function buildVpUbbc(seed = 32_2021): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const S = VP_UBBC_SHEETS;

  const QUANG = names.reserve('Phạm Văn Quang');
  const QUANG_DOB = utc(1974, 10, 2);

  const dob = (d: Date): CellInput => (rng.chance(0.5) ? d : dateText(d));
  const someone = (gender: Gender, position: string, unit: string, form: string | null, key?: string): Row => {
    const p = names.person(rng, gender, 1966, 1992);
    return {
      name: rng.chance(0.15) ? nfd(p.name) : p.name,
      kind: 'Cá nhân',
      dob: dob(p.dob),
      position,
      unit,
      form,
      ...(key === undefined ? {} : { key }),
    };
  };
  const team = (name: string, unit: string, form: string): Row => ({ name, kind: 'Tập thể', unit, form });

  const wb = newWorkbook('Sở Nội vụ tỉnh Thái Bình', utc(2021, 6, 18));

  // ---- DS sở ngành ---------------------------------------------------------------------
  const STP = 'Sở Tư pháp';
  const deptRows: Row[] = [
    { ...team('Văn phòng Sở Tư pháp', STP, 'Bằng khen của Chủ tịch UBND tỉnh'), key: 'stp' },
    { ...someone('nữ', 'Chánh Văn phòng Sở Tư pháp', STP, 'BK CT UBND tỉnh'), key: 'stp' },
    { ...someone('nam', 'Phó Giám đốc Sở Tư pháp', STP, 'Bằng khen UBND tỉnh'), key: 'stp' },
    someone('nam', 'Phó Trưởng phòng Tham mưu, Công an tỉnh', 'Công an tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh'),
    someone('nam', 'Đội trưởng, Phòng Cảnh sát cơ động, Công an tỉnh', 'Công an tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh'),
    team('Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh', 'Ủy ban MTTQ tỉnh', 'Bằng khen Chủ tịch UBND tỉnh'),
    {
      key: 'quang',
      name: QUANG,
      kind: 'Cá nhân',
      dob: QUANG_DOB,
      position: 'Trưởng ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh',
      unit: 'Ủy ban MTTQ tỉnh',
      form: 'Bằng khen Chủ tịch UBND tỉnh',
    },
    someone(
      'nữ',
      'Trưởng phòng Thông tin - Báo chí - Xuất bản, Sở Thông tin và Truyền thông',
      'Sở Thông tin và Truyền thông',
      'Bang khen cua Chu tich UBND tinh',
    ),
    team('Ban Tham mưu, Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh'),
  ];

  const a = new SheetBuilder(wb, S.departments, 8, [6, 28, 10, 12, 34, 22, 24, 50]);
  a.titleRow([
    { text: 'UBND TỈNH THÁI BÌNH', from: 1, to: 3, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 5, to: 8, bold: true },
  ]);
  a.titleRow([
    { text: 'VĂN PHÒNG ỦY BAN BẦU CỬ TỈNH', from: 1, to: 3, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', from: 5, to: 8, bold: true },
  ]);
  a.blank();
  a.titleRow('TỔNG HỢP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC SỞ, BAN, NGÀNH, ĐOÀN THỂ TỈNH', { size: 13 });
  a.titleRow('(Phong trào thi đua theo Kế hoạch số 32/KH-UBND ngày 08/02/2021 của UBND tỉnh)', {
    bold: false,
    italic: true,
  });
  a.blank();
  a.header([
    [
      'STT',
      'Tên tập thể,\ncá nhân',
      'Tập thể/\nCá nhân',
      'Ngày sinh',
      'Chức vụ, đơn vị công tác',
      'Đơn vị đề nghị',
      'Hình thức\nkhen thưởng',
      'Tóm tắt thành tích',
    ],
  ]);
  a.add([1, 2, 3, 4, 5, 6, 7, 8]);
  const stpRows: number[] = [];
  let quangDept = 0;
  deptRows.forEach((x, i) => {
    const r = a.add([
      i + 1,
      x.name,
      x.kind,
      x.dob ?? null,
      x.position ?? null,
      x.unit,
      x.form,
      achievement(rng, x.kind === 'Tập thể' ? COLLECTIVE_ACHIEVEMENTS : INDIVIDUAL_ACHIEVEMENTS),
    ]);
    if (x.key === 'stp') stpRows.push(r);
    if (x.key === 'quang') quangDept = r;
  });
  a.blank();
  a.free({ 6: 'Thái Bình, ngày 18 tháng 6 năm 2021' }, { italic: true });
  a.free({ 2: 'Người lập biểu', 6: 'CHÁNH VĂN PHÒNG' }, { bold: true });

  // ---- DS huyện ------------------------------------------------------------------------
  const KX = 'UBND huyện Kiến Xương';
  const TP = 'UBND thành phố Thái Bình';
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  let missingForm = 0;
  const districtRows: Row[] = [
    team('Xã Vũ Quý', KX, BK),
    team('Xã Bình Nguyên', KX, BK),
    team('Thôn Đông, xã Thanh Tân', KX, 'BK Chủ tịch UBND tỉnh'),
    someone('nam', 'Chủ tịch UBND xã Vũ Quý', KX, BK),
    someone('nữ', 'Phó Chánh Văn phòng HĐND và UBND huyện Kiến Xương', KX, BK),
    someone('nam', 'Trưởng phòng Nội vụ huyện Kiến Xương', KX, BK),
    someone('nam', 'Bí thư Chi bộ thôn Đông, xã Thanh Tân', KX, BK),
    team('Phường Lê Hồng Phong', TP, BK),
    team('Xã Vũ Chính', TP, 'Bằng khen UBND tỉnh'),
    someone('nữ', 'Chủ tịch UBND phường Tiền Phong', TP, BK),
    someone('nữ', 'Chuyên viên Phòng Nội vụ thành phố Thái Bình', TP, null, 'no-form'),
    someone('nam', 'Tổ trưởng Tổ dân phố số 5, phường Kỳ Bá', TP, BK),
  ];
  const b = new SheetBuilder(wb, S.districts, 8, [6, 28, 12, 12, 34, 26, 28, 50]);
  b.titleRow('TỔNG HỢP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC HUYỆN, THÀNH PHỐ', { size: 13 });
  b.blank();
  b.header([
    [
      'STT',
      'HO VA TEN / TEN TAP THE',
      'TAP THE / CA NHAN',
      'NGAY SINH',
      'CHUC VU',
      'DON VI DE NGHI',
      'HINH THUC KHEN THUONG',
      'TOM TAT THANH TICH',
    ],
  ]);
  districtRows.forEach((x, i) => {
    const r = b.add([
      i + 1,
      x.name,
      x.kind,
      x.dob ?? null,
      x.position ?? null,
      x.unit,
      x.form,
      achievement(rng, x.kind === 'Tập thể' ? COLLECTIVE_ACHIEVEMENTS : INDIVIDUAL_ACHIEVEMENTS),
    ]);
    if (x.key === 'no-form') missingForm = r;
  });
  const nTeams = districtRows.filter((x) => x.kind === 'Tập thể').length;
  const nPeople = districtRows.length - nTeams;
  b.add([null, 'Tổng cộng', `${String(nTeams).padStart(2, '0')} tập thể, ${String(nPeople).padStart(2, '0')} cá nhân`], { bold: true });

  // ---- DS VP UBBC (no proposing-unit column: the unit is in the title) ----------------
  const officeRows: Row[] = [
    team('Văn phòng Sở Nội vụ', VP_UBBC_UNIT, BK),
    team('Ban Thi đua - Khen thưởng, Sở Nội vụ', VP_UBBC_UNIT, BK),
    team('Ban Tổ chức Tỉnh ủy', VP_UBBC_UNIT, BK),
    someone('nam', 'Phó Giám đốc Sở Nội vụ', VP_UBBC_UNIT, BK),
    someone('nữ', 'Trưởng phòng Xây dựng chính quyền và Công tác thanh niên, Sở Nội vụ', VP_UBBC_UNIT, BK),
    {
      key: 'quang',
      name: QUANG,
      kind: 'Cá nhân',
      dob: dateText(QUANG_DOB),
      position: 'Trưởng ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh; thành viên Tổ giúp việc Ủy ban bầu cử tỉnh',
      unit: VP_UBBC_UNIT,
      form: BK,
    },
    someone('nữ', 'Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh', VP_UBBC_UNIT, BK),
    someone('nam', 'Chuyên viên Ban Tổ chức Tỉnh ủy', VP_UBBC_UNIT, BK),
    someone('nam', 'Phó Chánh Văn phòng UBND tỉnh', VP_UBBC_UNIT, BK),
  ];
  const c = new SheetBuilder(wb, S.office, 6, [6, 30, 12, 40, 28, 50]);
  c.titleRow([{ text: 'UBND TỈNH THÁI BÌNH', from: 1, to: 3, bold: true }]);
  c.titleRow([{ text: 'VĂN PHÒNG ỦY BAN BẦU CỬ TỈNH (SỞ NỘI VỤ)', from: 1, to: 3, bold: true }]);
  c.blank();
  c.titleRow('DANH SÁCH TẬP THỂ, CÁ NHÂN THUỘC VĂN PHÒNG ỦY BAN BẦU CỬ TỈNH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN', { size: 13 });
  c.titleRow('(Kèm theo Tờ trình số 412/TTr-SNV ngày 18/6/2021 của Sở Nội vụ)', { bold: false, italic: true });
  c.blank();
  c.header([['STT', 'Họ và tên (tên tập thể)', 'Ngày sinh', 'Chức vụ, đơn vị công tác', 'Hình thức khen thưởng', 'Tóm tắt thành tích']]);
  c.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  let quangOffice = 0;
  officeRows.forEach((x, i) => {
    const r = c.add([
      i + 1,
      x.name,
      x.dob ?? null,
      x.position ?? null,
      x.form,
      achievement(rng, x.kind === 'Tập thể' ? COLLECTIVE_ACHIEVEMENTS : INDIVIDUAL_ACHIEVEMENTS),
    ]);
    if (x.key === 'quang') quangOffice = r;
  });
  c.blank();
  c.free({ 4: 'Thái Bình, ngày 18 tháng 6 năm 2021' }, { italic: true });
  c.free({ 2: 'Nơi nhận:', 4: 'GIÁM ĐỐC' }, { bold: true });
  c.free({ 2: '- Ban TĐKT tỉnh;' });
  c.free({ 2: '- Lưu: VT.' });

  plants.add('QUOTA_EXCEEDED', S.departments, stpRows, STP);
  plants.add('DUPLICATE_NOMINEE', S.departments, [quangDept]);
  plants.add('DUPLICATE_NOMINEE', S.office, [quangOffice]);
  plants.add('MISSING_FIELD', S.districts, [missingForm]);

  return {
    name: VP_UBBC_NAME,
    title: 'Văn phòng Ủy ban bầu cử tỉnh Thái Bình (Sở Nội vụ), plan A: lists of departments, districts and its own',
    workbook: wb,
    sheets: [S.departments, S.districts, S.office],
    expected: { plan: PLAN, options: { unit: VP_UBBC_UNIT }, findings: plants.findings() },
    plants: [
      `${S.departments}: Sở Tư pháp proposes 1 collective + 2 individuals (combined quota 2 for a department) → QUOTA_EXCEEDED`,
      `${S.departments} / ${S.office}: Phạm Văn Quang 02/10/1974 proposed by Ủy ban MTTQ tỉnh and again in the office's own list → DUPLICATE_NOMINEE on each sheet`,
      `${S.districts}: headers upper case without diacritics; two districts within quota; one row without Hình thức khen thưởng → MISSING_FIELD; a Tổng cộng row`,
      `${S.office}: no Đơn vị đề nghị column (the unit is the title / --unit), no Tập thể/Cá nhân column (implied by Ngày sinh); within 20/40`,
    ],
  };
}
