/**
 * Every sentence the task pane shows, one object per language: Vietnamese (the default)
 * and English. The rule titles, severities and unit categories come from the engine's own
 * messages so the pane, the summary sheet and the report use the same words.
 */
import type { FieldName, TableKind } from '../engine/detect/vocabulary';
import type { Lang, RuleId, Severity } from '../engine/findings';
import { messages } from '../engine/i18n';
import type { UnitCategory } from '../engine/plan/schema';

export type { Lang };

/** `1 error`, `2 errors` (English only; Vietnamese nouns do not change). */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const vi = {
  langName: 'Tiếng Việt',
  appTitle: 'Kiểm tra thi đua',
  language: 'Ngôn ngữ',
  previewBadge: 'Bản xem trước (Excel giả lập)',
  loading: 'Đang mở sổ tính…',

  noHost: {
    title: 'Chưa mở trong Excel',
    body: 'Khung kiểm tra này chạy bên trong Excel. Hãy mở sổ tính trong Excel rồi bấm nút Kiểm tra thi đua trên thanh Trang đầu.',
  },

  menu: {
    button: 'Thêm',
    label: 'Thêm thao tác và cài đặt',
    plan: 'Kế hoạch và thông số…',
    mapping: 'Nhận diện trang và cột…',
    rollup: 'Gộp báo cáo cấp dưới…',
    openPlanFile: 'Mở tệp kế hoạch…',
    results: 'Kết quả',
  },

  views: {
    back: 'Quay lại',
    backLabel: 'Quay lại màn hình kiểm tra',
    main: 'Kiểm tra sổ tính',
    plan: 'Kế hoạch',
    mapping: 'Nhận diện trang và cột',
    rollup: 'Gộp báo cáo cấp dưới',
  },

  actions: {
    check: 'Kiểm tra',
    checkHint: 'Đọc sổ tính, kiểm tra theo kế hoạch, ghi cột Kết quả kiểm tra và trang Tổng hợp',
    clear: 'Xóa đánh dấu',
    clearHint: 'Gỡ mọi thứ công cụ đã ghi (cột kết quả, tô màu, trang Tổng hợp); dữ liệu của bạn giữ nguyên',
    updateSummary: 'Cập nhật Tổng hợp',
    updateSummaryHint: 'Ghi lại trang Tổng hợp và cột kết quả với các miễn trừ hiện tại',
    exportSummary: 'Xuất tổng hợp',
    exportSummaryHint:
      'Lập tệp tổng hợp gửi cấp trên: trang Tổng hợp, danh sách đề nghị khen thưởng và phần dữ liệu để cấp trên gộp báo cáo',
    dossier: 'Soạn hồ sơ',
    dossierHint: 'Soạn tờ trình đề nghị khen thưởng, danh sách kèm theo và bản tóm tắt thành tích thành tệp Word',
    needPlan: 'Chọn kế hoạch để bắt đầu kiểm tra.',
    resultActions: 'Thao tác với kết quả',
  },

  planChoice: {
    label: 'Kế hoạch',
    placeholder: 'Chọn kế hoạch…',
    source: (text: string) => `Căn cứ: ${text}`,
    filePlan: (file: string) => `Từ tệp ${file}`,
    savedPlan: 'Kế hoạch đã lưu trong sổ tính',
    edited: 'đã chỉnh sửa',
    openFile: 'Mở tệp kế hoạch…',
  },

  conference: {
    label: 'Ngày hội nghị tổng kết',
    placeholder: 'dd/mm/yyyy',
    deadline: (d: string) => `Hạn nộp hồ sơ: ${d}`,
    invalid: 'Nhập ngày có thật, ví dụ 10/09/2021.',
    empty: 'Chưa có ngày thì chưa kiểm tra được hạn nộp hồ sơ.',
    fromPlan: (date: string, deadline: string) => `Để trống thì dùng ngày ghi trong kế hoạch, ${date}. Hạn nộp hồ sơ: ${deadline}`,
    noRule: 'Kế hoạch này không tính hạn nộp hồ sơ theo ngày hội nghị.',
    saved: 'Đã lưu ngày hội nghị vào sổ tính.',
    removed: 'Đã bỏ ngày hội nghị khỏi sổ tính.',
  },

  unit: {
    label: 'Đơn vị',
    placeholder: 'Tự suy ra từ sổ tính',
    hint: 'Đơn vị đứng tên trang Tổng hợp. Để trống thì tự suy ra.',
    inferred: (u: string) => `Để trống thì dùng đơn vị suy ra: ${u}.`,
  },

  stale: {
    title: 'Kết quả đã cũ.',
    reasons: { plan: 'kế hoạch', date: 'ngày hội nghị', unit: 'đơn vị', mapping: 'cách nhận diện cột' },
    body: (what: string) => `Sau lần kiểm tra này, ${what} đã đổi. Bấm Kiểm tra để kiểm tra lại trước khi xuất tổng hợp.`,
    and: 'và',
  },

  waiversChanged: 'Miễn trừ đã đổi sau lần kiểm tra: cột kết quả và trang Tổng hợp chưa ghi các thay đổi này.',

  /** The check's notes the pane says in its own words (the engine's name the command line's options). */
  notices: {
    unitInferred: (unit: string) => `Đơn vị của sổ tính được suy ra là "${unit}"; muốn ghi rõ, hãy điền ô Đơn vị.`,
    unitUnknown: 'Không xác định được đơn vị của sổ tính; hãy điền ô Đơn vị.',
  },

  confirmPreset: {
    title: 'Thay kế hoạch đang dùng?',
    body: (current: string, next: string) =>
      `Kế hoạch đang dùng (${current}) đã được sửa hoặc mở từ tệp. Chọn ${next} sẽ thay nó; muốn giữ lại, hãy xuất tệp kế hoạch trước.`,
    currentFile: (file: string) => `tệp ${file}`,
    currentSaved: 'lưu trong sổ tính',
    nextPreset: (issuer: string) => `kế hoạch của ${issuer}`,
    nextFile: (file: string) => `tệp ${file}`,
    unsaved: 'Các thay đổi chưa lưu trong phần thông số kế hoạch cũng sẽ mất.',
    replace: 'Thay kế hoạch',
    keep: 'Giữ kế hoạch đang dùng',
    export: 'Xuất tệp kế hoạch',
  },

  dossier: {
    unwaived: (n: number) => `Còn ${n} lỗi chưa được miễn trừ: hồ sơ vẫn được soạn, hãy xem lại các lỗi này trước khi gửi.`,
    downloaded: (file: string) => `Đã tải xuống hồ sơ "${file}".`,
  },

  rollup: {
    heading: 'Gộp báo cáo cấp dưới',
    intro:
      'Chọn các tệp tổng hợp do đơn vị cấp dưới gửi lên (lập bằng nút Xuất tổng hợp). Công cụ đọc lần lượt từng tệp, bỏ qua tệp không dùng được, rồi lập bản gộp của cấp mình và kiểm tra theo kế hoạch đang dùng.',
    pick: 'Chọn tệp tổng hợp…',
    pickHint: 'Chọn được nhiều tệp .xlsx một lúc',
    unitIs: (u: string) => `Bản gộp mang tên đơn vị: ${u} (sửa ở ô Đơn vị).`,
    unitDefault: (u: string) => `Ô Đơn vị đang trống: bản gộp mang tên "${u}".`,
    read: (done: number, total: number) => `Đã đọc ${done}/${total} tệp`,
    building: 'Đang lập bản gộp…',
    done: (accepted: number, total: number) => `Đã gộp ${accepted}/${total} tệp.`,
    counts: (errors: number, warnings: number) => `Bản gộp: ${errors} lỗi, ${warnings} cảnh báo.`,
    figures: (units: number, nominees: number) => `${units} đơn vị có số liệu cử tri, ${nominees} người và tập thể được đề nghị.`,
    skipped: (n: number) => `Tệp bị bỏ qua (${n})`,
    needPlan: 'Hãy chọn kế hoạch trước khi gộp: các tệp phải cùng kế hoạch với bản gộp.',
    opened: (file: string) => `Đã mở bản gộp ${file} thành sổ tính mới trong Excel.`,
    downloaded: (file: string) => `Đã tải xuống bản gộp "${file}".`,
  },

  stages: {
    read: 'Đang đọc sổ tính…',
    check: 'Đang kiểm tra…',
    write: 'Đang ghi kết quả vào sổ tính…',
    clear: 'Đang xóa đánh dấu…',
    save: 'Đang lưu…',
    export: 'Đang lập tệp…',
    rollup: 'Đang gộp báo cáo…',
    other: 'Đang xử lý…',
  } as Record<string, string>,

  status: {
    checked: (errors: number, warnings: number, sheet: string) =>
      `Đã kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo. Kết quả ghi ở cột Kết quả kiểm tra và trang "${sheet}".`,
    checkedNoSheet: (errors: number, warnings: number) => `Đã kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo.`,
    deadlineUnchecked: 'Chưa kiểm tra hạn nộp hồ sơ vì chưa có ngày hội nghị tổng kết.',
    cleared: 'Đã xóa đánh dấu: sổ tính trở lại như trước khi kiểm tra.',
    summaryUpdated: (sheet: string) => `Đã cập nhật trang "${sheet}".`,
    planSaved: 'Đã lưu kế hoạch vào sổ tính.',
    planLoaded: (file: string) => `Đã mở tệp kế hoạch "${file}" và lưu vào sổ tính.`,
    mappingSaved: 'Đã lưu cách nhận diện cột vào sổ tính.',
    mappingReset: 'Đã trở về nhận diện tự động.',
    waived: 'Đã miễn trừ. Bấm Cập nhật Tổng hợp để ghi vào trang Tổng hợp.',
    unwaived: 'Đã bỏ miễn trừ. Bấm Cập nhật Tổng hợp để ghi vào trang Tổng hợp.',
    selected: (where: string) => `Đã chọn ${where} trong sổ tính.`,
    unitSaved: 'Đã lưu đơn vị vào sổ tính.',
    exportOpened: (file: string) => `Đã mở tệp tổng hợp ${file} thành sổ tính mới trong Excel.`,
    exportDownloaded: (file: string) => `Đã tải xuống tệp tổng hợp "${file}".`,
    planExported: (file: string) => `Đã tải xuống tệp kế hoạch "${file}".`,
  },
  errors: {
    generic: (msg: string) => `Đã xảy ra lỗi: ${msg}`,
    check: (msg: string) => `Không kiểm tra được sổ tính: ${msg}`,
    clear: (msg: string) => `Không xóa được đánh dấu: ${msg}`,
    save: (msg: string) => `Không lưu được vào sổ tính: ${msg}`,
    select: (msg: string) => `Không chọn được dòng trong sổ tính: ${msg}`,
    read: (msg: string) => `Không đọc được sổ tính: ${msg}`,
    export: (msg: string) => `Không xuất được tổng hợp: ${msg}`,
    dossier: (msg: string) => `Không soạn được hồ sơ: ${msg}`,
    rollup: (msg: string) => `Không gộp được báo cáo: ${msg}`,
    fileRead: (file: string) => `Không đọc được tệp "${file}".`,
    busy: 'Excel đang bận (có thể đang sửa một ô). Hãy nhấn Enter hoặc Esc trong ô rồi thử lại.',
    dismiss: 'Đóng thông báo',
  },

  planFile: {
    notJson: (file: string) =>
      `Tệp "${file}" không phải tệp kế hoạch: nội dung bị hỏng hoặc không đúng mẫu. Hãy xin lại tệp kế hoạch từ đơn vị đã gửi.`,
    empty: (file: string) => `Tệp "${file}" trống, không có kế hoạch nào.`,
    part: (file: string, part: string) =>
      `Tệp kế hoạch "${file}" thiếu hoặc ghi sai phần ${part}. Hãy xin lại tệp kế hoạch từ đơn vị đã gửi, hoặc chọn một kế hoạch có sẵn rồi sửa thông số.`,
    other: (file: string) =>
      `Tệp kế hoạch "${file}" có nội dung không dùng được. Hãy xin lại tệp kế hoạch từ đơn vị đã gửi, hoặc chọn một kế hoạch có sẵn rồi sửa thông số.`,
    parts: {
      id: '“mã kế hoạch”',
      name: '“tên kế hoạch”',
      source: '“căn cứ” (văn bản ban hành kế hoạch)',
      issuer: '“cơ quan ban hành”',
      electionDate: '“ngày bầu cử”',
      period: '“thời gian thi đua”',
      turnout: '“tỷ lệ cử tri đi bầu”',
      criteria: '“tiêu chí”',
      quotas: '“số lượng đề nghị”',
      awardForms: '“hình thức khen thưởng”',
      dossier: '“hồ sơ và hạn nộp”',
      holidays: '“ngày nghỉ lễ”',
      holidayYears: '“lịch nghỉ lễ theo năm”',
      extraDaysOff: '“ngày nghỉ thêm”',
      makeUpWorkingDays: '“ngày làm bù”',
      money: '“tiền thưởng”',
      level: '“cấp ban hành”',
      electionOfficeUnits: '“các đơn vị thuộc Ủy ban bầu cử”',
    } as Record<string, string>,
  },

  plan: {
    heading: 'Kế hoạch đang dùng',
    none: 'Chưa chọn kế hoạch. Chọn một kế hoạch có sẵn ở màn hình kiểm tra, hoặc mở tệp kế hoạch.',
    openFile: 'Mở tệp kế hoạch…',
    openFileHint: 'Tệp .json do đơn vị khác gửi',
    exportFile: 'Xuất tệp kế hoạch',
    exportFileHint: 'Tải tệp .json để gửi cho đơn vị khác',
  },

  editor: {
    heading: 'Thông số kế hoạch',
    intro: 'Sửa các thông số rồi bấm Lưu. Kế hoạch đã lưu đi kèm sổ tính.',
    save: 'Lưu kế hoạch',
    revert: 'Hoàn tác',
    dirty: 'Có thay đổi chưa lưu. Lần kiểm tra tiếp theo vẫn dùng kế hoạch đã lưu.',
    invalid: (n: number) => `Còn ${n} ô chưa hợp lệ, hãy sửa các ô có thông báo đỏ.`,
    sections: {
      general: 'Thông tin chung',
      turnout: 'Tỷ lệ cử tri đi bầu',
      quotas: 'Số lượng đề nghị tối đa',
      awards: 'Hình thức khen thưởng',
      dossier: 'Hồ sơ và hạn nộp',
      holidays: 'Ngày nghỉ',
      money: 'Tiền thưởng',
    },
    name: 'Tên kế hoạch',
    id: 'Mã kế hoạch',
    idHint: 'Chữ thường không dấu, số và dấu gạch ngang',
    electionDate: 'Ngày bầu cử',
    dateHint: 'dd/mm/yyyy',
    min: 'Tỷ lệ tối thiểu (%)',
    minHint: 'Để trống nếu không có mức tối thiểu',
    target: 'Chỉ tiêu (%)',
    targetHint: 'Để trống nếu không có chỉ tiêu riêng',
    minByCategory: 'Mức tối thiểu theo loại đơn vị',
    minByCategoryHint: 'Theo mức chung',
    noMinimum: 'Không áp dụng',
    tolerance: 'Sai lệch cho phép giữa tỷ lệ ghi và tỷ lệ tính (điểm %)',
    scheduledCompletion: 'Hạn hoàn thành bầu cử',
    quotasOn: 'Có giới hạn số lượng đề nghị',
    quotaCategory: 'Loại đơn vị đề nghị',
    quotaCollective: 'Tập thể',
    quotaIndividual: 'Cá nhân',
    quotaCombined: 'Chung',
    quotaCombinedHint: 'Tập thể và cá nhân cộng lại',
    addQuota: 'Thêm hạn mức',
    removeQuota: (cat: string) => `Xóa hạn mức của ${cat}`,
    quotaRow: (cat: string) => `Hạn mức: ${cat}`,
    quotaEmpty: 'Chưa có hạn mức nào.',
    awardsOn: 'Chỉ chấp nhận các hình thức sau',
    awardsAny: 'Chấp nhận mọi hình thức khen thưởng.',
    awardName: 'Tên hình thức',
    awardInQuota: 'Tính vào hạn mức',
    addAward: 'Thêm hình thức',
    removeAward: (name: string) => `Xóa hình thức ${name || 'này'}`,
    conferenceDate: 'Ngày hội nghị tổng kết',
    conferenceHint: 'Ngày Ủy ban bầu cử tỉnh họp tổng kết; để trống nếu chưa biết',
    deadlineDays: 'Nộp hồ sơ trước hội nghị (ngày làm việc)',
    deadlineIs: (d: string) => `Hạn nộp hồ sơ: ${d}`,
    deadlineUnknown: 'Nhập ngày hội nghị để tính hạn nộp hồ sơ.',
    deadlineElsewhere: 'Ngày hội nghị tổng kết nhập ở màn hình kiểm tra; khi có ngày, hạn nộp hồ sơ hiện ở đây.',
    holidays: 'Ngày nghỉ lễ, nghỉ bù',
    extraDaysOff: 'Ngày nghỉ thêm',
    datesHint: 'Mỗi dòng một ngày, dạng dd/mm/yyyy',
    baseSalary: 'Lương cơ sở (đồng)',
    decree: 'Nghị định áp dụng',
    roundTo: 'Làm tròn tiền thưởng đến (đồng)',
    roundToHint: (step: string) => `Để trống: ${step} đồng, theo Nghị định`,
    roundDirection: 'Cách làm tròn',
    roundDirections: {
      up: 'Làm tròn lên (theo Nghị định)',
      nearest: 'Làm tròn đến số gần nhất',
      down: 'Làm tròn xuống',
    },
    roundHint: 'Nghị định 91/2017/NĐ-CP (Điều 68) và 98/2023/NĐ-CP (Điều 53): làm tròn lên hàng chục nghìn đồng.',
  },

  validation: {
    required: 'Không được để trống',
    percent: 'Nhập tỷ lệ từ 0 đến 100, ví dụ 98 hoặc 98,5',
    count: 'Nhập số nguyên từ 0 trở lên',
    positiveInt: 'Nhập số nguyên lớn hơn 0',
    number: 'Nhập một số từ 0 trở lên',
    date: 'Nhập ngày có thật dạng dd/mm/yyyy',
    dateLine: (line: number, text: string) => `Dòng ${line}: "${text}" không phải ngày có thật (dd/mm/yyyy)`,
    id: 'Chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ke-hoach-2026',
    quotaEmpty: 'Nhập ít nhất một giới hạn: tập thể, cá nhân hoặc chung',
    quotaDuplicate: 'Loại đơn vị này đã có hạn mức',
    awardDuplicate: 'Hình thức này đã có trong danh sách',
    targetBelowMin: 'Chỉ tiêu không được thấp hơn tỷ lệ tối thiểu',
  },

  mapping: {
    heading: 'Nhận diện trang và cột',
    intro:
      'Công cụ tự nhận ra trang nào là danh sách nào và cột nào là thông tin gì. Nếu nhận sai, chọn lại ở đây; lựa chọn được lưu trong sổ tính.',
    refresh: 'Đọc lại sổ tính',
    reset: 'Trở về nhận diện tự động',
    empty: 'Chưa đọc sổ tính. Bấm Đọc lại sổ tính để xem cách nhận diện.',
    noSheets: 'Không có trang tính nào.',
    sheetKind: (sheet: string) => `Trang "${sheet}" là`,
    auto: 'Tự nhận diện',
    autoWas: (kind: string) => `Tự nhận diện (${kind})`,
    autoNone: 'Tự nhận diện (không nhận ra)',
    ignore: 'Bỏ qua trang này',
    notRecognised: 'Không nhận ra bảng nào trong trang này.',
    ignored: 'Trang này được bỏ qua khi kiểm tra.',
    headerRow: 'Dòng tiêu đề',
    headerRows: 'Số dòng tiêu đề',
    dataRows: (first: number, last: number, n: number) => `Dữ liệu: dòng ${first}–${last} (${n} dòng)`,
    column: (field: string) => `Cột ${field}`,
    columnAuto: 'Tự nhận diện',
    columnNone: '(không có)',
    columnOption: (letter: string, label: string) => (label ? `${letter} — ${label}` : letter),
    fromMapping: 'theo lựa chọn của bạn',
    detected: 'tự nhận diện',
    badMapping: (sheet: string, field: string, ref: string) => `Trang "${sheet}": không có cột "${ref}" cho ${field}. Hãy chọn lại.`,
    asTablesBelow: 'Theo các bảng bên dưới',
    table: (n: number, headerRow: number) => `Bảng ${n} (tiêu đề ở dòng ${headerRow})`,
    tableKind: (n: number) => `Bảng ${n} là`,
    addTable: 'Thêm một bảng trong trang',
    removeTable: (n: number) => `Bỏ bảng ${n}`,
    sheetUnit: 'Đơn vị của trang',
    sheetUnitHint: 'Chỉ điền khi các dòng không ghi đơn vị và trang thuộc một đơn vị riêng (mỗi trường một trang).',
    sheetUnitFound: (name: string, source: 'title' | 'sheet') =>
      source === 'title' ? `Đang dùng "${name}" (theo dòng tiêu đề của trang).` : `Đang dùng "${name}" (theo tên trang).`,
  },

  results: {
    heading: 'Kết quả kiểm tra',
    none: 'Chưa kiểm tra. Chọn kế hoạch rồi bấm Kiểm tra.',
    cleared: 'Đã xóa đánh dấu khỏi sổ tính, nên không còn kết quả nào. Bấm Kiểm tra để kiểm tra lại.',
    clean: 'Không phát hiện lỗi hay cảnh báo nào. Sổ tính đạt yêu cầu của kế hoạch.',
    counts: (errors: number, warnings: number, waived: number) =>
      `${errors} lỗi · ${warnings} cảnh báo` + (waived ? ` · ${waived} đã miễn trừ` : ''),
    summarySheet: (sheet: string) => `Trang tổng hợp: ${sheet}`,
    checkedAt: (when: string) => `Kiểm tra lúc ${when}`,
    unit: (u: string) => `Đơn vị: ${u}`,
    unitInferred: (u: string) => `Đơn vị: ${u} (tự suy ra)`,
    notices: (n: number) => `Ghi chú (${n})`,
    filters: 'Lọc kết quả',
    filterToggle: 'Lọc',
    filterActive: (n: number) => `Lọc (${n})`,
    filterSheet: 'Trang tính',
    filterUnit: 'Đơn vị',
    filterSeverity: 'Mức độ',
    all: 'Tất cả',
    onlyWaived: 'Đã miễn trừ',
    noMatch: 'Không có kết quả nào khớp bộ lọc.',
    groupCounts: (errors: number, warnings: number) =>
      [errors ? `${errors} lỗi` : '', warnings ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', '),
    where: (sheet: string, rows: number[]) => (rows.length ? `${sheet}, dòng ${rows.join(', ')}` : sheet),
    goTo: 'Chọn dòng trong sổ tính',
    selectHint: 'Bấm để chọn dòng này trong sổ tính',
    noRow: 'không gắn với dòng nào',
    list: 'Các kết quả theo nhóm; dùng phím mũi tên để đi giữa các kết quả',
    waive: 'Miễn trừ',
    waiveLabel: (msg: string) => `Miễn trừ: ${msg}`,
    unwaive: 'Bỏ miễn trừ',
    unwaiveLabel: (msg: string) => `Bỏ miễn trừ: ${msg}`,
    waivedBy: (by: string, reason: string) => `Miễn trừ bởi ${by}: ${reason}`,
    findingsOf: (title: string) => `Các kết quả: ${title}`,
  },

  waive: {
    title: 'Miễn trừ kết quả này',
    intro:
      'Người xét duyệt quyết định chấp nhận trường hợp này. Kết quả vẫn ghi trong báo cáo và trang Tổng hợp, kèm lý do, nhưng không tính là lỗi.',
    by: 'Người quyết định',
    reason: 'Lý do',
    reasonHint: 'Ví dụ: Đã có văn bản giải trình số 12/GT-UBND',
    confirm: 'Miễn trừ',
    cancel: 'Hủy',
  },

  fields: {
    seq: 'số thứ tự',
    name: 'họ tên / tên',
    kind: 'tập thể / cá nhân',
    category: 'loại đơn vị',
    parent: 'đơn vị cấp trên',
    birthDate: 'ngày sinh',
    position: 'chức vụ',
    unit: 'đơn vị',
    workplace: 'đơn vị công tác',
    voted: 'đã bỏ phiếu',
    registered: 'số cử tri',
    rate: 'tỷ lệ',
    reelection: 'bầu lại',
    additional: 'bầu thêm',
    completedDate: 'ngày hoàn thành',
    scheduledDate: 'ngày theo kế hoạch',
    awardForm: 'hình thức khen thưởng',
    achievement: 'tóm tắt thành tích',
    dossierDate: 'ngày nộp hồ sơ',
  } satisfies Record<FieldName, string>,
  tableKinds: {
    units: 'Danh sách đơn vị',
    members: 'Danh sách đoàn viên, cử tri',
    turnout: 'Tỷ lệ cử tri đi bầu',
    criteria: 'Chấm tiêu chí',
    nominees: 'Danh sách đề nghị khen thưởng',
  } satisfies Record<TableKind, string>,
};

