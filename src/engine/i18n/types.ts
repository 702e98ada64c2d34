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
    usage: string;
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
}
