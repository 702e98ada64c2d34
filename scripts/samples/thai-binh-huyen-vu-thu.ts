/**
 * `thai-binh-huyen-vu-thu`: the demo. The workbook of UBND huyện Vũ Thư under plan A
 * (Kế hoạch 32/KH-UBND, Thái Bình): turnout of its 25 communes and town, the criteria
 * assessment, and the district's list of nominees to the provincial chairman's Bằng khen.
 */
import { Plants, type ExpectedFinding } from './expected';
import { createRng, type Rng } from './prng';
import { DATE_FMT, fmt, formula, newWorkbook, SheetBuilder, type CellInput } from './sheet';
import { achievement, COLLECTIVE_ACHIEVEMENTS, INDIVIDUAL_ACHIEVEMENTS } from './text-pools';
import type { Sample } from './types';
import { dateText, doubleSpace, NameRegistry, nfd, percentText, round, thousands, utc, VU_THU_COMMUNES } from './vn';

export const VU_THU_NAME = 'thai-binh-huyen-vu-thu';
export const VU_THU_SHEETS = {
  turnout: 'Tỷ lệ cử tri',
  criteria: 'Tiêu chí',
  nominees: 'Đề nghị khen thưởng',
} as const;
export const VU_THU_UNIT = 'UBND huyện Vũ Thư';
/** Conference of the provincial Election Committee; 10 working days before = 2021-06-11. */
export const VU_THU_CONFERENCE = '2021-06-25';

const PLAN = 'thai-binh-32-2021';
const ELECTION_DAY = utc(2021, 5, 23);
const CRITERIA = ['T1', 'T2', 'L1', 'L2', 'L6', 'L7'] as const;
type Code = (typeof CRITERIA)[number];
/** T1, T2 are marked x / blank; the L columns Đạt / Không đạt. */
const X_COLUMNS = new Set<Code>(['T1', 'T2']);

type RateStyle = 'pct' | 'frac' | 'text' | 'textNoSign' | 'formula';
type CountStyle = 'number' | 'dot' | 'space';

interface Commune {
  name: string;
  /** Name as typed in the criteria sheet (tone placement may differ). */
  criteriaName: string;
  registered: number | null;
  voted: number;
  /** Stated rate in percent when it is not voted/registered (the mismatch); else computed. */
  statedPct?: number;
  /** Stated rate as literal text (the exact 98,0 %). */
  statedText?: string;
  rateStyle: RateStyle;
  countStyle: CountStyle;
  reelection: boolean;
  completion: Date;
  completionAsText: boolean;
  marks: Record<Code, string>;
  note?: string;
}

/** A clean commune: turnout 98.3–99.9 %, consistent rate, all criteria met, on time. */
function cleanCommune(rng: Rng, name: string): Commune {
  const registered = rng.int(3600, 9400);
  let voted = Math.round(registered * (0.9832 + rng.next() * 0.0155));
  if (voted > registered) voted = registered;
  const marks = {} as Record<Code, string>;
  for (const c of CRITERIA) marks[c] = X_COLUMNS.has(c) ? rng.pick(['x', 'x', 'X']) : 'Đạt';
  return {
    name,
    criteriaName: name,
    registered,
    voted,
    rateStyle: rng.pick<RateStyle>(['pct', 'pct', 'frac', 'text', 'text', 'textNoSign', 'formula']),
    countStyle: rng.pick<CountStyle>(['number', 'number', 'dot', 'dot', 'space']),
    reelection: false,
    completion: ELECTION_DAY,
    completionAsText: rng.chance(0.4),
    marks,
  };
}

function countCell(n: number | null, style: CountStyle): CellInput {
  if (n === null) return null;
  if (style === 'dot') return thousands(n, '.');
  if (style === 'space') return thousands(n, ' ');
  return fmt(n, '#,##0');
}

function rateCell(c: Commune, row: number): CellInput {
  const f = `ROUND(D${row}/C${row}*100,2)`;
  if (c.registered === null || c.registered === 0) return formula(f, { error: '#DIV/0!' }, '0.00');
  if (c.statedText !== undefined) return c.statedText;
  const pct = c.statedPct ?? round((c.voted / c.registered) * 100, 2);
  switch (c.rateStyle) {
    case 'pct':
      return fmt(pct, '0.00');
    case 'frac':
      return fmt(round(pct / 100, 4), '0.00%');
    case 'text':
      return percentText(pct, 2);
    case 'textNoSign':
      return percentText(pct, 2, false);
    case 'formula':
      return formula(f, pct, '0.00');
  }
}

