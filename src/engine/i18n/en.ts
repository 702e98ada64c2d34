/** Every English sentence the engine and the command line show, in one place. */
import type { MessageParams, RuleId } from '../findings';
import { isoToDmy } from '../normalize/date';
import { formatNumberEn, formatPercentEn, formatVnd } from '../normalize/number';
import type { Messages } from './types';

const pct = (f: number | undefined) => (f === undefined ? '?' : formatPercentEn(f, f * 100 === Math.round(f * 100) ? 0 : 1));
const pct2 = (f: number | undefined) => (f === undefined ? '?' : formatPercentEn(f, 2));
const num = (n: number | null | undefined) => (n === null || n === undefined ? 'blank' : formatNumberEn(n));
const date = (iso: string | undefined) => (iso ? isoToDmy(iso) : '?');

const FIELD: Record<NonNullable<MessageParams['fields']>[number], string> = {
  name: 'name',
  unit: 'proposing unit',
  awardForm: 'award form',
  achievement: 'achievement summary',
};
const KIND = { collective: 'collectives', individual: 'individuals', combined: 'collectives and individuals' } as const;

const rules: Record<RuleId, (p: MessageParams) => string> = {
  TURNOUT_BELOW_MIN: (p) =>
    `Voter turnout ${pct2(p.rate)} is below the minimum of ${pct(p.min)}` +
    (p.members !== undefined ? ` (from the member list: ${num(p.voted)}/${num(p.registered)})` : ''),
  TURNOUT_BELOW_TARGET: (p) =>
    `Voter turnout ${pct2(p.rate)} is below the target of ${pct(p.target)}` +
    (p.members !== undefined ? ` (from the member list: ${num(p.voted)}/${num(p.registered)})` : ''),
  TURNOUT_DATA_INVALID: (p) => {
    switch (p.problem) {
      case 'voted_over_registered':
        return `Voters who voted (${num(p.voted)}) exceed registered voters (${num(p.registered)})`;
      case 'negative':
        return 'Voter counts cannot be negative';
      case 'missing_registered':
        return 'The number of registered voters is missing';
      case 'missing_voted':
        return 'The number of voters who voted is missing';
      case 'zero_registered':
        return 'Registered voters is 0, so no rate can be computed';
      default:
        return `The voter count "${p.text ?? ''}" cannot be read`;
    }
  },
  TURNOUT_RATE_MISMATCH: (p) =>
    `The stated rate ${pct2(p.stated)} differs from the rate computed from the counts, ${pct2(p.rate)} (${num(p.voted)}/${num(p.registered)})`,
  CRITERION_NOT_MET: (p) => {
    const c = `criterion ${p.criterion}${p.criterionLabel ? ` (${p.criterionLabel})` : ''}`;
    switch (p.mark) {
      case 'no':
        return `${c[0]!.toUpperCase()}${c.slice(1)} is not met`;
      case 'blank':
        return `${c[0]!.toUpperCase()}${c.slice(1)} was not assessed (blank cell)`;
      case 'unreadable':
        return `The mark for ${c} cannot be read: "${p.markText ?? ''}" — counted as not met`;
      default:
        return `No criteria assessment for ${p.name ?? 'this unit'} in the criteria sheet`;
    }
  },
  REELECTION_HELD: (p) =>
    p.which === 'additional'
      ? 'The unit had to hold an additional election'
      : p.which === 'both'
        ? 'The unit had to hold a re-election and an additional election'
        : 'The unit had to hold a re-election',
  FINISHED_LATE: (p) => `The election finished on ${date(p.date)}, after the scheduled ${date(p.scheduled)}`,
  NOMINEE_NOT_ELIGIBLE: (p) => {
    switch (p.standard) {
      case 'turnout':
        return `Not eligible: voter turnout of ${p.unit ?? 'the unit'} is ${pct2(p.rate)}, below ${pct(p.min)}`;
      case 'reelection':
        return `Not eligible: ${p.unit ?? 'the unit'} had to hold a re-election or an additional election`;
      case 'completion':
        return `Not eligible: ${p.unit ?? 'the unit'} finished the election late (${date(p.date)})`;
      default:
        return `Not eligible: criterion ${p.criterion}${p.criterionLabel ? ` (${p.criterionLabel})` : ''} is not met in the criteria sheet`;
    }
  },
  QUOTA_EXCEEDED: (p) =>
    `${p.unit ?? 'The unit'} proposes ${num(p.proposed)} ${KIND[p.kind ?? 'combined']}, more than the maximum of ${num(p.limit)}`,
  DUPLICATE_NOMINEE: (p) =>
    `${p.name ?? ''} is proposed more than once` +
    (p.others && p.others.length ? ` (also at ${p.others.join(', ')})` : '') +
    (p.exclusiveOf ? ' — already proposed by a department or district' : ''),
  POSSIBLE_DUPLICATE: (p) =>
    `Possible duplicate: ${p.name ?? ''} differs only in diacritics from ${p.text ?? ''}` +
    (p.others && p.others.length ? ` (${p.others.join(', ')})` : ''),
  AWARD_FORM_NOT_ALLOWED: (p) => `The award form "${p.form ?? ''}" is not one the plan allows`,
  MISSING_FIELD: (p) => `Missing ${(p.fields ?? []).map((f) => FIELD[f]).join(', ')}`,
  DOSSIER_LATE: (p) => `The dossier is dated ${date(p.date)}, after the deadline of ${date(p.deadline)}`,
  MEMBER_VOTE_UNREADABLE: (p) => `The "voted" mark cannot be read: "${p.markText ?? ''}" — counted as not voted`,
  UNIT_CATEGORY_UNKNOWN: (p) => `The category of unit "${p.unit ?? ''}" cannot be determined`,
};

