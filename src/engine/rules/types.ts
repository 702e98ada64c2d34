import type { CheckContext } from '../context';
import type { RawFinding, RuleId, Severity } from '../findings';

export type Emit = (f: Omit<RawFinding, 'rule'>) => void;

/** One rule of PLANS.md's catalogue: its id, its severity and how it looks at the workbook. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: CheckContext, emit: Emit): void;
}
