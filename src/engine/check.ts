/**
 * The engine's single entry point: workbook model + plan → findings, report, summary and
 * the flags to write. Pure: no Office, no DOM, no file system.
 */
import type { WorkbookModel, SheetModel } from './model';
import type { Plan } from './plan/schema';
import { detectSheetTables, type CriteriaVocabulary, type DetectedTable } from './detect/tables';
import { MappingError, sheetTables, type Mapping } from './detect/mapping';
import { buildContext, criteriaMatcher, unitLinesOfTitles, type CheckContext } from './context';
import { looseKey } from './normalize/text';
import { RULES } from './rules';
import { compareFindings, findingKey, type Finding, type Lang, type RawFinding, type Waiver } from './findings';
import { messages } from './i18n';
import { fixLegacyText, mayBeLegacy, type LegacyEncoding } from './normalize/legacy';
import { cellText } from './detect/cells';
import { dossierDeadline } from './plan/calendar';
import { buildSummary, type SummaryData } from './summary';
import { mergedView } from './detect/merged';

export interface CheckInput {
  model: WorkbookModel;
  plan: Plan;
  lang?: Lang;
  unit?: string;
  conferenceDate?: string;
  mapping?: Mapping;
  waivers?: Waiver[];
  /** Progress callback: stage and fraction done. */
  onProgress?: (stage: 'detect' | 'check' | 'summary', done: number) => void;
  /** Clock for `checkedAt` (tests pass a fixed one). */
  now?: () => Date;
}

export interface Notice {
  code:
    | 'field_missing'
    | 'no_criteria_sheet'
    | 'criterion_column_missing'
    | 'no_conference_date'
    | 'unit_inferred'
    | 'unit_unknown'
    | 'legacy_text'
    | 'sheet_skipped'
    | 'deadline';
  sheet?: string;
  message: string;
}

export interface CheckResult {
  findings: Finding[];
  tables: DetectedTable[];
  notices: Notice[];
  summary: SummaryData;
  workbookUnit: { name: string | null; inferred: boolean };
  criteriaChecked: boolean;
  checkedAt: string;
  context: CheckContext;
}

/** Reads cells typed in TCVN3 / VNI as the Vietnamese they are; counts them per sheet. */
function decodeLegacySheets(model: WorkbookModel): { model: WorkbookModel; legacy: Map<string, { count: number; enc: LegacyEncoding }> } {
  const legacy = new Map<string, { count: number; enc: LegacyEncoding }>();
  const sheets = model.sheets.map((sheet): SheetModel => {
    let changed: SheetModel['rows'] | null = null;
    const rows = sheet.rows;
    // Plain loops: this visits every cell of a million-row sheet.
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || typeof cell.v !== 'string' || !mayBeLegacy(cell.v)) continue;
        const fixed = fixLegacyText(cell.v);
        if (!fixed.encoding) continue;
        if (!changed) changed = rows.map((x) => (x ? [...x] : x));
        changed[r]![c] = { ...cell, v: fixed.text, t: fixed.text };
        const e = legacy.get(sheet.name) ?? { count: 0, enc: fixed.encoding };
        e.count++;
        legacy.set(sheet.name, e);
      }
    }
    return changed ? { ...sheet, rows: changed } : sheet;
  });
  return { model: { ...model, sheets }, legacy };
}

/**
 * The model as the engine reads it: legacy-encoded text decoded, merged areas read as
 * Excel shows them (one value, one cell). The check and the pane's mapping view both start here.
 */
export function prepareModel(model: WorkbookModel): { model: WorkbookModel; legacy: Map<string, { count: number; enc: LegacyEncoding }> } {
  const viewed = { ...model, sheets: model.sheets.map(mergedView) };
  return decodeLegacySheets(viewed);
}

/**
 * thidua's own summary sheet (*Tổng hợp*, A1 its title in either language), found when a
 * flagged workbook is checked again: it repeats the workbook's figures and is never data.
 */
const SUMMARY_TITLES = new Set((['vi', 'en'] as const).map((l) => messages(l).summary.title));
function isOwnSummary(sheet: SheetModel): boolean {
  const a1 = sheet.rows[0]?.[0]?.v;
  return typeof a1 === 'string' && SUMMARY_TITLES.has(a1.trim());
}

/** Text of the rows above a table's header (title rows), for inferring the unit. */
function titleLines(sheet: SheetModel, headerTop: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(headerTop - 1, 12); r++) {
    for (const c of sheet.rows[r] ?? []) {
      const t = cellText(c);
      if (t) out.push(t);
    }
  }
  return out;
}

