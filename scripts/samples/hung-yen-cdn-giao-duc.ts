/**
 * `hung-yen-cdn-giao-duc`: Công đoàn Ngành Giáo dục Hưng Yên under plan B: the member list
 * of five base unions (turnout is computed from it), the base unions, the criteria and the
 * list of nominees.
 */
import { Plants } from './expected';
import { createRng, type Rng } from './prng';
import { newWorkbook, SheetBuilder, type CellInput } from './sheet';
import { achievement, TEACHER_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, doubleSpace, NameRegistry, nfd, utc, type Person } from './vn';

export const HUNG_YEN_NAME = 'hung-yen-cdn-giao-duc';
export const HUNG_YEN_SHEETS = {
  members: 'Danh sách CBGVNV',
  units: 'Đơn vị',
  criteria: 'Tiêu chí',
  nominees: 'DS đề nghị',
} as const;

const PLAN = 'hung-yen-cdn-gd-2021';
const SECTOR = 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên';

type Mark = string | number | null;

interface Union {
  key: 'vg' | 'kc' | 'chuyen' | 'cmt' | 'so';
  name: string;
  size: number;
  /** The marks of the members who voted, cycled. */
  yes: Mark[];
  /** The marks of the members who did not (or whose mark is unreadable). */
  no: Mark[];
  positions: string[];
}

const SCHOOL_POSITIONS = [
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Chủ tịch CĐCS, giáo viên',
  'Kế toán',
  'Nhân viên văn thư',
  'Nhân viên thiết bị',
  'Nhân viên y tế',
  'Tổ trưởng chuyên môn',
  'Tổ trưởng chuyên môn',
];
const OFFICE_POSITIONS = [
  'Phó Giám đốc Sở',
  'Chánh Văn phòng Sở',
  'Trưởng phòng Giáo dục Trung học',
  'Trưởng phòng Tổ chức cán bộ',
  'Phó Chánh Thanh tra Sở',
];

