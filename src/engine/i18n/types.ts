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
    criteriaNotChecked: string;
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
