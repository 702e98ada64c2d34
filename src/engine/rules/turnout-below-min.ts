import type { Rule } from './types';
import { below, unitTurnouts } from '../turnout';

/** A unit whose turnout is below the plan's minimum for its category (every unit, nominated or not). */
export const turnoutBelowMin: Rule = {
  id: 'TURNOUT_BELOW_MIN',
  severity: 'error',
  check(ctx, emit) {
    for (const u of unitTurnouts(ctx)) {
      if (u.ratio === null || u.min === null || u.registered === null || u.voted === null) continue;
      if (!below(u.voted, u.registered, u.min)) continue;
      emit({
        sheet: u.sheet,
        rows: u.rows,
        unit: u.unit.name,
        subject: u.unit.key,
        params: {
          rate: u.ratio,
          min: u.min,
          voted: u.voted,
          registered: u.registered,
          members: u.source === 'members' ? u.registered : undefined,
        },
        values: { rate: u.ratio, min: u.min, registered: u.registered, voted: u.voted, source: u.source },
      });
    }
  },
};
