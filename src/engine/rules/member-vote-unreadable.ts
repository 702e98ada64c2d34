import type { Rule } from './types';
import { foldKey } from '../normalize/text';

/** A member's "voted" mark that reads as neither yes nor no (it then counts as not voted). */
export const memberVoteUnreadable: Rule = {
  id: 'MEMBER_VOTE_UNREADABLE',
  severity: 'warning',
  check(ctx, emit) {
    for (const m of ctx.members) {
      if (m.voted !== 'unreadable') continue;
      emit({
        sheet: m.table.sheet,
        rows: [m.row],
        unit: m.unitName || undefined,
        subject: `${foldKey(m.name)}|${m.row}`,
        params: { markText: m.votedText, name: m.name },
        values: { mark: m.votedText },
      });
    }
  },
};
