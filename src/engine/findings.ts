/** Findings: what a rule reports, and the report of CONTRACT.md. */

export const RULE_IDS = [
  'TURNOUT_BELOW_MIN',
  'TURNOUT_BELOW_TARGET',
  'TURNOUT_DATA_INVALID',
  'TURNOUT_RATE_MISMATCH',
  'CRITERION_NOT_MET',
  'REELECTION_HELD',
  'FINISHED_LATE',
  'NOMINEE_NOT_ELIGIBLE',
  'QUOTA_EXCEEDED',
  'DUPLICATE_NOMINEE',
  'POSSIBLE_DUPLICATE',
  'AWARD_FORM_NOT_ALLOWED',
  'MISSING_FIELD',
  'DOSSIER_LATE',
  'MEMBER_VOTE_UNREADABLE',
  'UNIT_CATEGORY_UNKNOWN',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning';
export type Lang = 'vi' | 'en';

/** The words a message is built from; each language formats them its own way. */
export interface MessageParams {
  unit?: string;
  name?: string;
  rate?: number;
  stated?: number;
  min?: number;
  target?: number;
  registered?: number | null;
  voted?: number | null;
  /** Why turnout data is invalid. */
  problem?: 'voted_over_registered' | 'negative' | 'missing_registered' | 'missing_voted' | 'unreadable' | 'zero_registered';
  criterion?: string;
  criterionLabel?: string;
  mark?: 'no' | 'blank' | 'unreadable' | 'not_recorded';
  markText?: string;
  standard?: 'turnout' | 'reelection' | 'completion' | 'criterion';
  kind?: 'collective' | 'individual' | 'combined';
  proposed?: number;
  limit?: number;
  form?: string;
  fields?: ('name' | 'unit' | 'awardForm' | 'achievement')[];
  date?: string;
  deadline?: string;
  scheduled?: string;
  others?: string[];
  which?: 'reelection' | 'additional' | 'both';
  text?: string;
  members?: number;
  exclusiveOf?: boolean;
}

/** What a rule emits; the runner adds severity, message and sorting. */
export interface RawFinding {
  rule: RuleId;
  sheet: string;
  rows: number[];
  unit?: string;
  params: MessageParams;
  values: Record<string, unknown>;
  /** What the finding is about, stable when rows move (for waivers). */
  subject: string;
}

export interface Waiver {
  key: string;
  by: string;
  reason: string;
  at?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  rows: number[];
  unit?: string;
  message: string;
  values: Record<string, unknown>;
  /** Stable identity of the finding, used by waivers. */
  key: string;
  waived?: { by: string; reason: string; at?: string };
}

export function findingKey(f: Pick<RawFinding, 'rule' | 'sheet' | 'subject'>): string {
  return `${f.rule}|${f.sheet}|${f.subject}`;
}

/** Sheet, first row, rule, then the rest for a total order (the report is deterministic). */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const ra = a.rows[0] ?? 0;
  const rb = b.rows[0] ?? 0;
  if (ra !== rb) return ra - rb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
