/**
 * The findings a sample plants, in the shape `examples/<name>.expected.json` holds, and the
 * order they are listed in.
 */

export interface ExpectedFinding {
  rule: string;
  sheet: string;
  /** 1-based worksheet rows, ascending; empty only for a unit with no row (member-derived turnout). */
  rows: number[];
  /** The unit the finding names (unit-level, criteria, eligibility and quota findings). */
  unit?: string;
}

export interface ExpectedOptions {
  /** `--conference-date`, YYYY-MM-DD. */
  conferenceDate?: string;
  /** `--unit`. */
  unit?: string;
}

export interface Expected {
  plan: string;
  options: ExpectedOptions;
  findings: ExpectedFinding[];
}

/** Plain code-point comparison: the same on every machine and locale. */
function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sheet name (code points), first row (a finding with no row first), rule id, then the
 * remaining rows and the unit so the order is total.
 */
export function compareFindings(a: ExpectedFinding, b: ExpectedFinding): number {
  return (
    cmpText(a.sheet, b.sheet) ||
    (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
    cmpText(a.rule, b.rule) ||
    cmpText(a.rows.join(','), b.rows.join(',')) ||
    cmpText(a.unit ?? '', b.unit ?? '')
  );
}

export function sortFindings<T extends ExpectedFinding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

/** Collects planted findings as the generator writes rows. */
export class Plants {
  private readonly list: ExpectedFinding[] = [];

  add(rule: string, sheet: string, rows: number[], unit?: string): void {
    const sorted = [...rows].sort((x, y) => x - y);
    this.list.push(unit === undefined ? { rule, sheet, rows: sorted } : { rule, sheet, rows: sorted, unit });
  }

  findings(): ExpectedFinding[] {
    return sortFindings(this.list);
  }
}

/** JSON with one finding per line: readable in a diff, stable byte for byte. */
export function formatExpected(e: Expected): string {
  const lines = e.findings.map((f) => `    ${JSON.stringify(f)}`);
  return (
    '{\n' +
    `  "plan": ${JSON.stringify(e.plan)},\n` +
    `  "options": ${JSON.stringify(e.options)},\n` +
    `  "findings": [${lines.length === 0 ? ']' : `\n${lines.join(',\n')}\n  ]`}\n` +
    '}\n'
  );
}
