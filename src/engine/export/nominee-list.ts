/**
 * *Danh sách đề nghị khen thưởng* in the layout a dossier needs: grouped by award form
 * (in the plan's order), collectives then individuals, STT restarting in each group —
 * ready to attach to the *Tờ trình*.
 */
import type { Lang } from '../findings';
import type { Plan } from '../plan/schema';
import { messages } from '../i18n';
import { fitSheet, type SummaryCell, type SummarySheet } from '../output/summary-sheet';
import type { ExportData } from './data';

export function buildNomineeListSheet(data: ExportData, plan: Plan, lang: Lang): SummarySheet {
  const m = messages(lang).exportSheets;
  const rows: SummaryCell[][] = [];
  rows.push([{ v: m.nomineeTitle, bold: true, style: 'title' }]);
  rows.push([{ v: m.proposedBy(data.unit.name) }]);
  rows.push([]);
  rows.push(m.nomineeHead.map((v) => ({ v, bold: true, style: 'header' as const })));
  const order = (plan.awardForms ?? []).map((f) => f.name);
  const forms = [...new Set(data.nominees.map((n) => n.form || m.noForm))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 1e6 : ia) - (ib < 0 ? 1e6 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  forms.forEach((form, i) => {
    rows.push([
      { v: m.roman(i), bold: true },
      { v: form.toUpperCase(), bold: true },
    ]);
    const inForm = data.nominees.filter((n) => (n.form || m.noForm) === form);
    for (const kind of ['collective', 'individual'] as const) {
      const list = inForm.filter((n) => n.kind === kind);
      if (!list.length) continue;
      rows.push([{ v: '' }, { v: kind === 'collective' ? m.collectives : m.individuals, bold: true }]);
      list.forEach((n, j) =>
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
  });
  return fitSheet({ widths: [6, 34, 26, 30, 34, 60], rows });
}