/**
 * The unit of the rows of a sheet that name none. A mapping's unit wins. Otherwise, when a
 * workbook keeps one member list per base union (two or more member lists without a unit
 * column), each list belongs to the unit its title rows name (the lowest line that names a
 * unit: *CĐCS TRƯỜNG THPT KHOÁI CHÂU* under *CÔNG ĐOÀN NGÀNH GIÁO DỤC*), or failing that to
 * its sheet's name. A single such list belongs to the workbook's unit, as before.
 */
function assignSheetUnits(tables: DetectedTable[], mapped: Map<string, string>, sheetsTop: Map<string, string[]>): void {
  const loose = tables.filter((t) => t.kind === 'members' && t.columns.unit === undefined);
  const sheets = [...new Set(loose.map((t) => t.sheet))];
  const perUnit = sheets.length >= 2;
  // A line every such sheet's title repeats (CÔNG ĐOÀN NGÀNH GIÁO DỤC HƯNG YÊN) names their parent.
  const lines = new Map(sheets.map((s) => [s, unitLinesOfTitles(sheetsTop.get(s) ?? [])]));
  const seen = new Map<string, number>();
  for (const list of lines.values()) for (const k of new Set(list.map(looseKey))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const own = (sheet: string): string | null => {
    const list = (lines.get(sheet) ?? []).filter((l) => (seen.get(looseKey(l)) ?? 0) < sheets.length);
    return list[list.length - 1] ?? null;
  };
  for (const t of tables) {
    const m = mapped.get(t.sheet);
    if (m) {
      t.sheetUnit = { name: m, source: 'mapping' };
      continue;
    }
    if (!perUnit || t.kind !== 'members' || t.columns.unit !== undefined) continue;
    const title = own(t.sheet);
    t.sheetUnit = title ? { name: title, source: 'title' } : { name: t.sheet, source: 'sheet' };
  }
}

/** One sheet as detection reads it. */
export interface SheetDetected {
  sheet: SheetModel;
  /** The mapping says to skip it. */
  ignored: boolean;
  tables: DetectedTable[];
  /** The sheet's unit the mapping names. */
  mappedUnit?: string;
  /** With `tolerateMappingErrors`: the mapping named a column the sheet lacks; the sheet is read as detected. */
  mappingError?: MappingError;
}

/**
 * Every table of a prepared model (`prepareModel`), with the user's mapping applied and the
 * units of per-unit sheets assigned: what the check reads, and what the pane's mapping view
 * shows. thidua's own summary sheet is never read. A mapping naming a missing column throws
 * `MappingError`, unless `tolerateMappingErrors` (the mapping view shows the error instead).
 */
export function detectWorkbook(
  model: WorkbookModel,
  mapping: Mapping | undefined,
  criteria: CriteriaVocabulary | undefined,
  opts: { tolerateMappingErrors?: boolean } = {},
): { sheets: SheetDetected[]; tables: DetectedTable[]; sheetsTop: Map<string, string[]> } {
  const detectOpts = criteria ? { criteria } : {};
  const sheets: SheetDetected[] = [];
  const tables: DetectedTable[] = [];
  const sheetsTop = new Map<string, string[]>();
  const mappedUnits = new Map<string, string>();
  for (const sheet of model.sheets) {
    if (isOwnSummary(sheet)) continue;
    let found: SheetDetected;
    try {
      const r = sheetTables(sheet, mapping, detectOpts);
      found = { sheet, ignored: r.ignored, tables: r.tables, ...(r.unit ? { mappedUnit: r.unit } : {}) };
    } catch (e) {
      if (!(e instanceof MappingError) || !opts.tolerateMappingErrors) throw e;
      found = { sheet, ignored: false, tables: detectSheetTables(sheet, detectOpts), mappingError: e };
    }
    sheets.push(found);
    if (found.ignored) continue;
    if (found.mappedUnit) mappedUnits.set(sheet.name, found.mappedUnit);
    if (found.tables.length === 0) continue;
    tables.push(...found.tables);
    sheetsTop.set(sheet.name, titleLines(sheet, found.tables[0]!.headerRows[0]!));
  }
  assignSheetUnits(tables, mappedUnits, sheetsTop);
  return { sheets, tables, sheetsTop };
}

export function check(input: CheckInput): CheckResult {
  const lang = input.lang ?? 'vi';
  const msg = messages(lang);
  const plan = input.plan;
  const notices: Notice[] = [];
  const progress = input.onProgress ?? (() => {});

  progress('detect', 0);
  const { model, legacy } = prepareModel(input.model);
  for (const [sheet, { count, enc }] of legacy)
    notices.push({ code: 'legacy_text', sheet, message: msg.notices.legacyText(sheet, count, enc) });

  const detected = detectWorkbook(model, input.mapping, criteriaMatcher(plan));
  for (const d of detected.sheets)
    if (!d.ignored && d.tables.length === 0 && d.sheet.rows.some((r) => r && r.length))
      notices.push({ code: 'sheet_skipped', sheet: d.sheet.name, message: msg.notices.sheetSkipped(d.sheet.name) });
  const { tables, sheetsTop } = detected;
  progress('detect', 1);

  const ctx = buildContext(plan, tables, { lang, unit: input.unit, conferenceDate: input.conferenceDate }, sheetsTop);
  notices.push(...tableNotices(ctx, lang));

  progress('check', 0);
  const waivers = new Map((input.waivers ?? []).map((w) => [w.key, w]));
  const findings: Finding[] = [];
  RULES.forEach((rule, i) => {
    rule.check(ctx, (raw: Omit<RawFinding, 'rule'>) => {
      const key = findingKey({ rule: rule.id, sheet: raw.sheet, subject: raw.subject });
      const w = waivers.get(key);
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        sheet: raw.sheet,
        rows: raw.rows,
        ...(raw.unit ? { unit: raw.unit } : {}),
        message: msg.rules[rule.id](raw.params),
        values: raw.values,
        key,
        ...(w ? { waived: { by: w.by, reason: w.reason, ...(w.at ? { at: w.at } : {}) } } : {}),
      });
    });
    progress('check', (i + 1) / RULES.length);
  });
  findings.sort(compareFindings);

  const criteriaChecked = ctx.criteria.length > 0 || [...ctx.criteriaColumns.values()].some((m) => m.size > 0);
  const needsCriteria = [...plan.criteria.collective, ...plan.criteria.individual].some((c) => c.source === 'sheet');
  if (needsCriteria && !criteriaChecked && ctx.nominees.length)
    notices.push({ code: 'no_criteria_sheet', message: msg.notices.noCriteriaSheet });
  if (plan.dossier?.workingDaysBeforeConference !== undefined && ctx.nominees.some((n) => n.dossierDate?.kind === 'date')) {
    const deadline = dossierDeadline(plan, input.conferenceDate);
    notices.push(
      deadline
        ? { code: 'deadline', message: msg.notices.deadline(deadline) }
        : { code: 'no_conference_date', message: msg.notices.noConferenceDate },
    );
  }
  if (!input.unit) {
    const u = ctx.workbookUnit;
    notices.push(
      u.name
        ? { code: 'unit_inferred', message: msg.notices.unitInferred(u.name) }
        : { code: 'unit_unknown', message: msg.notices.unitUnknown },
    );
  }

  progress('summary', 0);
  const checkedAt = (input.now ?? (() => new Date()))().toISOString();
  const summary = buildSummary(ctx, findings);
  progress('summary', 1);
  return { findings, tables, notices, summary, workbookUnit: ctx.workbookUnit, criteriaChecked, checkedAt, context: ctx };
}

