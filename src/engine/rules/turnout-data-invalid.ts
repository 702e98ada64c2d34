import type { Rule } from './types';
import { unitTurnouts } from '../turnout';

/** Counts that cannot be right: voted > registered, negative, missing or unreadable. */
export const turnoutDataInvalid: Rule = {
  id: 'TURNOUT_DATA_INVALID',
  severity: 'error',
  check(ctx, emit) {
    for (const u of unitTurnouts(ctx)) {
      if (!u.problem) continue;
      emit({
        sheet: u.sheet,
        rows: u.rows,
        unit: u.unit.name,
        subject: u.unit.key,
        params: { problem: u.problem, registered: u.registered, voted: u.voted, text: u.problemText },
        values: { problem: u.problem, registered: u.registered, voted: u.voted },
      });
    }
  },
};
