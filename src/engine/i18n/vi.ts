/** Every Vietnamese sentence the engine and the command line show, in one place. */
import type { MessageParams, RuleId } from '../findings';
import { isoToDmy } from '../normalize/date';
import { formatNumberVi, formatPercentVi, formatVnd } from '../normalize/number';
import type { Messages } from './types';

const pct = (f: number | undefined) => (f === undefined ? '?' : formatPercentVi(f, f * 100 === Math.round(f * 100) ? 0 : 1));
const pct2 = (f: number | undefined) => (f === undefined ? '?' : formatPercentVi(f, 2));
const num = (n: number | null | undefined) => (n === null || n === undefined ? 'trống' : formatNumberVi(n));
const date = (iso: string | undefined) => (iso ? isoToDmy(iso) : '?');

const FIELD: Record<NonNullable<MessageParams['fields']>[number], string> = {
  name: 'họ tên / tên tập thể',
  unit: 'đơn vị đề nghị',
  awardForm: 'hình thức khen thưởng',
  achievement: 'tóm tắt thành tích',
};

const KIND = { collective: 'tập thể', individual: 'cá nhân', combined: 'tập thể và cá nhân' } as const;

const rules: Record<RuleId, (p: MessageParams) => string> = {
  TURNOUT_BELOW_MIN: (p) =>
    `Tỷ lệ cử tri đi bầu ${pct2(p.rate)} thấp hơn mức tối thiểu ${pct(p.min)}` +
    (p.members !== undefined ? ` (tính từ danh sách: ${num(p.voted)}/${num(p.registered)} người)` : ''),
  TURNOUT_BELOW_TARGET: (p) =>
    `Tỷ lệ cử tri đi bầu ${pct2(p.rate)} chưa đạt chỉ tiêu ${pct(p.target)}` +
    (p.members !== undefined ? ` (tính từ danh sách: ${num(p.voted)}/${num(p.registered)} người)` : ''),
  TURNOUT_DATA_INVALID: (p) => {
    switch (p.problem) {
      case 'voted_over_registered':
        return `Số cử tri đã bỏ phiếu (${num(p.voted)}) lớn hơn tổng số cử tri (${num(p.registered)})`;
      case 'negative':
        return 'Số cử tri không được là số âm';
      case 'missing_registered':
        return 'Thiếu tổng số cử tri';
      case 'missing_voted':
        return 'Thiếu số cử tri đã bỏ phiếu';
      case 'zero_registered':
        return 'Tổng số cử tri bằng 0, không tính được tỷ lệ';
      default:
        return `Không đọc được số cử tri "${p.text ?? ''}"`;
    }
  },
  TURNOUT_RATE_MISMATCH: (p) =>
    `Tỷ lệ ghi ${pct2(p.stated)} khác với tỷ lệ tính từ số liệu ${pct2(p.rate)} (${num(p.voted)}/${num(p.registered)})`,
  CRITERION_NOT_MET: (p) => {
    const c = `tiêu chí ${p.criterion}${p.criterionLabel ? ` (${p.criterionLabel})` : ''}`;
    switch (p.mark) {
      case 'no':
        return `Không đạt ${c}`;
      case 'blank':
        return `Chưa đánh giá ${c} (ô để trống)`;
      case 'unreadable':
        return `Không đọc được kết quả ${c}: "${p.markText ?? ''}" — coi như không đạt`;
      default:
        return `Chưa có kết quả chấm tiêu chí cho ${p.name ?? 'đơn vị này'} trong trang tiêu chí`;
    }
  },
  REELECTION_HELD: (p) =>
    p.which === 'additional'
      ? 'Đơn vị phải tổ chức bầu thêm'
      : p.which === 'both'
        ? 'Đơn vị phải tổ chức bầu lại và bầu thêm'
        : 'Đơn vị phải tổ chức bầu lại',
  FINISHED_LATE: (p) => `Hoàn thành bầu cử ngày ${date(p.date)}, muộn hơn thời hạn ${date(p.scheduled)}`,
  NOMINEE_NOT_ELIGIBLE: (p) => {
    switch (p.standard) {
      case 'turnout':
        return `Không đủ tiêu chuẩn khen thưởng: tỷ lệ cử tri đi bầu của ${p.unit ?? 'đơn vị'} ${pct2(p.rate)} thấp hơn ${pct(p.min)}`;
      case 'reelection':
        return `Không đủ tiêu chuẩn khen thưởng: ${p.unit ?? 'đơn vị'} phải tổ chức bầu lại hoặc bầu thêm`;
      case 'completion':
        return `Không đủ tiêu chuẩn khen thưởng: ${p.unit ?? 'đơn vị'} hoàn thành bầu cử muộn (${date(p.date)})`;
      default:
        return `Không đủ tiêu chuẩn khen thưởng: không đạt tiêu chí ${p.criterion}${p.criterionLabel ? ` (${p.criterionLabel})` : ''} theo trang tiêu chí`;
    }
  },
  QUOTA_EXCEEDED: (p) =>
    `${p.unit ?? 'Đơn vị'} đề nghị ${num(p.proposed)} ${KIND[p.kind ?? 'combined']}, vượt số lượng tối đa ${num(p.limit)}`,
  DUPLICATE_NOMINEE: (p) =>
    `${p.name ?? ''} được đề nghị nhiều lần` +
    (p.others && p.others.length ? ` (trùng với ${p.others.join(', ')})` : '') +
    (p.exclusiveOf ? ' — đã được sở, ngành hoặc huyện đề nghị' : ''),
  POSSIBLE_DUPLICATE: (p) =>
    `Có thể trùng: ${p.name ?? ''} chỉ khác dấu với ${p.text ?? ''}` + (p.others && p.others.length ? ` (${p.others.join(', ')})` : ''),
  AWARD_FORM_NOT_ALLOWED: (p) => `Hình thức khen thưởng "${p.form ?? ''}" không có trong kế hoạch`,
  MISSING_FIELD: (p) => `Thiếu ${(p.fields ?? []).map((f) => FIELD[f]).join(', ')}`,
  DOSSIER_LATE: (p) => `Hồ sơ nộp ngày ${date(p.date)}, sau hạn ${date(p.deadline)}`,
  MEMBER_VOTE_UNREADABLE: (p) => `Không đọc được ô "đã bỏ phiếu": "${p.markText ?? ''}" — tính là chưa bỏ phiếu`,
  UNIT_CATEGORY_UNKNOWN: (p) => `Không xác định được loại đơn vị của "${p.unit ?? ''}"`,
};

