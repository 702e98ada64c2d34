import type { MessageParams, RuleId, Severity } from '../findings';
import type { UnitCategoryOrUnknown } from '../plan/schema';
import type { TableKind } from '../detect/vocabulary';

/** The shape every language file fills in; the compiler checks none is missing. */
export interface Messages {
  rules: Record<RuleId, (p: MessageParams) => string>;
  ruleTitles: Record<RuleId, string>;
  severity: Record<Severity, string>;
  categories: Record<UnitCategoryOrUnknown, string>;
  kinds: Record<'collective' | 'individual' | 'combined', string>;
  notices: {
    fieldMissing: (sheet: string, field: string) => string;
    noCriteriaSheet: string;
    criterionColumnMissing: (sheet: string, code: string) => string;
    noConferenceDate: string;
    unitInferred: (unit: string) => string;
    unitUnknown: string;
    legacyText: (sheet: string, count: number, enc: 'tcvn3' | 'vni') => string;
    sheetSkipped: (sheet: string) => string;
    deadline: (iso: string) => string;
  };
  fields: Record<string, string>;
  tables: Record<TableKind, string>;
  cli: {
    /** Why an option or argument is refused (the second half of `badOption`). */
    why: {
      required: string;
      workbookOrFolder: string;
      summaryFiles: string;
      /** A date the user types: conference date, the Tờ trình's date. */
      date: string;
      lang: string;
      noSuchOption: (command: string) => string;
      needsValue: (command: string) => string;
      noSuchCommand: string;
      /** A mapping file's field that is not valid (its path in the file), or the file's whole shape. */
      mappingField: (where: string) => string;
      mappingShape: string;
      waiversShape: string;
    };
    fileMissing: (file: string) => string;
    notXlsx: (file: string) => string;
    oldXls: (file: string) => string;
    encrypted: (file: string) => string;
    corrupt: (file: string, cause: string) => string;
    tooLarge: (file: string, mb: number, limitMb: number) => string;
    emptyWorkbook: (file: string) => string;
    noSheet: (file: string, sheets: string[]) => string;
    badPlan: (arg: string) => string;
    badOption: (option: string, why: string) => string;
    badMapping: (file: string, why: string) => string;
    mappingColumn: (file: string, sheet: string, field: string, ref: string) => string;
    badWaivers: (file: string, why: string) => string;
    cannotWrite: (file: string, cause: string) => string;
    stage: Record<'read' | 'detect' | 'check' | 'summary' | 'write', string>;
    done: (errors: number, warnings: number) => string;
    wrote: (what: 'out' | 'report' | 'summary', file: string) => string;
    presetsHeader: string;
    unexpected: (file: string, cause: string) => string;
    // ---- the OOXML package module (issue 9): what a file really is, and why it is refused ----
    /** An OpenDocument spreadsheet (.ods). */
    ods: (file: string) => string;
    /** An Excel binary workbook (.xlsb). */
    xlsb: (file: string) => string;
    /** A zip without a workbook reachable through its relationships. */
    noWorkbook: (file: string) => string;
    /** A part declaring a DOCTYPE or entities. */
    doctype: (file: string, part: string) => string;
    /** The cause inside `corrupt(file, cause)` for each kind of damage. */
    damage: {
      zip: string;
      inflate: (part: string) => string;
      xml: (part: string) => string;
      partMissing: (part: string) => string;
      sheetName: (sheet: string) => string;
      unsupportedZip: string;
    };
    /** `--out` whose extension would change the file's kind (an .xlsm saved as .xlsx or back). */
    outKind: (out: string, input: string, kind: string) => string;
    /** Names of workbook kinds, by extension, for `outKind`. */
    kinds: Record<'xlsx' | 'xlsm' | 'xltx' | 'xltm' | 'xlam', string>;
    // ---- end of the package module's sentences ----
  };
  exportSheets: {
    nomineeSheet: string;
    nomineeTitle: string;
    nomineeHead: string[];
    collectives: string;
    individuals: string;
    proposedBy: (unit: string) => string;
    noForm: string;
    roman: (i: number) => string;
  };
  // --- dossier (issue 13): the drafted Tờ trình, its list and the Bản tóm tắt thành tích ---
  dossier: {
    /** Command line and pane: said once before drafting when unwaived errors remain. */
    unwaivedErrors: (errors: number) => string;
    wrote: (file: string) => string;
    /** A required part the plan or the check does not give, shown in the document. */
    placeholder: (what: string) => string;
    fill: Record<'unit' | 'place' | 'addressee' | 'receiver' | 'signerTitle' | 'signerOn' | 'achievement' | 'awardForm', string>;
    /** Dotted place for what the office fills in by hand (number, day, month, year). */
    blank: string;
    docTitle: string;
    nationalTitle: string;
    motto: string;
    number: (n: string) => string;
    /** Abbreviation of the document type in its number (Số: …/TTr-…). */
    kindAbbr: string;
    /** The date as the document writes it (ngày … tháng … năm …), after the place and a comma. */
    date: (day: string, month: string, year: string) => string;
    /** Two counts of one proposal (06 tập thể và 08 cá nhân). */
    both: (a: string, b: string) => string;
    kind: string;
    defaultSubject: string;
    to: string;
    basis: (text: string) => string;
    count: (n: number, kind: 'collective' | 'individual') => string;
    /** The proposal: what the unit proposes in total (counts already worded). */
    propose: (unit: string, counts: string) => string;
    none: (unit: string) => string;
    formLine: (form: string, counts: string, amount: string | null) => string;
    noFormLine: (counts: string) => string;
    attached: string;
    total: (amount: string, partial: boolean) => string;
    sent: (receiver: string, deadline: string | null, deadlineDate: string | null) => string;
    closing: (addressees: string) => string;
    recipients: string;
    asAbove: string;
    archive: string;
    signerPrefix: Record<'TM' | 'KT', string>;
    listTitle: string;
    attachedTo: (number: string, date: string, unit: string) => string;
    listHead: [string, string, string, string];
    emptyList: string;
    summaryTitle: string;
    position: string;
    unit: string;
    form: string;
    achievement: string;
  };
  // --- end dossier ---
  consolidate: {
    turnoutSheet: string;
    nomineeSheet: string;
    turnoutHead: string[];
    nomineeHead: string[];
    title: (unit: string) => string;
    skipped: (file: string, why: 'not_export' | 'damaged' | 'other_plan' | 'duplicate_unit' | 'unreadable', detail?: string) => string;
    none: string;
    read: (done: number, total: number) => string;
    consolidated: (n: number, total: number) => string;
    /** The roll-up's unit when `--unit` names none. */
    defaultUnit: string;
  };
  summary: {
    sheetName: string;
    sheetNameAlt: string;
    title: string;
    plan: string;
    unit: string;
    unitInferred: string;
    workbook: string;
    checkedAt: string;
    counts: (errors: number, warnings: number) => string;
    turnoutTitle: string;
    turnoutHead: string[];
    total: string;
    belowMin: string;
    belowTarget: string;
    ok: string;
    quotasTitle: string;
    quotasHead: string[];
    over: string;
    awardsTitle: string;
    awardsHead: string[];
    moneyNote: (baseSalary: number, decree?: string) => string;
    findingsTitle: string;
    findingsHead: string[];
    waivedBy: (by: string, reason: string) => string;
    noFindings: string;
    notesTitle: string;
  };
  // --- command-line help and batch runs (issue 12) ---
  help: {
    /** `thidua --help`: what thidua is, its commands, where to read more. */
    general: (version: string) => string;
    /** The first lines of `thidua <command> --help`: usage and what the command does. */
    usage: Record<'check' | 'consolidate' | 'plans', string>;
    optionsHeader: string;
    /** One line per option, per command (every option parseArgs accepts has one). */
    options: Record<'check' | 'consolidate' | 'plans', Record<string, string>>;
    /** Closing lines of `thidua check --help`: exit status, examples. */
    checkFooter: string;
    consolidateFooter: string;
  };
  batch: {
    /** One line per file checked: its unit, its errors and warnings (waived ones not counted). */
    fileLine: (file: string, unit: string | null, errors: number, warnings: number) => string;
    /** One line per file that could not be checked, with the one sentence saying why. */
    failedLine: (file: string, sentence: string) => string;
    total: (files: number, checked: number, failed: number, errors: number, warnings: number) => string;
    progress: (done: number, total: number) => string;
    noFiles: (inputs: string[]) => string;
    noneChecked: string;
    /** An option that names one output file, given for several inputs. */
    singleOutput: (option: string, instead: string) => string;
    wroteDir: (dir: string) => string;
    wroteReport: (file: string) => string;
    /** `--dossiers` without `--out-dir`. */
    needsOutDir: (option: string) => string;
  };
}