export const en: Messages = {
  rules,
  ruleTitles: {
    TURNOUT_BELOW_MIN: 'Turnout below the minimum',
    TURNOUT_BELOW_TARGET: 'Turnout below the target',
    TURNOUT_DATA_INVALID: 'Invalid voter counts',
    TURNOUT_RATE_MISMATCH: 'Stated rate does not match the counts',
    CRITERION_NOT_MET: 'Criterion not met',
    REELECTION_HELD: 'Re-election or additional election held',
    FINISHED_LATE: 'Finished late',
    NOMINEE_NOT_ELIGIBLE: 'Nominee not eligible',
    QUOTA_EXCEEDED: 'Quota exceeded',
    DUPLICATE_NOMINEE: 'Duplicate nominee',
    POSSIBLE_DUPLICATE: 'Possible duplicate',
    AWARD_FORM_NOT_ALLOWED: 'Award form not allowed',
    MISSING_FIELD: 'Missing field',
    DOSSIER_LATE: 'Dossier late',
    MEMBER_VOTE_UNREADABLE: 'Unreadable voted mark',
    UNIT_CATEGORY_UNKNOWN: 'Unknown unit category',
  },
  severity: { error: 'Error', warning: 'Warning' },
  categories: {
    provincial: 'Provincial department or body',
    district: 'District level',
    commune: 'Commune level',
    village: 'Village level',
    base_union: 'Base union',
    election_office: 'Office of the provincial Election Committee',
    unknown: 'Unknown',
  },
  kinds: KIND,
  notices: {
    fieldMissing: (sheet, field) => `Sheet "${sheet}": no column for ${field} was found.`,
    noCriteriaSheet: 'No criteria sheet: the scored criteria were not checked.',
    criterionColumnMissing: (sheet, code) => `Sheet "${sheet}": no column for criterion ${code}.`,
    noConferenceDate: 'No summary-conference date given: dossier deadlines were not checked.',
    unitInferred: (unit) => `The workbook's unit was inferred as "${unit}" (use --unit to name it).`,
    unitUnknown: "The workbook's unit could not be determined (use --unit to name it).",
    legacyText: (sheet, count, enc) =>
      `Sheet "${sheet}": ${count} cells typed in the legacy ${enc === 'tcvn3' ? 'TCVN3 (ABC, .VnTime fonts)' : 'VNI'} encoding were read as Unicode.`,
    sheetSkipped: (sheet) => `Sheet "${sheet}" has no recognisable table and was skipped.`,
    deadline: (iso) => `Dossier deadline: ${isoToDmy(iso)}.`,
  },
  fields: {
    name: 'name',
    unit: 'unit',
    workplace: 'workplace',
    voted: 'voted',
    registered: 'registered voters',
    rate: 'rate',
    awardForm: 'award form',
    achievement: 'achievement summary',
    dossierDate: 'dossier date',
    category: 'unit category',
    birthDate: 'date of birth',
    kind: 'collective / individual',
    completedDate: 'completion date',
    reelection: 're-election',
    additional: 'additional election',
  },
  tables: {
    units: 'unit list',
    members: 'member list',
    turnout: 'voter turnout',
    criteria: 'criteria',
    nominees: 'nominee list',
  },
  cli: {
    why: {
      required: 'it is required',
      workbookOrFolder: 'give a workbook or a folder',
      summaryFiles: 'give at least one summary file',
      date: 'expected a real date, as dd/mm/yyyy (e.g. 25/06/2021) or YYYY-MM-DD',
      lang: 'vi or en only',
      noSuchOption: (c) => `there is no such option (see thidua ${c} --help)`,
      needsValue: (c) => `it needs a value (see thidua ${c} --help)`,
      noSuchCommand: 'there is no such command (see thidua --help)',
      mappingField: (w) => `the entry "${w}" is not valid`,
      mappingShape: 'the file must read {"sheets": {…}} (see the README, Mapping files)',
      waiversShape: 'the file must be a list whose entries have "key", "by" (who waives) and "reason"',
    },
    fileMissing: (f) => `The file "${f}" does not exist.`,
    notXlsx: (f) =>
      `The file "${f}" is not an Excel .xlsx workbook (perhaps a CSV or another file renamed); open it in Excel and save it as .xlsx.`,
    oldXls: (f) => `The file "${f}" is an old-style Excel .xls workbook; open it in Excel and save it as .xlsx.`,
    encrypted: (f) => `The file "${f}" is password-protected; remove the password (File > Info > Protect Workbook) and check it again.`,
    corrupt: (f, c) => `The file "${f}" is damaged and cannot be read (${c}).`,
    tooLarge: (f, mb, lim) => `The file "${f}" unpacks to ${mb} MB, more than the ${lim} MB limit; refusing to read it.`,
    emptyWorkbook: (f) => `The file "${f}" has no worksheets.`,
    noSheet: (f, s) =>
      `The file "${f}" has no sheet recognisable as a unit list, member list, voter turnout, criteria or nominee list (sheets: ${s.map((x) => `"${x}"`).join(', ')}); check the column headings or use --mapping.`,
    badPlan: (a) => `There is no plan "${a}": use an id from "thidua plans" or the path of a plan .json file.`,
    badOption: (o, w) => `The option ${o} is not valid: ${w}.`,
    badMapping: (f, w) => `The mapping file "${f}" is not valid: ${w}.`,
    mappingColumn: (f, s, field, ref) => `The mapping file "${f}": sheet "${s}" has no column "${ref}" for the field ${field}.`,
    badWaivers: (f, w) => `The waivers file "${f}" is not valid: ${w}.`,
    cannotWrite: (f, c) => `Cannot write the file "${f}" (${c}).`,
    stage: { read: 'Reading the file', detect: 'Recognising tables', check: 'Checking', summary: 'Summarising', write: 'Writing files' },
    done: (e, w) => `Check finished: ${e} errors, ${w} warnings.`,
    wrote: (what, f) => (what === 'out' ? `Flagged copy: ${f}` : what === 'report' ? `JSON report: ${f}` : `Summary: ${f}`),
    presetsHeader: 'Preset plans:',
    unexpected: (f, c) => `The file "${f}" could not be processed: ${c}.`,
    // ---- the OOXML package module (issue 9) ----
    ods: (f) =>
      `The file "${f}" is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), not an Excel .xlsx workbook; open it and save it as .xlsx (Excel Workbook).`,
    xlsb: (f) => `The file "${f}" is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx (Excel Workbook).`,
    noWorkbook: (f) =>
      `The file "${f}" is a zip archive without an Excel workbook inside (perhaps a Word or PowerPoint file, or another archive, renamed); choose the .xlsx file itself.`,
    doctype: (f, part) =>
      `The file "${f}" has a part "${part}" declaring a DOCTYPE or XML entities, which Excel never writes; refusing to read it.`,
    damage: {
      zip: 'the zip structure is incomplete',
      inflate: (part) => `the compressed data of the part "${part}" is broken`,
      xml: (part) => `the part "${part}" is not valid spreadsheet XML`,
      partMissing: (part) => `the part "${part}" is missing`,
      sheetName: (sheet) => `it has a sheet named "${sheet}", which Excel does not allow`,
      unsupportedZip: 'it is compressed in a way Excel does not use',
    },
    outKind: (out, input, kind) =>
      `Not writing the copy "${out}": "${input}" is an ${kind}, and the copy must keep its file extension (another one would stop Excel opening it or lose its macros); choose another output name.`,
    kinds: {
      xlsx: 'Excel workbook (.xlsx)',
      xlsm: 'Excel macro-enabled workbook (.xlsm)',
      xltx: 'Excel template (.xltx)',
      xltm: 'Excel macro-enabled template (.xltm)',
      xlam: 'Excel add-in (.xlam)',
    },
    // ---- end of the package module's sentences ----
  },
  exportSheets: {
    nomineeSheet: 'Danh sách đề nghị',
    nomineeTitle: 'LIST OF PROPOSED AWARDS',
    nomineeHead: ['No.', 'Name', 'Position', 'Unit', 'Award form', 'Achievement summary'],
    collectives: 'Collectives',
    individuals: 'Individuals',
    proposedBy: (u) => `(Attached to the submission of ${u})`,
    noForm: 'No award form given',
    roman: (i) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i] ?? String(i + 1),
  },
  // --- dossier (issue 13): the drafted Tờ trình, its list and the Bản tóm tắt thành tích ---
  dossier: {
    unwaivedErrors: (n) =>
      `The list still has ${n} unwaived error${n === 1 ? '' : 's'}: the dossier is drafted anyway; correct or waive them before sending it.`,
    wrote: (f) => `Dossier (submission, list, achievement summaries): ${f}`,
    placeholder: (w) => `[to fill in: ${w}]`,
    fill: {
      unit: 'name of the agency or unit',
      place: 'place name',
      addressee: 'addressee of the submission',
      receiver: 'body that receives the dossier',
      signerTitle: "signer's title",
      signerOn: "collective body or head's title",
      achievement: 'achievement summary',
      awardForm: 'award form',
    },
    blank: '…',
    docTitle: 'Submission proposing awards',
    nationalTitle: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    number: (n) => `No.: ${n}`,
    kindAbbr: 'TTr',
    date: (d, m, y) => `${d}/${m}/${y}`,
    both: (a, b) => `${a} and ${b}`,
    kind: 'SUBMISSION',
    defaultSubject: 'Proposing awards for collectives and individuals',
    to: 'To:',
    basis: (t) => `Pursuant to ${t}`,
    count: (n, k) => `${n} ${k === 'collective' ? (n === 1 ? 'collective' : 'collectives') : n === 1 ? 'individual' : 'individuals'}`,
    propose: (u, c) => `${u} respectfully proposes awards for ${c} with outstanding achievements, as follows:`,
    none: (u) => `${u} has no collective or individual on its list of proposed awards.`,
    formLine: (f, c, a) => `- ${f}: ${c}${a ? `; estimated reward ${a}` : ''}.`,
    noFormLine: (c) => `- No award form given: ${c}.`,
    attached: '(list attached)',
    total: (a, partial) => `Estimated reward in total: ${a}${partial ? ' (not counting forms for which the plan sets no amount)' : ''}.`,
    sent: (r, dl, d) =>
      `The dossier (one set: this submission with its list and the achievement summaries of the collectives and individuals) goes to ${r}${dl ? ` ${dl}` : ''}${d ? ` (due: ${d})` : ''}.`,
    closing: (a) => `Submitted to ${a} for consideration and decision.`,
    recipients: 'Recipients:',
    asAbove: '- As above;',
    archive: '- Filed: Records.',
    signerPrefix: { TM: 'TM.', KT: 'KT.' },
    listTitle: 'LIST OF PROPOSED AWARDS',
    attachedTo: (n, d, u) => `(Attached to submission No. ${n} ${d} of ${u})`,
    listHead: ['No.', 'Name', 'Position, unit', 'Award form'],
    emptyList: 'No collective or individual.',
    summaryTitle: 'ACHIEVEMENT SUMMARIES',
    position: 'Position',
    unit: 'Unit',
    form: 'Proposed award',
    achievement: 'Achievement summary',
  },
  // --- end dossier ---
  consolidate: {
    turnoutSheet: 'Tỷ lệ cử tri',
    nomineeSheet: 'Đề nghị khen thưởng',
    turnoutHead: ['No.', 'Unit', 'Category', 'Registered voters', 'Voters who voted', 'Rate (%)', 'File'],
    nomineeHead: [
      'No.',
      'Name',
      'Collective / Individual',
      'Date of birth',
      'Position',
      'Workplace',
      'Proposing unit',
      'Award form',
      'Achievement summary',
      'Dossier date',
    ],
    title: (u) => `CONSOLIDATED REPORTS OF SUBORDINATE UNITS — ${u}`,
    skipped: (f, why, detail) =>
      `Skipped "${f}": ` +
      (why === 'not_export'
        ? 'it is not a summary exported by thidua.'
        : why === 'damaged'
          ? 'its summary data is damaged.'
          : why === 'other_plan'
            ? `it belongs to another plan (${detail ?? ''}).`
            : why === 'duplicate_unit'
              ? `the unit "${detail ?? ''}" was already read from an earlier file.`
              : `${detail ?? 'it cannot be read'}.`),
    none: 'No file could be consolidated.',
    read: (d, t) => `Read ${d}/${t} files`,
    consolidated: (n, t) => `Consolidated ${n}/${t} files.`,
    defaultUnit: 'Consolidated units',
  },
  summary: {
    sheetName: 'Tổng hợp',
    sheetNameAlt: 'Tổng hợp (kiểm tra)',
    title: 'EMULATION CHECK SUMMARY',
    plan: 'Plan',
    unit: 'Unit',
    unitInferred: '(inferred from the workbook)',
    workbook: 'Workbook',
    checkedAt: 'Checked at',
    counts: (e, w) => `${e} errors, ${w} warnings`,
    turnoutTitle: 'I. VOTER TURNOUT',
    turnoutHead: ['No.', 'Unit', 'Category', 'Registered', 'Voted', 'Rate', 'Assessment'],
    total: 'Total',
    belowMin: 'Below minimum',
    belowTarget: 'Below target',
    ok: 'Met',
    quotasTitle: 'II. NOMINATIONS AGAINST QUOTAS',
    quotasHead: ['No.', 'Proposing unit', 'Kind', 'Proposed', 'Maximum', 'Assessment'],
    over: 'Over',
    awardsTitle: 'III. AWARD FORMS AND REWARD MONEY',
    awardsHead: ['No.', 'Award form', 'Collectives', 'Individuals', 'Reward (VND)'],
    moneyNote: (base, decree) =>
      `Estimated reward = coefficient × base salary ${formatVnd(base, 'en')}${decree ? ` (Decree ${decree})` : ''}.`,
    findingsTitle: 'IV. ERRORS AND WARNINGS',
    findingsHead: ['No.', 'Message', 'Severity', 'Sheet', 'Row', 'Rule', 'Unit', 'Waiver'],
    waivedBy: (by, reason) => `Waived (${by}): ${reason}`,
    noFindings: 'No errors or warnings.',
    notesTitle: 'Notes',
  },
  // --- command-line help and batch runs (issue 12) ---
  help: {
    general: (version) =>
      [
        `thidua ${version} — checks election emulation-campaign workbooks against a plan`,
        '',
        'Usage:',
        '  thidua check <workbook.xlsx | folder>... --plan <id | plan.json> [options]',
        '  thidua consolidate <summary.xlsx>... --plan <id | plan.json> --out <rollup.xlsx> [options]',
        '  thidua plans',
        '  thidua --version',
        '',
        'Commands:',
        '  check        checks one or more workbooks against a plan, flags the rows that fall short, builds the summary',
        "  consolidate  rolls subordinate units' summary exports up into this level's report",
        '  plans        lists the built-in plans and their source documents',
        '',
        "Each command's options: thidua <command> --help. Vietnamese: --lang vi (the default).",
      ].join('\n'),
    usage: {
      check: [
        'Usage: thidua check <workbook.xlsx> --plan <id | plan.json> [options]',
        '       thidua check <file or folder>... --plan <id | plan.json> [--out-dir <folder>] [--report <report.json>]',
        '',
        'Checks workbooks against an emulation plan: flags the rows that fall short in a copy, writes the report and the summary.',
        'With several files or a folder (subfolders too, .xlsx and .xlsm files), each file is checked in turn;',
        'one line per file, then a total; a file that cannot be read never stops the run.',
      ].join('\n'),
      consolidate: [
        'Usage: thidua consolidate <summary.xlsx>... --plan <id | plan.json> --out <rollup.xlsx> [options]',
        '',
        'Rolls up the summary exports thidua wrote at subordinate units: sums voter counts, merges the nominee lists, checks',
        'quotas and duplicates across units again. A file that cannot be used is skipped with one sentence saying why.',
      ].join('\n'),
      plans: 'Usage: thidua plans\n\nLists the built-in plans (the ids --plan takes) and their source documents.',
    },
    optionsHeader: 'Options:',
    options: {
      check: {
        plan: 'the plan to apply: an id from "thidua plans" or a plan .json file (required)',
        unit: 'the unit the workbook belongs to (heads the summary); inferred when absent',
        'conference-date': 'the summary conference, as 10/09/2021 or 2021-09-10; the dossier deadline counts back from it',
        mapping: 'a file naming sheets, header rows and columns where recognition guessed wrong',
        waivers: "a reviewer's waivers file (findings accepted)",
        out: 'writes the flagged copy (keeps the kind of file, .xlsx or .xlsm); the input is never modified',
        report: 'writes the JSON report (several files: one combined report, one entry per file); else printed',
        summary: 'writes the summary export for the level above',
        dossier: 'drafts the dossier (Tờ trình, attached list, summaries of achievements) as a .docx file',
        place: 'the place name the Tờ trình is dated at (e.g. Vũ Thư)',
        'dossier-date': 'the date on the Tờ trình, dd/mm/yyyy; left blank to fill in by hand when absent',
        'dossier-number': 'the number of the Tờ trình (the part before /TTr-…); blank when absent',
        'out-dir': "several files: the folder for each file's flagged copy, report and summary (named after the input)",
        dossiers: "several files: also drafts each file's dossier .docx into --out-dir",
        lang: 'language of messages, report and summary: vi (default) or en',
        help: 'shows this help',
      },
      consolidate: {
        plan: 'the plan to apply (required); files of another plan are skipped',
        out: 'the roll-up file to write (required)',
        report: "writes the roll-up's JSON report",
        unit: 'the name of the consolidating unit (heads the roll-up)',
        'conference-date': 'the summary conference, as 10/09/2021 or 2021-09-10',
        lang: 'language: vi (default) or en',
        help: 'shows this help',
      },
      plans: {
        lang: 'language: vi (default) or en',
        help: 'shows this help',
      },
    },
    checkFooter: [
      'Exit status: 0 no error finding (waived ones do not count); 1 at least one error finding; 2 could not be processed',
      '(several files: 2 only when no file could be checked).',
      '',
      'Examples:',
      '  thidua check huyen-vu-thu.xlsx --plan thai-binh-32-2021 --conference-date 25/06/2021 --out flagged.xlsx',
      '  thidua check communes/ --plan thai-binh-32-2021 --out-dir results --report results/all.json',
    ].join('\n'),
    consolidateFooter:
      'Exit status: 0 no error finding; 1 error findings; 2 no file could be consolidated.\n\nExample:\n  thidua consolidate summaries/*.xlsx --plan thai-binh-32-2021 --unit "UBND huyện Vũ Thư" --out rollup.xlsx',
  },
  batch: {
    fileLine: (f, u, e, w) =>
      `✔ ${f} — ${u ?? 'unit unknown'}: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    failedLine: (f, s) => `✖ ${f} — ${s}`,
    total: (n, ok, bad, e, w) =>
      `Total: ${n} ${n === 1 ? 'file' : 'files'}, ${ok} checked${bad ? `, ${bad} could not be read` : ''}; ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}.`,
    progress: (d, t) => `${d}/${t} files`,
    noFiles: (inputs) => `There is no .xlsx or .xlsm file in ${inputs.map((x) => `"${x}"`).join(', ')}.`,
    noneChecked: 'No file could be checked.',
    singleOutput: (o, instead) => `The option ${o} is for one file; with several files use ${instead}.`,
    wroteDir: (d) => `Each file's results: ${d}`,
    wroteReport: (f) => `Combined JSON report: ${f}`,
    needsOutDir: (o) => `The option ${o} needs --out-dir (the folder for each file's results).`,
  },
};