function position(u: Union, i: number, rng: Rng): string {
  const fixed = u.positions[i];
  if (fixed !== undefined) return fixed;
  return u.key === 'so' ? 'Chuyên viên' : rng.pick(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Bảo vệ']);
}

export function buildHungYen(seed = 207_2021): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const names = new NameRegistry();
  const S = HUNG_YEN_SHEETS;

  const unions: Union[] = [
    { key: 'vg', name: 'CĐCS Trường THPT Văn Giang', size: 22, yes: ['x', 'x', 'X'], no: [], positions: SCHOOL_POSITIONS },
    // 40 / 43 = 93,0 %: "không", blank and an unreadable "?" (which counts as not voted).
    {
      key: 'kc',
      name: 'CĐCS Trường THPT Khoái Châu',
      size: 43,
      yes: ['có', 'Có', 'có'],
      no: ['không', null, '?'],
      positions: SCHOOL_POSITIONS,
    },
    // 32 / 33 = 97,0 %: above the minimum 95 %, below the target 100 %.
    { key: 'chuyen', name: 'CĐCS Trường THPT Chuyên Hưng Yên', size: 33, yes: [1, '1'], no: [0], positions: SCHOOL_POSITIONS },
    { key: 'cmt', name: 'CĐCS Trường THCS Chu Mạnh Trinh', size: 12, yes: ['rồi', 'Rồi'], no: [], positions: SCHOOL_POSITIONS },
    { key: 'so', name: 'CĐCS Cơ quan Sở Giáo dục và Đào tạo', size: 10, yes: ['x'], no: [], positions: OFFICE_POSITIONS },
  ];
  const unionOf = (key: Union['key']): Union => {
    const u = unions.find((x) => x.key === key);
    if (u === undefined) throw new Error(key);
    return u;
  };

  interface Member extends Person {
    union: Union;
    position: string;
    mark: Mark;
    voted: boolean;
    typed: string;
  }
  const members: Member[] = [];
  for (const u of unions) {
    const noAt = new Set(rng.shuffle([...Array(u.size).keys()].slice(4)).slice(0, u.no.length));
    let yi = 0;
    let ni = 0;
    for (let i = 0; i < u.size; i++) {
      // Heads, deputies and staff with a fixed post are older than the average teacher.
      const senior = i < u.positions.length;
      const p = names.person(rng, undefined, senior ? 1965 : 1970, senior ? 1982 : 1998);
      const voted = !noAt.has(i);
      const mark = voted ? (u.yes[yi++ % u.yes.length] ?? 'x') : (u.no[ni++] ?? null);
      const typed = rng.chance(0.1) ? nfd(p.name) : rng.chance(0.05) ? doubleSpace(p.name) : p.name;
      members.push({ ...p, union: u, position: position(u, i, rng), mark, voted, typed });
    }
  }

  const wb = newWorkbook(SECTOR, utc(2021, 5, 27));

  // ---- Danh sách CBGVNV ----------------------------------------------------------------
  const m = new SheetBuilder(wb, S.members, 6, [6, 26, 12, 26, 34, 12]);
  m.titleRow([{ text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN', from: 1, to: 3, bold: true }]);
  m.blank();
  m.titleRow('DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN LÀ ĐOÀN VIÊN CÔNG ĐOÀN THAM GIA BẦU CỬ', { size: 13 });
  m.titleRow('(Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026)', {
    bold: false,
    italic: true,
  });
  m.blank();
  m.header([['STT', 'Họ tên', 'Ngày sinh', 'Chức vụ', 'Công đoàn cơ sở', 'Đã bỏ phiếu']]);
  m.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  let unreadable = 0;
  let stt = 0;
  let prev: Union | undefined;
  for (const x of members) {
    if (prev !== undefined && prev !== x.union) m.blank(); // spacer between base unions
    prev = x.union;
    const r = m.add([++stt, x.typed, rng.chance(0.5) ? x.dob : dateText(x.dob), x.position, x.union.name, x.mark]);
    if (x.mark === '?') unreadable = r;
  }
  const votedTotal = members.filter((x) => x.voted).length;
  m.add([null, 'Tổng cộng', null, null, `${members.length} đoàn viên`, votedTotal], { bold: true });
  m.blank();
  m.free({ 4: 'Hưng Yên, ngày 25 tháng 5 năm 2021' }, { italic: true });
  m.free({ 2: 'Người lập biểu', 4: 'TM. BAN THƯỜNG VỤ' }, { bold: true });
  m.free({ 4: 'CHỦ TỊCH' }, { bold: true });
  plants.add('MEMBER_VOTE_UNREADABLE', S.members, [unreadable]);

  // ---- Đơn vị --------------------------------------------------------------------------
  const u = new SheetBuilder(wb, S.units, 4, [6, 40, 40, 20]);
  u.titleRow([{ text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN', from: 1, to: 3, bold: true }]);
  u.titleRow('DANH SÁCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC', { size: 13 });
  u.blank();
  u.header([['STT', 'Tên đơn vị', 'Đơn vị cấp trên', 'Ghi chú']]);
  const unitRow = new Map<Union['key'], number>();
  unions.forEach((x, i) => unitRow.set(x.key, u.add([i + 1, x.name, SECTOR, null])));
  const uRow = (key: Union['key']): number => unitRow.get(key) ?? 0;
  plants.add('TURNOUT_BELOW_MIN', S.units, [uRow('kc')], unionOf('kc').name);
  plants.add('TURNOUT_BELOW_TARGET', S.units, [uRow('chuyen')], unionOf('chuyen').name);

  // ---- nominees (picked before the criteria sheet, which lists the individuals) ------
  interface Nominee {
    key: string;
    name: string;
    kind: 'Tập thể' | 'Cá nhân';
    dob?: CellInput;
    position?: string;
    unit: string;
    form: string;
  }
  const voter = (key: Union['key'], skip: number): Member => {
    const list = members.filter((x) => x.union.key === key && x.voted);
    const p = list[skip];
    if (p === undefined) throw new Error(key);
    return p;
  };
  const person = (p: Member, form: string, key = ''): Nominee => ({
    key,
    name: p.name,
    kind: 'Cá nhân',
    dob: rng.chance(0.5) ? p.dob : dateText(p.dob),
    position: `${p.position}, ${p.union.name.replace(/^CĐCS /, '')}`,
    unit: p.union.name,
    form,
  });
  const team = (key: Union['key'], form: string): Nominee => ({
    key: `c:${key}`,
    name: unionOf(key).name,
    kind: 'Tập thể',
    unit: unionOf(key).name,
    form,
  });
  const nominees: Nominee[] = [
    team('vg', 'BK LĐLĐ tỉnh'),
    team('kc', 'Bằng khen Tổng LĐLĐ VN'),
    team('chuyen', 'Bằng khen của Chủ tịch UBND tỉnh'),
    team('cmt', 'GK CĐ Ngành'),
    person(voter('vg', 0), 'BK LĐLĐ tỉnh'),
    person(voter('vg', 5), 'Giấy khen của Công đoàn Ngành Giáo dục'),
    person(voter('kc', 3), 'Bằng khen Bộ GD&ĐT', 'bo'),
    person(voter('chuyen', 8), 'Bằng khen của LĐLĐ tỉnh'),
    person(voter('cmt', 1), 'Giấy khen Công đoàn cấp trên'),
    person(voter('so', 2), 'BK Tổng LĐLĐ VN'),
  ];

  // ---- Tiêu chí ------------------------------------------------------------------------
  const CODES = ['a)', 'b)', 'c)', 'đ)', 'C1', 'C2', 'C4'];
  const k = new SheetBuilder(wb, S.criteria, 9, [6, 36, 8, 8, 8, 8, 8, 8, 8]);
  k.titleRow('KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN, TIÊU CHÍ THI ĐUA', { size: 13 });
  k.titleRow('(Đợt thi đua đặc biệt chào mừng cuộc bầu cử, thực hiện Kế hoạch số 207/KH-LĐLĐ ngày 22/4/2021)', {
    bold: false,
    italic: true,
  });
  k.blank();
  k.header([['STT', 'Tên đơn vị / cá nhân', ...CODES]]);
  const criteriaRow = new Map<string, number>();
  unions.forEach((x, i) => {
    const marks: Mark[] = CODES.map(() => 'Có');
    if (x.key === 'cmt') marks[CODES.indexOf('C2')] = 'Không';
    if (x.key === 'so') marks[CODES.indexOf('b)')] = 'Không'; // not nominated: no finding
    criteriaRow.set(x.key, k.add([i + 1, x.name, ...marks]));
  });
  // Individuals: only their own standards a) and b).
  nominees
    .filter((x) => x.kind === 'Cá nhân')
    .forEach((x, i) => k.add([unions.length + i + 1, x.name, 'Có', 'Có', null, null, null, null, null]));
  plants.add('CRITERION_NOT_MET', S.criteria, [criteriaRow.get('cmt') ?? 0], unionOf('cmt').name);

  // ---- DS đề nghị ----------------------------------------------------------------------
  const d = new SheetBuilder(wb, S.nominees, 8, [5, 34, 11, 12, 40, 34, 30, 50]);
  d.titleRow([{ text: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN', from: 1, to: 3, bold: true }]);
  d.blank();
  d.titleRow('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG', { size: 13 });
  d.titleRow(
    'Đợt thi đua đặc biệt tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026',
    {
      bold: false,
      italic: true,
    },
  );
  d.blank();
  d.header([
    [
      'TT',
      'Tên tập thể / Họ và tên',
      'Tập thể/Cá nhân',
      'Ngày sinh',
      'Chức vụ, đơn vị',
      'Đơn vị đề nghị',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
    ],
  ]);
  const nomRow = new Map<string, number>();
  nominees.forEach((x, i) => {
    const r = d.add([
      i + 1,
      x.name,
      x.kind,
      x.dob ?? null,
      x.position ?? null,
      x.unit,
      x.form,
      x.kind === 'Tập thể'
        ? 'Phát động đợt thi đua, tuyên truyền sâu rộng về cuộc bầu cử; triển khai Chương trình “75 nghìn sáng kiến - vượt khó, phát triển”; bảo đảm an toàn, phòng, chống dịch COVID-19.'
        : achievement(rng, TEACHER_ACHIEVEMENTS),
    ]);
    if (x.key !== '') nomRow.set(x.key, r);
  });
  d.blank();
  d.free({ 6: 'Hưng Yên, ngày 31 tháng 5 năm 2021' }, { italic: true });
  d.free({ 6: 'TM. BAN THƯỜNG VỤ' }, { bold: true });

  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nomRow.get('c:kc') ?? 0], unionOf('kc').name);
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nomRow.get('c:cmt') ?? 0], unionOf('cmt').name);
  plants.add('AWARD_FORM_NOT_ALLOWED', S.nominees, [nomRow.get('bo') ?? 0]);

  return {
    name: HUNG_YEN_NAME,
    title: 'Công đoàn Ngành Giáo dục Hưng Yên, plan B: members of 5 base unions, units, criteria, nominees',
    workbook: wb,
    sheets: [S.members, S.units, S.criteria, S.nominees],
    expected: { plan: PLAN, options: {}, findings: plants.findings() },
    plants: [
      `${S.members}: ${members.length} members; marks x / X / có / rồi / 1 (yes), blank / không / 0 (no); one "?" → MEMBER_VOTE_UNREADABLE (counts as not voted); a Tổng cộng row`,
      `${S.units}: CĐCS Trường THPT Khoái Châu 40/43 = 93,0 % < 95 % → TURNOUT_BELOW_MIN; CĐCS Trường THPT Chuyên Hưng Yên 32/33 = 97,0 % < 100 % → TURNOUT_BELOW_TARGET; others 100 %`,
      `${S.criteria}: nominated CĐCS Trường THCS Chu Mạnh Trinh C2 = Không → CRITERION_NOT_MET; Cơ quan Sở b) = Không but not nominated → none; individuals listed with a) b) only`,
      `${S.nominees}: Khoái Châu (turnout d) and Chu Mạnh Trinh (C2) → NOMINEE_NOT_ELIGIBLE ×2; Chuyên (below target only) is eligible; "Bằng khen Bộ GD&ĐT" → AWARD_FORM_NOT_ALLOWED; "BK LĐLĐ tỉnh", "Bằng khen Tổng LĐLĐ VN", "GK CĐ Ngành" are allowed spellings`,
    ],
  };
}
