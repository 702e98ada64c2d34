import type { Rule } from './types';
import { unitTurnouts } from '../turnout';

/**
 * A stated rate that differs from voted/registered by more than the plan's tolerance
 * (percentage points). A rate cell showing an error (#DIV/0!) is simply recomputed.
 */
export const turnoutRateMismatch: Rule = {
  id: 'TURNOUT_RATE_MISMATCH',
  severity: 'warning',
  check(ctx, emit) {
    const tolerance = ctx.plan.turnout.rateTolerancePoints / 100;
    for (const u of unitTurnouts(ctx)) {
      if (u.ratio === null || u.stated === undefined) continue;
      if (Math.abs(u.stated - u.ratio) <= tolerance + 1e-12) continue;
      emit({
        sheet: u.sheet,
        rows: u.rows,
        unit: u.unit.name,
        subject: u.unit.key,
        params: { stated: u.stated, rate: u.ratio, voted: u.voted, registered: u.registered },
        values: { stated: u.stated, computed: u.ratio, registered: u.registered, voted: u.voted },
      });
    }
  },
};
