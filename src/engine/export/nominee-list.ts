/**
 * *Danh sách đề nghị khen thưởng* in the layout a dossier needs: grouped by award form
 * (in the plan's order), collectives then individuals, STT restarting in each group —
 * ready to attach to the *Tờ trình*. The grouping is shared with the drafted dossier
 * (`src/dossier/`), so the list in the .docx has exactly the rows of this sheet.
 */
import type { Lang } from '../findings';
import type { Plan } from '../plan/schema';
import { messages } from '../i18n';
import { fitSheet, type SummaryCell, type SummarySheet } from '../output/summary-sheet';
import type { ExportData } from './data';

export type ExportNominee = ExportData['nominees'][number];

/** One award form's part of the list: its heading and its collectives, then its individuals. */
export interface NomineeGroup {
  /** The form as listed (the plan's name, the list's spelling, or the "no form" label). */
  form: string;
  /** Roman numeral of the group (I, II, …). */
  numeral: string;
  kinds: { kind: 'collective' | 'individual'; nominees: ExportNominee[] }[];
}

/** The list's groups, in the plan's order of forms (forms the plan does not name last, by name). */
export function groupNominees(data: ExportData, plan: Plan, lang: Lang): NomineeGroup[] {
  const m = messages(lang).exportSheets;
  const order = (plan.awardForms ?? []).map((f) => f.name);
  const forms = [...new Set(data.nominees.map((n) => n.form || m.noForm))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 1e6 : ia) - (ib < 0 ? 1e6 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return forms.map((form, i) => {
    const inForm = data.nominees.filter((n) => (n.form || m.noForm) === form);
    return {
      form,
      numeral: m.roman(i),
      kinds: (['collective', 'individual'] as const)
        .map((kind) => ({ kind, nominees: inForm.filter((n) => n.kind === kind) }))
        .filter((k) => k.nominees.length > 0),
    };
  });
}

export function buildNomineeListSheet(data: ExportData, plan: Plan, lang: Lang): SummarySheet {
  const m = messages(lang).exportSheets;
  const rows: SummaryCell[][] = [];
  rows.push([{ v: m.nomineeTitle, bold: true, style: 'title' }]);
  rows.push([{ v: m.proposedBy(data.unit.name) }]);
  rows.push([]);
  rows.push(m.nomineeHead.map((v) => ({ v, bold: true, style: 'header' as const })));
  for (const group of groupNominees(data, plan, lang)) {
    rows.push([
      { v: group.numeral, bold: true },
      { v: group.form.toUpperCase(), bold: true },
    ]);
    for (const { kind, nominees } of group.kinds) {
      rows.push([{ v: '' }, { v: kind === 'collective' ? m.collectives : m.individuals, bold: true }]);
      nominees.forEach((n, j) =>
        rows.push([
          { v: j + 1 },
          { v: n.name, wrap: true },
          { v: n.position, wrap: true },
          { v: n.workplace || n.proposer, wrap: true },
          { v: n.form, wrap: true },
          { v: n.achievement, wrap: true },
        ]),
      );
    }
  }
  return fitSheet({ widths: [6, 34, 26, 30, 34, 60], rows });
}