interface Nominee {
  name: string;
  kind: 'Tập thể' | 'Cá nhân';
  dob?: CellInput;
  position?: string;
  form: string;
  summary?: string;
  dossier: CellInput;
}

export function buildVuThu(seed = 2021_05_23): Sample {
  const rng = createRng(seed);
  const plants = new Plants();
  const notes: string[] = [];
  const names = new NameRegistry();
  const S = VU_THU_SHEETS;

  // ---- communes -------------------------------------------------------------------------
  const communes = VU_THU_COMMUNES.map((n) => cleanCommune(rng, n));
  const byName = (n: string): Commune => {
    const c = communes.find((x) => x.name === n);
    if (c === undefined) throw new Error(n);
    return c;
  };
  // Exactly 98,0 % (passes: 6 713 / 6 850 = 0.98), nominated.
  Object.assign(byName('Thị trấn Vũ Thư'), {
    registered: 6850,
    voted: 6713,
    countStyle: 'dot',
    statedText: '98,0%',
  } satisfies Partial<Commune>);
  // Below 98 %, nominated.
  Object.assign(byName('Xã Song Lãng'), { registered: 5420, voted: 5290, rateStyle: 'frac' } satisfies Partial<Commune>);
  // Below 98 %, not nominated.
  Object.assign(byName('Xã Tự Tân'), { registered: 7330, voted: 7101, rateStyle: 'text' } satisfies Partial<Commune>);
  // Stated 99,35 but 6 048 / 6 120 = 98,82 %: off by 0,53 points.
  Object.assign(byName('Xã Bách Thuận'), {
    registered: 6120,
    voted: 6048,
    rateStyle: 'pct',
    statedPct: 99.35,
  } satisfies Partial<Commune>);
  // Voted > registered.
  Object.assign(byName('Xã Dũng Nghĩa'), {
    registered: 4210,
    voted: 4236,
    rateStyle: 'formula',
    countStyle: 'number',
  } satisfies Partial<Commune>);
  // Registered count missing; the rate formula shows #DIV/0!.
  Object.assign(byName('Xã Nguyên Xá'), {
    registered: null,
    voted: 5012,
    rateStyle: 'formula',
    countStyle: 'number',
  } satisfies Partial<Commune>);
  // Re-election.
  Object.assign(byName('Xã Hồng Phong'), {
    reelection: true,
    note: 'Bầu lại đại biểu HĐND xã tại đơn vị bầu cử số 3',
  } satisfies Partial<Commune>);
  // Finished late.
  Object.assign(byName('Xã Minh Lãng'), { completion: utc(2021, 5, 27), completionAsText: true } satisfies Partial<Commune>);
  // Criteria: typed with the old tone placement in the criteria sheet (same unit).
  byName('Xã Hòa Bình').criteriaName = 'Xã Hoà Bình';
  byName('Xã Minh Quang').marks.L6 = 'Không đạt';
  byName('Xã Tân Hòa').marks.L7 = '';
  byName('Xã Việt Hùng').marks.T2 = '?';
  // Not met, but the commune is not nominated: no finding.
  byName('Xã Hồng Lý').marks.L2 = 'Không đạt';

  // ---- workbook --------------------------------------------------------------------------
  const wb = newWorkbook('UBND huyện Vũ Thư', utc(2021, 6, 9));

  // Sheet 1: turnout.
  const t = new SheetBuilder(wb, S.turnout, 9, [6, 26, 12, 12, 10, 9, 9, 14, 30]);
  t.titleRow([
    { text: 'UBND HUYỆN VŨ THƯ', from: 1, to: 3, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 5, to: 9, bold: true },
  ]);
  t.titleRow([
    { text: 'ỦY BAN BẦU CỬ', from: 1, to: 3, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', from: 5, to: 9, bold: true },
  ]);
  t.blank();
  t.titleRow('BÁO CÁO KẾT QUẢ BẦU CỬ - TỶ LỆ CỬ TRI ĐI BẦU', { size: 14 });
  t.titleRow('(Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, ngày 23/5/2021)', {
    bold: false,
    italic: true,
  });
  t.blank();
  t.header(
    [
      ['STT', 'Đơn vị', 'Số cử tri', null, 'Tỷ lệ\n(%)', 'Bầu lại', 'Bầu thêm', 'Ngày hoàn thành', 'Ghi chú'],
      [null, null, 'Tổng số', 'Đã bỏ phiếu', null, null, null, null, null],
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
  const turnoutRow = new Map<string, number>();
  communes.forEach((c, i) => {
    if (i === 1) t.blank(); // spacer between the town and the communes
    const r = t.row + 1;
    t.add([
      i + 1,
      c.name,
      countCell(c.registered, c.countStyle),
      countCell(c.voted, c.countStyle),
      rateCell(c, r),
      c.reelection ? 'Có' : rng.chance(0.3) ? 'Không' : null,
      rng.chance(0.3) ? 'Không' : null,
      c.completionAsText ? dateText(c.completion) : c.completion,
      c.note,
    ]);
    turnoutRow.set(c.name, r);
  });
  const sumReg = communes.reduce((s, c) => s + (c.registered ?? 0), 0);
  const sumVoted = communes.reduce((s, c) => s + (c.registered === null ? 0 : c.voted), 0);
  t.add(
    [
      null,
      'Tổng cộng',
      fmt(sumReg, '#,##0'),
      fmt(sumVoted, '#,##0'),
      fmt(round((sumVoted / sumReg) * 100, 2), '0.00'),
      null,
      null,
      null,
      null,
    ],
    {
      bold: true,
    },
  );
  t.blank();
  t.free({ 7: 'Vũ Thư, ngày 28 tháng 5 năm 2021' }, { italic: true });
  t.free({ 2: 'Người lập biểu', 7: 'Thủ trưởng đơn vị' }, { bold: true });
  t.free({ 2: '(Ký, ghi rõ họ tên)', 7: '(Ký tên, đóng dấu)' }, { italic: true });
  t.blank(3);
  t.free({ 2: names.reserve('Trần Thị Ngọc Diệp'), 7: names.reserve('Nguyễn Văn Bình') }, { bold: true });

  const tRow = (n: string): number => {
    const r = turnoutRow.get(n);
    if (r === undefined) throw new Error(n);
    return r;
  };
  plants.add('TURNOUT_BELOW_MIN', S.turnout, [tRow('Xã Song Lãng')], 'Xã Song Lãng');
  plants.add('TURNOUT_BELOW_MIN', S.turnout, [tRow('Xã Tự Tân')], 'Xã Tự Tân');
  plants.add('TURNOUT_RATE_MISMATCH', S.turnout, [tRow('Xã Bách Thuận')], 'Xã Bách Thuận');
  plants.add('TURNOUT_DATA_INVALID', S.turnout, [tRow('Xã Dũng Nghĩa')], 'Xã Dũng Nghĩa');
  plants.add('TURNOUT_DATA_INVALID', S.turnout, [tRow('Xã Nguyên Xá')], 'Xã Nguyên Xá');
  plants.add('REELECTION_HELD', S.turnout, [tRow('Xã Hồng Phong')], 'Xã Hồng Phong');
  plants.add('FINISHED_LATE', S.turnout, [tRow('Xã Minh Lãng')], 'Xã Minh Lãng');
  notes.push(
    `${S.turnout}: Xã Song Lãng 97,60 % (nominated) and Xã Tự Tân 96,88 % below 98 % → TURNOUT_BELOW_MIN`,
    `${S.turnout}: Thị trấn Vũ Thư exactly 98,0 % (6.850 / 6713) → passes`,
    `${S.turnout}: Xã Bách Thuận states 99,35 for 98,82 % → TURNOUT_RATE_MISMATCH`,
    `${S.turnout}: Xã Dũng Nghĩa voted 4236 > 4210 registered; Xã Nguyên Xá registered missing, rate #DIV/0! → TURNOUT_DATA_INVALID ×2`,
    `${S.turnout}: Xã Hồng Phong Bầu lại = Có → REELECTION_HELD; Xã Minh Lãng finished 27/05/2021 → FINISHED_LATE`,
  );

  // Sheet 2: criteria.
  const k = new SheetBuilder(wb, S.criteria, 9, [6, 26, 10, 10, 10, 10, 10, 10, 24]);
  k.titleRow([{ text: 'UBND HUYỆN VŨ THƯ', from: 1, to: 3, bold: true }]);
  k.blank();
  k.titleRow('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ TIÊU CHÍ THI ĐUA CỦA CÁC XÃ, THỊ TRẤN', { size: 13 });
  k.titleRow('(Theo Kế hoạch số 32/KH-UBND ngày 08/02/2021 của UBND tỉnh Thái Bình)', { bold: false, italic: true });
  k.blank();
  k.header(
    [
      ['STT', 'TÊN ĐƠN VỊ', 'Tiêu chí chung', null, 'Tiêu chí đối với cấp huyện, xã, thôn', null, null, null, 'Ghi chú'],
      [null, null, 'T1', 'T2', 'L1', 'L2', 'L6', 'L7', null],
    ],
    [
      [0, 1, 1, 1],
      [0, 2, 1, 2],
      [0, 3, 0, 4],
      [0, 5, 0, 8],
      [0, 9, 1, 9],
    ],
  );
  const criteriaRow = new Map<string, number>();
  communes.forEach((c, i) => {
    const r = k.add([i + 1, c.criteriaName, ...CRITERIA.map((code) => c.marks[code] || null), null]);
    criteriaRow.set(c.name, r);
  });
  k.blank();
  k.free({ 7: 'Vũ Thư, ngày 02 tháng 6 năm 2021' }, { italic: true });
  k.free({ 2: 'Người lập biểu', 7: 'Thủ trưởng đơn vị' }, { bold: true });
  const kRow = (n: string): number => {
    const r = criteriaRow.get(n);
    if (r === undefined) throw new Error(n);
    return r;
  };
  plants.add('CRITERION_NOT_MET', S.criteria, [kRow('Xã Minh Quang')], 'Xã Minh Quang');
  plants.add('CRITERION_NOT_MET', S.criteria, [kRow('Xã Tân Hòa')], 'Xã Tân Hòa');
  plants.add('CRITERION_NOT_MET', S.criteria, [kRow('Xã Việt Hùng')], 'Xã Việt Hùng');
  notes.push(
    `${S.criteria}: nominated Xã Minh Quang L6 = Không đạt, Xã Tân Hòa L7 blank, Xã Việt Hùng T2 = ? → CRITERION_NOT_MET ×3`,
    `${S.criteria}: Xã Hồng Lý L2 = Không đạt but not nominated → no finding; Xã Hòa Bình typed "Xã Hoà Bình" (old tone placement) → same unit, clean`,
  );

  // Sheet 3: nominees.
  const collectiveForms = [
    'Bằng khen của Chủ tịch UBND tỉnh',
    'Bằng khen của Chủ tịch UBND tỉnh',
    'Bằng khen Chủ tịch UBND tỉnh',
    'BK CT UBND tỉnh',
  ];
  const collective = (name: string, dossier: CellInput): Nominee => ({
    name,
    kind: 'Tập thể',
    form: rng.pick(collectiveForms),
    summary: achievement(rng, COLLECTIVE_ACHIEVEMENTS),
    dossier,
  });
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const person = (
    name: string,
    dob: CellInput,
    position: string,
    form: string,
    dossier: CellInput,
    /** null: the achievement summary is missing. */
    summary: string | null = achievement(rng, INDIVIDUAL_ACHIEVEMENTS),
  ): Nominee => ({ name, kind: 'Cá nhân', dob, position, form, dossier, ...(summary === null ? {} : { summary }) });

  for (const n of [
    'Nguyễn Văn Hùng',
    'Trần Thị Thủy',
    'Lê Văn Thắng',
    'Đặng Văn Ân',
    'Phạm Thị Hương',
    'Hoàng Văn Nam',
    'Vũ Thị Thu Hà',
    'Bùi Thị Mai',
    'Ngô Văn Tuấn',
  ]) {
    names.reserve(n);
  }
  const nominees: { key: string; n: Nominee }[] = [
    { key: 'c:hoa-binh', n: collective('Xã Hòa Bình', utc(2021, 6, 4)) },
    { key: 'c:song-lang', n: collective('Xã Song Lãng', utc(2021, 6, 7)) },
    { key: 'c:minh-quang', n: collective('Xã Minh Quang', '07/06/2021') },
    { key: 'c:tan-hoa', n: collective('Xã Tân Hòa', utc(2021, 6, 8)) },
    { key: 'c:viet-hung', n: collective('Xã Việt Hùng', '09/06/2021') },
    { key: 'c:tt-vu-thu', n: collective('Thị trấn Vũ Thư', utc(2021, 6, 10)) },
    { key: 'p:hung', n: person('Nguyễn Văn Hùng', utc(1972, 4, 5), 'Chủ tịch UBND xã Hòa Bình', BK, utc(2021, 6, 7)) },
    { key: 'p:thuy-a', n: person('Trần Thị Thủy', utc(1979, 8, 14), 'Công chức Tư pháp - Hộ tịch xã Vũ Hội', BK, '07/06/2021') },
    {
      key: 'p:thang',
      n: person(nfd('Lê Văn Thắng'), '20/11/1968', 'Bí thư Chi bộ thôn Đông, xã Vũ Tiến', 'BK CT UBND tỉnh', '11/06/2021'),
    },
    { key: 'p:an-hat', n: person('Đặng Văn Ân', utc(1980, 1, 15), 'Phó Chủ tịch UBND xã Tam Quang', BK, utc(2021, 6, 8)) },
    { key: 'p:huong', n: person('Phạm Thị Hương', utc(1985, 2, 28), 'Giáo viên Trường THCS Song Lãng', BK, utc(2021, 6, 8), null) },
    {
      key: 'p:nam',
      n: person('Hoàng Văn Nam', utc(1975, 6, 30), 'Trưởng Công an xã Minh Khai', 'Bằng khen của Thủ tướng Chính phủ', utc(2021, 6, 9)),
    },
    { key: 'p:ha', n: person('Vũ  Thị Thu Hà', '09/09/1988', 'Chuyên viên Phòng Nội vụ huyện Vũ Thư', BK, '14/06/2021') },
    {
      key: 'p:thuy-b',
      n: person(nfd(doubleSpace('Trần Thị Thuỷ')), '14/08/1979', 'Công chức Tư pháp - Hộ tịch xã Vũ Hội', BK, utc(2021, 6, 9)),
    },
    {
      key: 'p:mai',
      n: person('Bùi Thị Mai', utc(1983, 12, 3), 'Hiệu trưởng Trường Tiểu học Việt Thuận', 'Bằng khen UBND tỉnh', utc(2021, 6, 15)),
    },
    { key: 'p:an', n: person('Đặng Văn An', '15/01/1980', 'Phó Chủ tịch UBND xã Tam Quang', BK, utc(2021, 6, 10)) },
    {
      key: 'p:tuan',
      n: person(
        'Ngô Văn Tuấn',
        utc(1990, 7, 22),
        'Công chức Văn phòng - Thống kê xã Vũ Hội',
        'Giấy khen của Chủ tịch UBND huyện',
        utc(2021, 6, 10),
      ),
    },
  ];

  const d = new SheetBuilder(wb, S.nominees, 9, [6, 26, 11, 12, 30, 20, 26, 50, 13]);
  d.titleRow([
    { text: 'UBND HUYỆN VŨ THƯ', from: 1, to: 3, bold: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', from: 5, to: 9, bold: true },
  ]);
  d.titleRow([{ text: 'Độc lập - Tự do - Hạnh phúc', from: 5, to: 9, bold: true }]);
  d.blank();
  d.titleRow('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { size: 14 });
  d.titleRow(
    'Tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026',
    { bold: true, size: 12 },
  );
  d.titleRow('(Kèm theo Tờ trình số 86/TTr-UBND của UBND huyện Vũ Thư)', { bold: false, italic: true });
  d.blank();
  d.header([
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
  ]);
  d.add([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const nomRow = new Map<string, number>();
  nominees.forEach(({ key, n }, i) => {
    const r = d.add([
      i + 1,
      n.name,
      n.kind,
      n.dob ?? null,
      n.position ?? null,
      VU_THU_UNIT,
      n.form,
      n.summary ?? null,
      n.dossier instanceof Date ? fmt(n.dossier, DATE_FMT) : n.dossier,
    ]);
    nomRow.set(key, r);
  });
  d.blank();
  d.free({ 7: 'Vũ Thư, ngày 15 tháng 6 năm 2021' }, { italic: true });
  d.free({ 2: 'Nơi nhận:', 7: 'TM. ỦY BAN NHÂN DÂN' }, { bold: true });
  d.free({ 2: '- Hội đồng TĐKT tỉnh;', 7: 'CHỦ TỊCH' });
  d.free({ 2: '- Lưu: VT, NV.' });
  d.blank(2);
  d.free({ 7: 'Nguyễn Văn Bình' }, { bold: true });

  const nRow = (key: string): number => {
    const r = nomRow.get(key);
    if (r === undefined) throw new Error(key);
    return r;
  };
  const collectiveKeys = nominees.filter((x) => x.n.kind === 'Tập thể').map((x) => nRow(x.key));
  // Every Bằng khen row counts (Giấy khen does not); Trần Thị Thủy twice is one person.
  const individualKeys = nominees.filter((x) => x.n.kind === 'Cá nhân' && x.key !== 'p:tuan').map((x) => nRow(x.key));
  plants.add('QUOTA_EXCEEDED', S.nominees, collectiveKeys, VU_THU_UNIT);
  plants.add('QUOTA_EXCEEDED', S.nominees, individualKeys, VU_THU_UNIT);
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nRow('c:song-lang')], 'Xã Song Lãng');
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nRow('c:minh-quang')], 'Xã Minh Quang');
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nRow('c:tan-hoa')], 'Xã Tân Hòa');
  plants.add('NOMINEE_NOT_ELIGIBLE', S.nominees, [nRow('c:viet-hung')], 'Xã Việt Hùng');
  plants.add('DUPLICATE_NOMINEE', S.nominees, [nRow('p:thuy-a'), nRow('p:thuy-b')]);
  plants.add('POSSIBLE_DUPLICATE', S.nominees, [nRow('p:an-hat'), nRow('p:an')]);
  plants.add('AWARD_FORM_NOT_ALLOWED', S.nominees, [nRow('p:nam')]);
  plants.add('MISSING_FIELD', S.nominees, [nRow('p:huong')]);
  plants.add('DOSSIER_LATE', S.nominees, [nRow('p:ha')]);
  plants.add('DOSSIER_LATE', S.nominees, [nRow('p:mai')]);
  notes.push(
    `${S.nominees}: 6 collectives (quota 5) and 9 distinct individuals on 10 Bằng khen rows (quota 8) → QUOTA_EXCEEDED ×2; the Giấy khen row is outside the quota`,
    `${S.nominees}: Xã Song Lãng (turnout), Xã Minh Quang (L6), Xã Tân Hòa (L7), Xã Việt Hùng (T2) → NOMINEE_NOT_ELIGIBLE ×4`,
    `${S.nominees}: "Trần Thị Thủy" 14/08/1979 and "Trần  Thị Thuỷ" (NFD, double space, new tone placement, DOB as text) → DUPLICATE_NOMINEE`,
    `${S.nominees}: "Đặng Văn Ân" / "Đặng Văn An", both 15/01/1980 → POSSIBLE_DUPLICATE`,
    `${S.nominees}: "Bằng khen của Thủ tướng Chính phủ" → AWARD_FORM_NOT_ALLOWED (the row still counts toward the quota)`,
    `${S.nominees}: Phạm Thị Hương without Tóm tắt thành tích → MISSING_FIELD`,
    `${S.nominees}: dossiers 14/06 and 15/06/2021 after the deadline 11/06/2021 (conference 25/06/2021) → DOSSIER_LATE ×2; 11/06/2021 is on time`,
  );

  const findings: ExpectedFinding[] = plants.findings();
  return {
    name: VU_THU_NAME,
    title: 'UBND huyện Vũ Thư (Thái Bình), plan A: turnout, criteria and nominees of a district',
    workbook: wb,
    sheets: [S.turnout, S.criteria, S.nominees],
    expected: {
      plan: PLAN,
      options: { conferenceDate: VU_THU_CONFERENCE, unit: VU_THU_UNIT },
      findings,
    },
    plants: notes,
  };
}