/** Fields a table lacks that rules would have used: said once, naming sheet and field. */
function tableNotices(ctx: CheckContext, lang: Lang): Notice[] {
  const msg = messages(lang);
  const out: Notice[] = [];
  const want: Record<DetectedTable['kind'], string[]> = {
    units: [],
    members: ['unit'],
    turnout: ['rate'],
    criteria: [],
    nominees: ['awardForm', 'achievement'],
  };
  for (const t of ctx.tables) {
    for (const f of want[t.kind]) {
      if (t.kind === 'members' && f === 'unit' && ctx.workbookUnit.name) continue;
      if (t.columns[f as keyof typeof t.columns] === undefined)
        out.push({ code: 'field_missing', sheet: t.sheet, message: msg.notices.fieldMissing(t.sheet, msg.fields[f] ?? f) });
    }
    if (t.kind === 'criteria') {
      const cols = ctx.criteriaColumns.get(t);
      const required = new Set<string>();
      for (const n of ctx.nominees) {
        const list = n.kind === 'collective' ? ctx.plan.criteria.collective : ctx.plan.criteria.individual;
        const cat = n.asUnit?.category ?? 'unknown';
        for (const c of list)
          if (c.source === 'sheet' && (!c.categories || (cat !== 'unknown' && c.categories.includes(cat)))) required.add(c.code);
      }
      for (const code of required)
        if (!cols?.has(code))
          out.push({ code: 'criterion_column_missing', sheet: t.sheet, message: msg.notices.criterionColumnMissing(t.sheet, code) });
    }
  }
  return out;
}
