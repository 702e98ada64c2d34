/**
 * Consolidation: the level above reads its units' summary exports and checks them as one
 * workbook. The exports become a synthetic workbook model (a turnout sheet with one row per
 * subordinate unit, counts summed, never rates averaged; a nominee sheet with every unit's
 * nominees) and go through the same engine, so quotas, duplicates across units and units
 * below the minimum are found by the same rules as everywhere else.
 */
import type { WorkbookModel, SheetModel, Cell } from './model';
import type { Plan } from './plan/schema';
import type { Lang } from './findings';
import { messages } from './i18n';
import type { ExportData } from './export/data';
import { check, type CheckResult } from './check';
import { foldKey } from './normalize/text';

export interface ConsolidationInput {
  file: string;
  data: ExportData;
}

/** Accepts exports one by one (bounded memory: only the data blocks are kept). */
export class Consolidation {
  readonly accepted: ConsolidationInput[] = [];
  private readonly units = new Set<string>();

  constructor(
    readonly plan: Plan,
    readonly lang: Lang,
  ) {}

  /** Adds an export, or returns the sentence saying why it was skipped. */
  add(file: string, data: ExportData): string | null {
    const m = messages(this.lang).consolidate;
    if (data.plan !== this.plan.id) return m.skipped(file, 'other_plan', data.plan);
    const key = foldKey(data.unit.name);
    if (this.units.has(key)) return m.skipped(file, 'duplicate_unit', data.unit.name);
    this.units.add(key);
    this.accepted.push({ file, data });
    return null;
  }

  /** The roll-up as a workbook model: what the engine checks and the roll-up file shows. */
  model(unitName: string): WorkbookModel {
    const m = messages(this.lang).consolidate;
    const c = (v: Cell['v']): Cell => ({ v });
    const turnout: SheetModel = { name: m.turnoutSheet, rows: [[c(m.title(unitName))], m.turnoutHead.map(c)] };
    let i = 0;
    for (const { file, data } of this.accepted) {
      // A unit without turnout figures (a department's list) has no row here.
      // Counts a unit's own check found unusable (voted > registered, missing) are left out.
      const usable = data.units.filter(
        (u) => u.registered !== null && u.voted !== null && u.registered > 0 && u.voted >= 0 && u.voted <= u.registered,
      );
      if (!usable.length) continue;
      // A unit's turnout is the sum of its own units' counts.
      const registered = usable.reduce((s, u) => s + u.registered!, 0);
      const voted = usable.reduce((s, u) => s + u.voted!, 0);
      turnout.rows.push([
        c(++i),
        c(data.unit.name),
        c(data.unit.category === 'unknown' ? null : messages(this.lang).categories[data.unit.category]),
        c(registered),
        c(voted),
        c(voted / registered),
        c(file),
      ]);
    }
    const nominees: SheetModel = { name: m.nomineeSheet, rows: [[c(m.title(unitName))], m.nomineeHead.map(c)] };
    const kinds = messages(this.lang).exportSheets;
    let n = 0;
    for (const { data } of this.accepted) {
      for (const x of data.nominees) {
        nominees.rows.push([
          c(++n),
          c(x.name),
          c(x.kind === 'collective' ? kinds.collectives : kinds.individuals),
          c(x.birth ? (x.birth.length === 4 ? Number(x.birth) : new Date(`${x.birth}T00:00:00Z`)) : null),
          c(x.position || null),
          c(x.workplace || null),
          c(x.proposer || data.unit.name),
          c(x.form || null),
          c(x.achievement || null),
          c(x.dossierDate ? new Date(`${x.dossierDate}T00:00:00Z`) : null),
        ]);
      }
    }
    // Rates are fractions: give them a percent format so they read as in any turnout sheet.
    for (const row of turnout.rows.slice(2)) if (row[5]) row[5] = { ...row[5], f: '0.00%' };
    const sheets = i ? [turnout] : [];
    if (n) sheets.push(nominees);
    return { name: `${unitName}.xlsx`, sheets };
  }

  check(unitName: string, opts: { conferenceDate?: string; now?: () => Date } = {}): { model: WorkbookModel; result: CheckResult } {
    const model = this.model(unitName);
    const result = check({ model, plan: this.plan, lang: this.lang, unit: unitName, conferenceDate: opts.conferenceDate, now: opts.now });
    return { model, result };
  }
}
