import type { Rule } from './types';
import { below, unitTurnouts } from '../turnout';

/** At or above the minimum but below the plan's target (a warning: the target is an aim). */
export const turnoutBelowTarget: Rule = {
  id: 'TURNOUT_BELOW_TARGET',
  severity: 'warning',
  check(ctx, emit) {
    for (const u of unitTurnouts(ctx)) {
      if (u.ratio === null || u.target === null || u.registered === null || u.voted === null) continue;
      if (u.min !== null && below(u.voted, u.registered, u.min)) continue;
      // A target no higher than the minimum adds nothing to it.
      if (u.min !== null && u.target <= u.min) continue;
      if (!below(u.voted, u.registered, u.target)) continue;
      emit({
        sheet: u.sheet,
        rows: u.rows,
        unit: u.unit.name,
        subject: u.unit.key,
        params: {
          rate: u.ratio,
          target: u.target,
          voted: u.voted,
          registered: u.registered,
          members: u.source === 'members' ? u.registered : undefined,
        },
        values: { rate: u.ratio, target: u.target, registered: u.registered, voted: u.voted, source: u.source },
      });
    }
  },
};