export type Strings = typeof vi & {
  ruleTitles: Record<RuleId, string>;
  severity: Record<Severity, string>;
  categories: Record<UnitCategory | 'unknown', string>;
};

const en: typeof vi = {
  langName: 'English',
  appTitle: 'Emulation check',
  language: 'Language',
  previewBadge: 'Preview (in-memory Excel)',
  loading: 'Opening the workbook…',

  noHost: {
    title: 'Not running in Excel',
    body: 'This pane runs inside Excel. Open the workbook in Excel and click Emulation check on the Home tab.',
  },

  menu: {
    button: 'More',
    label: 'More actions and settings',
    plan: 'Plan and parameters…',
    mapping: 'Sheets and columns…',
    rollup: 'Consolidate subordinate reports…',
    openPlanFile: 'Open plan file…',
    results: 'Results',
  },

  views: {
    back: 'Back',
    backLabel: 'Back to the check',
    main: 'Check the workbook',
    plan: 'Plan',
    mapping: 'Sheets and columns',
    rollup: 'Consolidate subordinate reports',
  },

  actions: {
    check: 'Check',
    checkHint: 'Read the workbook, check it against the plan, write the status column and the summary sheet',
    clear: 'Clear flags',
    clearHint: 'Remove everything the checker wrote (status column, highlighting, summary sheet); your data stays as it was',
    updateSummary: 'Update summary',
    updateSummaryHint: 'Rewrite the summary sheet and status column with the current waivers',
    exportSummary: 'Export summary',
    exportSummaryHint: 'Make the summary file for the level above: the summary sheet, the nominee list and the data it consolidates',
    dossier: 'Draft dossier',
    dossierHint: 'Draft the nomination letter, its list and the summaries of achievements as a Word file',
    needPlan: 'Choose a plan to start checking.',
    resultActions: 'Result actions',
  },

  planChoice: {
    label: 'Plan',
    placeholder: 'Choose a plan…',
    source: (text) => `Source: ${text}`,
    filePlan: (file) => `From file ${file}`,
    savedPlan: 'Plan saved in the workbook',
    edited: 'edited',
    openFile: 'Open plan file…',
  },

  conference: {
    label: 'Summary conference date',
    placeholder: 'dd/mm/yyyy',
    deadline: (d) => `Dossier deadline: ${d}`,
    invalid: 'Enter a real date, e.g. 10/09/2021.',
    empty: 'Without a date the dossier deadline cannot be checked.',
    fromPlan: (date, deadline) => `Left empty, the plan's own date is used, ${date}. Dossier deadline: ${deadline}`,
    noRule: 'This plan has no dossier deadline counted from the conference.',
    saved: 'Conference date saved in the workbook.',
    removed: 'Conference date removed from the workbook.',
  },

  unit: {
    label: 'Unit',
    placeholder: 'Inferred from the workbook',
    hint: 'The unit named on the summary sheet. Leave empty to infer it.',
    inferred: (u) => `Left empty, the inferred unit is used: ${u}.`,
  },

  stale: {
    title: 'Results out of date.',
    reasons: { plan: 'the plan', date: 'the conference date', unit: 'the unit', mapping: 'the column recognition' },
    body: (what) => `Since this check, ${what} changed. Click Check to check again before exporting the summary.`,
    and: 'and',
  },

  waiversChanged: 'Waivers changed since the check: the status column and the summary sheet do not show them yet.',

  notices: {
    unitInferred: (unit) => `The workbook's unit was inferred as "${unit}"; to name it, fill in the Unit field.`,
    unitUnknown: "The workbook's unit could not be determined; fill in the Unit field.",
  },

  confirmPreset: {
    title: 'Replace the plan in use?',
    body: (current, next) =>
      `The plan in use (${current}) was edited or opened from a file. Choosing ${next} replaces it; to keep it, export the plan file first.`,
    currentFile: (file) => `file ${file}`,
    currentSaved: 'saved in the workbook',
    nextPreset: (issuer) => `the plan of ${issuer}`,
    nextFile: (file) => `file ${file}`,
    unsaved: 'Unsaved changes in the plan parameters will be lost too.',
    replace: 'Replace the plan',
    keep: 'Keep the plan in use',
    export: 'Export plan file',
  },

  dossier: {
    unwaived: (n) =>
      `${plural(n, 'error is', 'errors are')} not waived: the dossier is drafted anyway; review ${n === 1 ? 'it' : 'them'} before sending.`,
    downloaded: (file) => `Downloaded the dossier "${file}".`,
  },

  rollup: {
    heading: 'Consolidate subordinate reports',
    intro:
      "Choose the summary files your units sent (made with the Export summary button). Each file is read in turn, unusable ones are skipped, then your level's roll-up is built and checked against the plan in use.",
    pick: 'Choose summary files…',
    pickHint: 'Several .xlsx files can be chosen at once',
    unitIs: (u) => `The roll-up is named after the unit: ${u} (change it in the Unit field).`,
    unitDefault: (u) => `The Unit field is empty: the roll-up is named "${u}".`,
    read: (done, total) => `Read ${done}/${total} files`,
    building: 'Building the roll-up…',
    done: (accepted, total) => `Consolidated ${accepted}/${total} ${total === 1 ? 'file' : 'files'}.`,
    counts: (errors, warnings) => `Roll-up: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
    figures: (units, nominees) => `${plural(units, 'unit')} with turnout figures, ${plural(nominees, 'nominee')}.`,
    skipped: (n) => `Files skipped (${n})`,
    needPlan: 'Choose a plan before consolidating: the files must be of the same plan as the roll-up.',
    opened: (file) => `Opened the roll-up ${file} as a new workbook in Excel.`,
    downloaded: (file) => `Downloaded the roll-up "${file}".`,
  },

  stages: {
    read: 'Reading the workbook…',
    check: 'Checking…',
    write: 'Writing the results into the workbook…',
    clear: 'Clearing flags…',
    save: 'Saving…',
    export: 'Building the file…',
    rollup: 'Consolidating…',
    other: 'Working…',
  },

  status: {
    checked: (errors, warnings, sheet) =>
      `Check finished: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Results are in the status column and the "${sheet}" sheet.`,
    checkedNoSheet: (errors, warnings) => `Check finished: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
    deadlineUnchecked: 'The dossier deadline was not checked: there is no summary conference date.',
    cleared: 'Flags cleared: the workbook is back to how it was before the check.',
    summaryUpdated: (sheet) => `Sheet "${sheet}" updated.`,
    planSaved: 'Plan saved in the workbook.',
    planLoaded: (file) => `Opened plan file "${file}" and saved it in the workbook.`,
    mappingSaved: 'Column choices saved in the workbook.',
    mappingReset: 'Back to automatic recognition.',
    waived: 'Waived. Click Update summary to write it into the summary sheet.',
    unwaived: 'Waiver removed. Click Update summary to write it into the summary sheet.',
    selected: (where) => `Selected ${where} in the workbook.`,
    unitSaved: 'Unit saved in the workbook.',
    exportOpened: (file) => `Opened the summary file ${file} as a new workbook in Excel.`,
    exportDownloaded: (file) => `Downloaded the summary file "${file}".`,
    planExported: (file) => `Downloaded the plan file "${file}".`,
  },
  errors: {
    generic: (msg) => `Something went wrong: ${msg}`,
    check: (msg) => `Could not check the workbook: ${msg}`,
    clear: (msg) => `Could not clear the flags: ${msg}`,
    save: (msg) => `Could not save into the workbook: ${msg}`,
    select: (msg) => `Could not select the row in the workbook: ${msg}`,
    read: (msg) => `Could not read the workbook: ${msg}`,
    export: (msg) => `Could not export the summary: ${msg}`,
    dossier: (msg) => `Could not draft the dossier: ${msg}`,
    rollup: (msg) => `Could not consolidate: ${msg}`,
    fileRead: (file) => `Could not read the file "${file}".`,
    busy: 'Excel is busy (a cell may be in edit mode). Press Enter or Esc in the cell and try again.',
    dismiss: 'Dismiss',
  },

  planFile: {
    notJson: (file) =>
      `"${file}" is not a plan file: its content is damaged or not in the plan layout. Ask the unit that sent it for it again.`,
    empty: (file) => `"${file}" is empty: it holds no plan.`,
    part: (file, part) =>
      `Plan file "${file}" lacks ${part} or has it wrong. Ask the unit that sent it for it again, or choose a built-in plan and edit its parameters.`,
    other: (file) =>
      `Plan file "${file}" holds something that cannot be used. Ask the unit that sent it for it again, or choose a built-in plan and edit its parameters.`,
    parts: {
      id: 'the plan id',
      name: 'the plan name',
      source: 'the source (the document issuing the plan)',
      issuer: 'the issuing body',
      electionDate: 'the election day',
      period: 'the campaign period',
      turnout: 'the voter turnout',
      criteria: 'the criteria',
      quotas: 'the nomination quotas',
      awardForms: 'the award forms',
      dossier: 'the dossier and its deadline',
      holidays: 'the public holidays',
      holidayYears: 'the holiday calendars by year',
      extraDaysOff: 'the extra days off',
      makeUpWorkingDays: 'the make-up working days',
      money: 'the reward money',
      level: 'the issuing level',
      electionOfficeUnits: 'the election office units',
    },
  },

  plan: {
    heading: 'Plan in use',
    none: 'No plan chosen. Choose a built-in plan on the check screen, or open a plan file.',
    openFile: 'Open plan file…',
    openFileHint: 'A .json file another unit sent',
    exportFile: 'Export plan file',
    exportFileHint: 'Download a .json file to send to other units',
  },

  editor: {
    heading: 'Plan parameters',
    intro: 'Edit the parameters, then click Save. The saved plan travels with the workbook.',
    save: 'Save plan',
    revert: 'Undo changes',
    dirty: 'Unsaved changes. The next check still uses the saved plan.',
    invalid: (n) => `${n === 1 ? '1 field is' : `${n} fields are`} not valid; fix the fields with red messages.`,
    sections: {
      general: 'General',
      turnout: 'Voter turnout',
      quotas: 'Nomination quotas',
      awards: 'Award forms',
      dossier: 'Dossier and deadline',
      holidays: 'Days off',
      money: 'Reward money',
    },
    name: 'Plan name',
    id: 'Plan id',
    idHint: 'Lower-case letters without diacritics, digits and hyphens',
    electionDate: 'Election day',
    dateHint: 'dd/mm/yyyy',
    min: 'Minimum turnout (%)',
    minHint: 'Leave empty when there is no minimum',
    target: 'Target (%)',
    targetHint: 'Leave empty when there is no separate target',
    minByCategory: 'Minimum by unit category',
    minByCategoryHint: 'General minimum',
    noMinimum: 'No minimum',
    tolerance: 'Allowed difference between stated and computed rate (points)',
    scheduledCompletion: 'Election to be completed by',
    quotasOn: 'Limit the number of nominations',
    quotaCategory: 'Proposing unit category',
    quotaCollective: 'Collectives',
    quotaIndividual: 'Individuals',
    quotaCombined: 'Combined',
    quotaCombinedHint: 'Collectives and individuals together',
    addQuota: 'Add a quota',
    removeQuota: (cat) => `Remove the quota of ${cat}`,
    quotaRow: (cat) => `Quota: ${cat}`,
    quotaEmpty: 'No quotas yet.',
    awardsOn: 'Only accept these forms',
    awardsAny: 'Any award form is accepted.',
    awardName: 'Form name',
    awardInQuota: 'Counts toward the quota',
    addAward: 'Add a form',
    removeAward: (name) => `Remove the form ${name || ''}`.trim(),
    conferenceDate: 'Summary conference date',
    conferenceHint: "The provincial Election Committee's summary conference; leave empty if not known yet",
    deadlineDays: 'Dossier due before the conference (working days)',
    deadlineIs: (d) => `Dossier deadline: ${d}`,
    deadlineUnknown: 'Enter the conference date to compute the dossier deadline.',
    deadlineElsewhere: 'The summary conference date is entered on the check screen; with it, the dossier deadline shows here.',
    holidays: 'Public holidays and compensatory days off',
    extraDaysOff: 'Extra days off',
    datesHint: 'One date per line, dd/mm/yyyy',
    baseSalary: 'Base salary (VND)',
    decree: 'Decree in force',
    roundTo: 'Round reward amounts to (VND)',
    roundToHint: (step) => `Empty: ${step} VND, as the decree says`,
    roundDirection: 'Rounding',
    roundDirections: {
      up: 'Round up (as the decree says)',
      nearest: 'Round to the nearest',
      down: 'Round down',
    },
    roundHint: 'Decrees 91/2017/NĐ-CP (Art. 68) and 98/2023/NĐ-CP (Art. 53): rounded up to the next 10,000 VND.',
  },

  validation: {
    required: 'Required',
    percent: 'Enter a rate from 0 to 100, e.g. 98 or 98.5',
    count: 'Enter a whole number, 0 or more',
    positiveInt: 'Enter a whole number greater than 0',
    number: 'Enter a number, 0 or more',
    date: 'Enter a real date as dd/mm/yyyy',
    dateLine: (line, text) => `Line ${line}: "${text}" is not a real date (dd/mm/yyyy)`,
    id: 'Only lower-case letters without diacritics, digits and hyphens, e.g. plan-2026',
    quotaEmpty: 'Enter at least one limit: collectives, individuals or combined',
    quotaDuplicate: 'This category already has a quota',
    awardDuplicate: 'This form is already in the list',
    targetBelowMin: 'The target cannot be below the minimum',
  },

  mapping: {
    heading: 'Sheets and columns',
    intro:
      'The checker recognises which sheet holds which list and which column holds what. If it got one wrong, correct it here; your choices are saved in the workbook.',
    refresh: 'Read the workbook again',
    reset: 'Back to automatic recognition',
    empty: 'The workbook has not been read yet. Click Read the workbook again.',
    noSheets: 'The workbook has no sheets.',
    sheetKind: (sheet) => `Sheet "${sheet}" is`,
    auto: 'Automatic',
    autoWas: (kind) => `Automatic (${kind})`,
    autoNone: 'Automatic (not recognised)',
    ignore: 'Ignore this sheet',
    notRecognised: 'No table was recognised in this sheet.',
    ignored: 'This sheet is skipped by the check.',
    headerRow: 'Header row',
    headerRows: 'Header rows',
    dataRows: (first, last, n) => `Data: rows ${first}–${last} (${plural(n, 'row')})`,
    column: (field) => `Column for ${field}`,
    columnAuto: 'Automatic',
    columnNone: '(none)',
    columnOption: (letter, label) => (label ? `${letter} — ${label}` : letter),
    fromMapping: 'your choice',
    detected: 'recognised',
    badMapping: (sheet, field, ref) => `Sheet "${sheet}": there is no column "${ref}" for ${field}. Choose again.`,
    asTablesBelow: 'As the tables below',
    table: (n, headerRow) => `Table ${n} (header on row ${headerRow})`,
    tableKind: (n) => `Table ${n} is`,
    addTable: 'Add a table in this sheet',
    removeTable: (n) => `Remove table ${n}`,
    sheetUnit: "Sheet's unit",
    sheetUnitHint: 'Fill in only when the rows name no unit and the sheet belongs to one unit (one sheet per school).',
    sheetUnitFound: (name, source) =>
      source === 'title' ? `Using "${name}" (from the sheet's title rows).` : `Using "${name}" (the sheet's name).`,
  },

  results: {
    heading: 'Check results',
    none: 'Not checked yet. Choose a plan and click Check.',
    cleared: 'The flags were cleared from the workbook, so no results are left. Click Check to check again.',
    clean: 'No errors or warnings. The workbook meets the plan.',
    counts: (errors, warnings, waived) =>
      `${plural(errors, 'error')} · ${plural(warnings, 'warning')}` + (waived ? ` · ${waived} waived` : ''),
    summarySheet: (sheet) => `Summary sheet: ${sheet}`,
    checkedAt: (when) => `Checked at ${when}`,
    unit: (u) => `Unit: ${u}`,
    unitInferred: (u) => `Unit: ${u} (inferred)`,
    notices: (n) => `Notes (${n})`,
    filters: 'Filter results',
    filterToggle: 'Filter',
    filterActive: (n) => `Filter (${n})`,
    filterSheet: 'Sheet',
    filterUnit: 'Unit',
    filterSeverity: 'Severity',
    all: 'All',
    onlyWaived: 'Waived',
    noMatch: 'No result matches the filters.',
    groupCounts: (errors, warnings) =>
      [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', '),
    where: (sheet, rows) => (rows.length ? `${sheet}, ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}` : sheet),
    goTo: 'Select the row in the workbook',
    selectHint: 'Click to select this row in the workbook',
    noRow: 'not tied to a row',
    list: 'Results by group; use the arrow keys to move between results',
    waive: 'Waive',
    waiveLabel: (msg) => `Waive: ${msg}`,
    unwaive: 'Undo waiver',
    unwaiveLabel: (msg) => `Undo waiver: ${msg}`,
    waivedBy: (by, reason) => `Waived by ${by}: ${reason}`,
    findingsOf: (title) => `Results: ${title}`,
  },

  waive: {
    title: 'Waive this finding',
    intro:
      'The reviewer decides to accept this case. The finding stays in the report and the summary sheet with the reason, but does not count as an error.',
    by: 'Decided by',
    reason: 'Reason',
    reasonHint: 'E.g. Explanation letter No. 12/GT-UBND',
    confirm: 'Waive',
    cancel: 'Cancel',
  },

  fields: {
    seq: 'number',
    name: 'name',
    kind: 'collective / individual',
    category: 'unit category',
    parent: 'parent unit',
    birthDate: 'date of birth',
    position: 'position',
    unit: 'unit',
    workplace: 'workplace',
    voted: 'voted',
    registered: 'registered voters',
    rate: 'rate',
    reelection: 're-election',
    additional: 'additional election',
    completedDate: 'completion date',
    scheduledDate: 'scheduled date',
    awardForm: 'award form',
    achievement: 'achievement summary',
    dossierDate: 'dossier date',
  },
  tableKinds: {
    units: 'List of units',
    members: 'Members / voters',
    turnout: 'Voter turnout',
    criteria: 'Criteria assessment',
    nominees: 'Nominations',
  },
};

const cache = new Map<Lang, Strings>();

/** The pane's strings in a language (Vietnamese unless `en`). */
export function strings(lang: Lang): Strings {
  let s = cache.get(lang);
  if (!s) {
    const m = messages(lang);
    s = { ...(lang === 'en' ? en : vi), ruleTitles: m.ruleTitles, severity: m.severity, categories: m.categories };
    cache.set(lang, s);
  }
  return s;
}

/**
 * The pane's language from Office's display language: English for an English Office,
 * Vietnamese for everything else (Vietnamese-first: staff often run an English Office).
 */
export function languageFor(displayLanguage: string | undefined | null): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}

export const LANGS: Lang[] = ['vi', 'en'];
