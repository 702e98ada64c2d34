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
    usage:
      'Usage: thidua check <workbook.xlsx> --plan <preset-id | plan.json> [--unit NAME] [--conference-date YYYY-MM-DD] [--mapping mapping.json] [--waivers waivers.json] [--out flagged.xlsx] [--report report.json] [--summary summary.xlsx] [--lang vi|en]\n       thidua consolidate <summary.xlsx>... --plan <...> --out <rollup.xlsx> [--report report.json]\n       thidua plans',
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
    criteriaNotChecked: 'No criteria sheet: the scored criteria were not checked.',
  },
};