export const vi: Messages = {
  rules,
  ruleTitles: {
    TURNOUT_BELOW_MIN: 'Tỷ lệ đi bầu dưới mức tối thiểu',
    TURNOUT_BELOW_TARGET: 'Tỷ lệ đi bầu chưa đạt chỉ tiêu',
    TURNOUT_DATA_INVALID: 'Số liệu cử tri không hợp lệ',
    TURNOUT_RATE_MISMATCH: 'Tỷ lệ ghi không khớp số liệu',
    CRITERION_NOT_MET: 'Không đạt tiêu chí',
    REELECTION_HELD: 'Phải bầu lại, bầu thêm',
    FINISHED_LATE: 'Hoàn thành muộn',
    NOMINEE_NOT_ELIGIBLE: 'Không đủ tiêu chuẩn khen thưởng',
    QUOTA_EXCEEDED: 'Vượt số lượng đề nghị',
    DUPLICATE_NOMINEE: 'Đề nghị trùng',
    POSSIBLE_DUPLICATE: 'Có thể trùng',
    AWARD_FORM_NOT_ALLOWED: 'Hình thức khen thưởng không đúng',
    MISSING_FIELD: 'Thiếu thông tin',
    DOSSIER_LATE: 'Nộp hồ sơ muộn',
    MEMBER_VOTE_UNREADABLE: 'Không đọc được ô đã bỏ phiếu',
    UNIT_CATEGORY_UNKNOWN: 'Không rõ loại đơn vị',
  },
  severity: { error: 'Lỗi', warning: 'Cảnh báo' },
  categories: {
    provincial: 'Sở, ban, ngành, đoàn thể tỉnh',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
    village: 'Thôn, tổ dân phố',
    base_union: 'Công đoàn cơ sở',
    election_office: 'Văn phòng Ủy ban bầu cử tỉnh',
    unknown: 'Chưa rõ',
  },
  kinds: KIND,
  notices: {
    fieldMissing: (sheet, field) => `Trang "${sheet}": không tìm thấy cột ${field}.`,
    noCriteriaSheet: 'Không có trang tiêu chí: chưa kiểm tra các tiêu chí chấm điểm.',
    criterionColumnMissing: (sheet, code) => `Trang "${sheet}": không có cột cho tiêu chí ${code}.`,
    noConferenceDate: 'Chưa nhập ngày hội nghị tổng kết: chưa kiểm tra hạn nộp hồ sơ.',
    unitInferred: (unit) => `Đơn vị của tệp được suy ra là "${unit}" (dùng --unit để ghi rõ).`,
    unitUnknown: 'Không xác định được đơn vị của tệp (dùng --unit để ghi rõ).',
    legacyText: (sheet, count, enc) =>
      `Trang "${sheet}": ${count} ô gõ bằng bảng mã cũ ${enc === 'tcvn3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI'} đã được đọc chuyển sang Unicode.`,
    sheetSkipped: (sheet) => `Trang "${sheet}" không có bảng nào nhận ra được, đã bỏ qua.`,
    deadline: (iso) => `Hạn nộp hồ sơ: ${isoToDmy(iso)}.`,
  },
  fields: {
    name: 'họ tên / tên',
    unit: 'đơn vị',
    workplace: 'đơn vị công tác',
    voted: 'đã bỏ phiếu',
    registered: 'số cử tri',
    rate: 'tỷ lệ',
    awardForm: 'hình thức khen thưởng',
    achievement: 'tóm tắt thành tích',
    dossierDate: 'ngày nộp hồ sơ',
    category: 'loại đơn vị',
    birthDate: 'ngày sinh',
    kind: 'tập thể / cá nhân',
    completedDate: 'ngày hoàn thành',
    reelection: 'bầu lại',
    additional: 'bầu thêm',
  },
  tables: {
    units: 'danh sách đơn vị',
    members: 'danh sách đoàn viên',
    turnout: 'tỷ lệ cử tri',
    criteria: 'tiêu chí',
    nominees: 'danh sách đề nghị khen thưởng',
  },
  cli: {
    why: {
      required: 'bắt buộc phải có',
      workbookOrFolder: 'cần một tệp Excel hoặc một thư mục',
      summaryFiles: 'cần ít nhất một tệp tổng hợp',
      date: 'cần một ngày có thật, dạng dd/mm/yyyy (ví dụ 25/06/2021) hoặc YYYY-MM-DD',
      lang: 'chỉ nhận vi hoặc en',
      noSuchOption: (c) => `không có tùy chọn này (xem thidua ${c} --help)`,
      needsValue: (c) => `cần có giá trị đi kèm (xem thidua ${c} --help)`,
      noSuchCommand: 'không có lệnh này (xem thidua --help)',
      mappingField: (w) => `mục "${w}" không đúng`,
      mappingShape: 'tệp phải có dạng {"sheets": {…}} (xem README, phần Mapping files)',
      waiversShape: 'tệp phải là một danh sách, mỗi mục có "key", "by" (người miễn trừ) và "reason" (lý do)',
    },
    fileMissing: (f) => `Không tìm thấy tệp "${f}".`,
    notXlsx: (f) =>
      `Tệp "${f}" không phải tệp Excel .xlsx (có thể là tệp CSV hoặc tệp khác bị đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    oldXls: (f) => `Tệp "${f}" là tệp Excel đời cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    encrypted: (f) => `Tệp "${f}" được đặt mật khẩu; hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi kiểm tra lại.`,
    corrupt: (f, c) => `Tệp "${f}" bị hỏng, không đọc được (${c}).`,
    tooLarge: (f, mb, lim) => `Tệp "${f}" khi giải nén lên tới ${mb} MB, vượt giới hạn ${lim} MB; từ chối đọc để bảo vệ máy.`,
    emptyWorkbook: (f) => `Tệp "${f}" không có trang tính nào.`,
    noSheet: (f, s) =>
      `Tệp "${f}" không có trang nào nhận ra được là danh sách đơn vị, đoàn viên, tỷ lệ cử tri, tiêu chí hay đề nghị khen thưởng (các trang: ${s.map((x) => `"${x}"`).join(', ')}); hãy kiểm tra dòng tiêu đề cột hoặc dùng --mapping.`,
    badPlan: (a) => `Không có kế hoạch "${a}": hãy dùng một mã trong "thidua plans" hoặc đường dẫn tới tệp kế hoạch .json.`,
    badOption: (o, w) => `Tùy chọn ${o} không hợp lệ: ${w}.`,
    badMapping: (f, w) => `Tệp ánh xạ cột "${f}" không hợp lệ: ${w}.`,
    mappingColumn: (f, s, field, ref) => `Tệp ánh xạ cột "${f}": trang "${s}" không có cột "${ref}" cho trường ${field}.`,
    badWaivers: (f, w) => `Tệp miễn trừ "${f}" không hợp lệ: ${w}.`,
    cannotWrite: (f, c) => `Không ghi được tệp "${f}" (${c}).`,
    stage: { read: 'Đang đọc tệp', detect: 'Đang nhận dạng bảng', check: 'Đang kiểm tra', summary: 'Đang tổng hợp', write: 'Đang ghi tệp' },
    done: (e, w) => `Kiểm tra xong: ${e} lỗi, ${w} cảnh báo.`,
    wrote: (what, f) => (what === 'out' ? `Bản sao đã đánh dấu: ${f}` : what === 'report' ? `Báo cáo JSON: ${f}` : `Tổng hợp: ${f}`),
    presetsHeader: 'Các kế hoạch có sẵn:',
    unexpected: (f, c) => `Không xử lý được tệp "${f}": ${c}.`,
    // ---- the OOXML package module (issue 9) ----
    ods: (f) =>
      `Tệp "${f}" là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), không phải tệp Excel .xlsx; hãy mở và lưu lại dạng .xlsx (Sổ làm việc Excel).`,
    xlsb: (f) => `Tệp "${f}" là sổ làm việc nhị phân của Excel (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx (Sổ làm việc Excel).`,
    noWorkbook: (f) =>
      `Tệp "${f}" là tệp nén nhưng không chứa sổ làm việc Excel (có thể là tệp Word, PowerPoint hoặc tệp nén khác bị đổi đuôi); hãy chọn đúng tệp .xlsx.`,
    doctype: (f, part) =>
      `Tệp "${f}" có phần "${part}" khai báo DOCTYPE hoặc thực thể XML, điều Excel không bao giờ ghi; từ chối đọc để bảo vệ máy.`,
    damage: {
      zip: 'cấu trúc nén không đầy đủ',
      inflate: (part) => `dữ liệu nén của phần "${part}" bị hỏng`,
      xml: (part) => `phần "${part}" không đúng cấu trúc bảng tính`,
      partMissing: (part) => `thiếu phần "${part}"`,
      sheetName: (sheet) => `có trang tính tên "${sheet}" mà Excel không cho phép`,
      unsupportedZip: 'được nén theo cách Excel không dùng',
    },
    outKind: (out, input, kind) =>
      `Không ghi bản sao "${out}": tệp "${input}" là ${kind}, bản sao phải giữ cùng đuôi tệp (đổi đuôi làm Excel không mở được hoặc mất macro); hãy đặt lại tên tệp ra.`,
    kinds: {
      xlsx: 'sổ làm việc Excel (.xlsx)',
      xlsm: 'sổ làm việc Excel có macro (.xlsm)',
      xltx: 'mẫu Excel (.xltx)',
      xltm: 'mẫu Excel có macro (.xltm)',
      xlam: 'phần bổ trợ Excel (.xlam)',
    },
    // ---- end of the package module's sentences ----
  },
  exportSheets: {
    nomineeSheet: 'Danh sách đề nghị',
    nomineeTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    nomineeHead: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
    collectives: 'Tập thể',
    individuals: 'Cá nhân',
    proposedBy: (u) => `(Kèm theo Tờ trình của ${u})`,
    noForm: 'Chưa ghi hình thức',
    roman: (i) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i] ?? String(i + 1),
  },
  // --- dossier (issue 13): the drafted Tờ trình, its list and the Bản tóm tắt thành tích ---
  dossier: {
    unwaivedErrors: (n) =>
      `Danh sách còn ${n} lỗi chưa được miễn trừ: hồ sơ vẫn được soạn, hãy sửa hoặc miễn trừ các lỗi đó trước khi gửi.`,
    wrote: (f) => `Hồ sơ (Tờ trình, danh sách, tóm tắt thành tích): ${f}`,
    placeholder: (w) => `[cần điền: ${w}]`,
    fill: {
      unit: 'tên cơ quan, đơn vị',
      place: 'địa danh',
      addressee: 'nơi nhận Tờ trình (Kính gửi)',
      receiver: 'cơ quan nhận hồ sơ',
      signerTitle: 'chức vụ người ký',
      signerOn: 'tập thể lãnh đạo hoặc chức vụ người đứng đầu',
      achievement: 'tóm tắt thành tích',
      awardForm: 'hình thức khen thưởng',
    },
    blank: '…',
    docTitle: 'Tờ trình đề nghị khen thưởng',
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: (n) => `Số: ${n}`,
    kindAbbr: 'TTr',
    date: (d, m, y) => `ngày ${d} tháng ${m} năm ${y}`,
    both: (a, b) => `${a} và ${b}`,
    kind: 'TỜ TRÌNH',
    defaultSubject: 'Về việc đề nghị khen thưởng tập thể, cá nhân',
    to: 'Kính gửi:',
    basis: (t) => `Căn cứ ${t}`,
    count: (n, k) => `${n < 10 ? `0${n}` : n} ${k === 'collective' ? 'tập thể' : 'cá nhân'}`,
    propose: (u, c) => `${u} kính đề nghị xem xét, khen thưởng ${c} có thành tích xuất sắc, tiêu biểu, cụ thể như sau:`,
    none: (u) => `${u} chưa có tập thể, cá nhân nào trong danh sách đề nghị khen thưởng.`,
    formLine: (f, c, a) => `- ${f}: ${c}${a ? `; tiền thưởng dự kiến ${a}` : ''}.`,
    noFormLine: (c) => `- Chưa ghi hình thức khen thưởng: ${c}.`,
    attached: '(có danh sách kèm theo)',
    total: (a, partial) =>
      `Tổng số tiền thưởng dự kiến: ${a}${partial ? ' (chưa gồm các hình thức kế hoạch không quy định mức thưởng)' : ''}.`,
    sent: (r, dl, d) =>
      `Hồ sơ đề nghị khen thưởng (01 bộ) gồm Tờ trình kèm theo danh sách và Bản tóm tắt thành tích của các tập thể, cá nhân, gửi về ${r}${dl ? ` ${dl}` : ''}${d ? ` (hạn nộp: ngày ${d})` : ''}.`,
    closing: (a) => `Kính trình ${a} xem xét, quyết định./.`,
    recipients: 'Nơi nhận:',
    asAbove: '- Như trên;',
    archive: '- Lưu: VT.',
    signerPrefix: { TM: 'TM.', KT: 'KT.' },
    listTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    attachedTo: (n, d, u) => `(Kèm theo Tờ trình số ${n} ${d} của ${u})`,
    listHead: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức khen thưởng'],
    emptyList: 'Không có tập thể, cá nhân nào.',
    summaryTitle: 'BẢN TÓM TẮT THÀNH TÍCH',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    form: 'Hình thức khen thưởng đề nghị',
    achievement: 'Tóm tắt thành tích',
  },
  // --- end dossier ---
  consolidate: {
    turnoutSheet: 'Tỷ lệ cử tri',
    nomineeSheet: 'Đề nghị khen thưởng',
    turnoutHead: ['STT', 'Đơn vị', 'Loại đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)', 'Tệp'],
    nomineeHead: [
      'STT',
      'Họ và tên / Tên tập thể',
      'Tập thể / Cá nhân',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị công tác',
      'Đơn vị đề nghị',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Ngày nộp hồ sơ',
    ],
    title: (u) => `TỔNG HỢP BÁO CÁO CẤP DƯỚI — ${u}`,
    skipped: (f, why, detail) =>
      `Bỏ qua tệp "${f}": ` +
      (why === 'not_export'
        ? 'không phải tệp tổng hợp xuất từ thidua.'
        : why === 'damaged'
          ? 'phần dữ liệu tổng hợp bị hỏng.'
          : why === 'other_plan'
            ? `tệp thuộc kế hoạch khác (${detail ?? ''}).`
            : why === 'duplicate_unit'
              ? `đơn vị "${detail ?? ''}" đã có trong một tệp trước.`
              : `${detail ?? 'không đọc được'}.`),
    none: 'Không gộp được tệp nào.',
    read: (d, t) => `Đã đọc ${d}/${t} tệp`,
    consolidated: (n, t) => `Đã gộp ${n}/${t} tệp.`,
    defaultUnit: 'Đơn vị tổng hợp',
  },
  summary: {
    sheetName: 'Tổng hợp',
    sheetNameAlt: 'Tổng hợp (kiểm tra)',
    title: 'TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA',
    plan: 'Kế hoạch',
    unit: 'Đơn vị',
    unitInferred: '(suy ra từ tệp)',
    workbook: 'Tệp',
    checkedAt: 'Thời điểm kiểm tra',
    counts: (e, w) => `${e} lỗi, ${w} cảnh báo`,
    turnoutTitle: 'I. TỶ LỆ CỬ TRI ĐI BẦU',
    turnoutHead: ['STT', 'Đơn vị', 'Loại đơn vị', 'Số cử tri', 'Đã bỏ phiếu', 'Tỷ lệ', 'Đánh giá'],
    total: 'Tổng cộng',
    belowMin: 'Dưới mức tối thiểu',
    belowTarget: 'Chưa đạt chỉ tiêu',
    ok: 'Đạt',
    quotasTitle: 'II. SỐ LƯỢNG ĐỀ NGHỊ SO VỚI QUY ĐỊNH',
    quotasHead: ['STT', 'Đơn vị đề nghị', 'Loại', 'Đã đề nghị', 'Tối đa', 'Đánh giá'],
    over: 'Vượt',
    awardsTitle: 'III. HÌNH THỨC KHEN THƯỞNG VÀ TIỀN THƯỞNG',
    awardsHead: ['STT', 'Hình thức', 'Tập thể', 'Cá nhân', 'Tiền thưởng (đồng)'],
    moneyNote: (base, decree) =>
      `Tiền thưởng ước tính = hệ số × lương cơ sở ${formatVnd(base, 'vi')}${decree ? ` (Nghị định ${decree})` : ''}.`,
    findingsTitle: 'IV. DANH SÁCH LỖI VÀ CẢNH BÁO',
    findingsHead: ['STT', 'Nội dung', 'Mức độ', 'Trang', 'Dòng', 'Quy tắc', 'Đơn vị', 'Miễn trừ'],
    waivedBy: (by, reason) => `Đã miễn trừ (${by}): ${reason}`,
    noFindings: 'Không có lỗi hay cảnh báo nào.',
    notesTitle: 'Ghi chú',
  },
  // --- command-line help and batch runs (issue 12) ---
  help: {
    general: (version) =>
      [
        `thidua ${version} — kiểm tra hồ sơ thi đua bầu cử theo kế hoạch`,
        '',
        'Cách dùng:',
        '  thidua check <tệp.xlsx | thư mục>... --plan <mã | tệp.json> [tùy chọn]',
        '  thidua consolidate <tổng hợp.xlsx>... --plan <mã | tệp.json> --out <tệp.xlsx> [tùy chọn]',
        '  thidua plans',
        '  thidua --version',
        '',
        'Lệnh:',
        '  check        kiểm tra một hay nhiều sổ tính theo kế hoạch, đánh dấu dòng chưa đạt, lập tổng hợp',
        '  consolidate  gộp các tệp tổng hợp của đơn vị cấp dưới thành báo cáo của cấp mình',
        '  plans        liệt kê các kế hoạch có sẵn và văn bản gốc của chúng',
        '',
        'Xem tùy chọn của từng lệnh: thidua <lệnh> --help. Tiếng Anh: thêm --lang en.',
      ].join('\n'),
    usage: {
      check: [
        'Cách dùng: thidua check <tệp.xlsx> --plan <mã | tệp.json> [tùy chọn]',
        '           thidua check <tệp hoặc thư mục>... --plan <mã | tệp.json> [--out-dir <thư mục>] [--report <tệp.json>]',
        '',
        'Kiểm tra sổ tính theo kế hoạch thi đua: đánh dấu dòng chưa đạt trong một bản sao, lập báo cáo và tổng hợp.',
        'Với nhiều tệp hoặc một thư mục (đọc cả thư mục con, các tệp .xlsx và .xlsm), từng tệp được kiểm tra lần lượt;',
        'mỗi tệp một dòng kết quả, cuối cùng là dòng tổng; tệp không đọc được không làm dừng cả lượt.',
      ].join('\n'),
      consolidate: [
        'Cách dùng: thidua consolidate <tổng hợp.xlsx>... --plan <mã | tệp.json> --out <tệp.xlsx> [tùy chọn]',
        '',
        'Gộp các tệp tổng hợp do thidua xuất ở đơn vị cấp dưới: cộng số cử tri, gộp danh sách đề nghị, kiểm tra lại',
        'số lượng và trùng lặp giữa các đơn vị. Tệp không dùng được được bỏ qua kèm một câu nêu lý do.',
      ].join('\n'),
      plans: 'Cách dùng: thidua plans\n\nLiệt kê các kế hoạch có sẵn (mã dùng cho --plan) và văn bản gốc của chúng.',
    },
    optionsHeader: 'Tùy chọn:',
    options: {
      check: {
        plan: 'kế hoạch áp dụng: một mã trong "thidua plans" hoặc tệp kế hoạch .json (bắt buộc)',
        unit: 'đơn vị sở hữu sổ tính (đứng đầu trang tổng hợp); không có thì tự suy ra',
        'conference-date': 'ngày hội nghị tổng kết, dạng 10/09/2021 hoặc 2021-09-10; hạn nộp hồ sơ tính lùi từ ngày này',
        mapping: 'tệp chỉ rõ trang, dòng tiêu đề và cột khi tự nhận diện sai',
        waivers: 'tệp miễn trừ của người duyệt (các lỗi được chấp nhận)',
        out: 'ghi bản sao đã đánh dấu (giữ nguyên loại tệp .xlsx hoặc .xlsm); tệp gốc không bị sửa',
        report: 'ghi báo cáo JSON (nhiều tệp: một báo cáo chung, mỗi tệp một mục); không có thì in ra màn hình',
        summary: 'ghi tệp tổng hợp để gửi cấp trên',
        dossier: 'soạn hồ sơ (Tờ trình, danh sách kèm theo, bản tóm tắt thành tích) thành tệp .docx',
        place: 'địa danh ghi trên Tờ trình (ví dụ: Vũ Thư)',
        'dossier-date': 'ngày ghi trên Tờ trình, dạng dd/mm/yyyy; không có thì để trống cho điền tay',
        'dossier-number': 'số của Tờ trình (phần trước /TTr-…); không có thì để trống',
        'out-dir': 'nhiều tệp: thư mục ghi bản sao đã đánh dấu, báo cáo và tổng hợp của từng tệp (tên theo tệp gốc)',
        dossiers: 'nhiều tệp: soạn thêm hồ sơ .docx cho từng tệp vào --out-dir',
        lang: 'ngôn ngữ của thông báo, báo cáo và tổng hợp: vi (mặc định) hoặc en',
        help: 'hiện trợ giúp này',
      },
      consolidate: {
        plan: 'kế hoạch áp dụng (bắt buộc); tệp thuộc kế hoạch khác bị bỏ qua',
        out: 'tệp báo cáo gộp sẽ ghi (bắt buộc)',
        report: 'ghi báo cáo JSON của báo cáo gộp',
        unit: 'tên đơn vị tổng hợp (đứng đầu báo cáo gộp)',
        'conference-date': 'ngày hội nghị tổng kết, dạng 10/09/2021 hoặc 2021-09-10',
        lang: 'ngôn ngữ: vi (mặc định) hoặc en',
        help: 'hiện trợ giúp này',
      },
      plans: {
        lang: 'ngôn ngữ: vi (mặc định) hoặc en',
        help: 'hiện trợ giúp này',
      },
    },
    checkFooter: [
      'Mã thoát: 0 không có lỗi (lỗi đã miễn trừ không tính); 1 có ít nhất một lỗi; 2 không xử lý được',
      '(nhiều tệp: 2 khi không kiểm tra được tệp nào).',
      '',
      'Ví dụ:',
      '  thidua check huyen-vu-thu.xlsx --plan thai-binh-32-2021 --conference-date 25/06/2021 --out da-danh-dau.xlsx',
      '  thidua check ho-so-cac-xa/ --plan thai-binh-32-2021 --out-dir ket-qua --report ket-qua/tong.json',
    ].join('\n'),
    consolidateFooter:
      'Mã thoát: 0 không có lỗi; 1 có lỗi; 2 không gộp được tệp nào.\n\nVí dụ:\n  thidua consolidate tong-hop/*.xlsx --plan thai-binh-32-2021 --unit "UBND huyện Vũ Thư" --out gop.xlsx',
  },
  batch: {
    fileLine: (f, u, e, w) => `✔ ${f} — ${u ?? 'chưa rõ đơn vị'}: ${e} lỗi, ${w} cảnh báo`,
    failedLine: (f, s) => `✖ ${f} — ${s}`,
    total: (n, ok, bad, e, w) =>
      `Tổng cộng: ${n} tệp, kiểm tra được ${ok}${bad ? `, không đọc được ${bad}` : ''}; ${e} lỗi, ${w} cảnh báo.`,
    progress: (d, t) => `${d}/${t} tệp`,
    noFiles: (inputs) => `Không có tệp .xlsx hay .xlsm nào trong ${inputs.map((x) => `"${x}"`).join(', ')}.`,
    noneChecked: 'Không kiểm tra được tệp nào.',
    singleOutput: (o, instead) => `Tùy chọn ${o} chỉ dùng cho một tệp; với nhiều tệp hãy dùng ${instead}.`,
    wroteDir: (d) => `Kết quả từng tệp: ${d}`,
    wroteReport: (f) => `Báo cáo JSON chung: ${f}`,
    needsOutDir: (o) => `Tùy chọn ${o} cần --out-dir (thư mục ghi kết quả của từng tệp).`,
  },
};

export { pct as formatPctVi, num as formatNumVi };
