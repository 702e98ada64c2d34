/**
 * Turns detected tables into typed records the rules read: units, turnout rows, members,
 * nominees, criteria marks. Everything a rule needs to know about the workbook is here,
 * computed once, so rules stay short and a 1M-row member list is read a single time.
 */
import type { Cell } from './model';
import type { Plan, AwardForm, Criterion, UnitCategoryOrUnknown } from './plan/schema';
import type { DetectedTable, DataRow } from './detect/tables';
import { TITLE_SKIP_PATTERNS, type FieldName } from './detect/vocabulary';
import { cellText } from './detect/cells';
import { foldKey, headerKey, looseKey, stripDiacritics } from './normalize/text';
import { parseCount, parseRate, type NumberResult } from './normalize/number';
import { isDateFormat, parseDate, type DateResult } from './normalize/date';
import { parseMark, type Mark } from './normalize/mark';
import { categoryFromCell, categoryFromName } from './units/category';
import prefixes from './units/categories.json';

export interface UnitRef {
  /** As written in the sheet (cleaned). */
  name: string;
  /** Matching key: no diacritics, leading UBND / Ủy ban nhân dân dropped. */
  key: string;
  /** The name without its category word (`vu hoi` for Xã Vũ Hội), for lists that omit it. */
  bareKey: string;
  /**
   * Identity key: like `key` but with diacritics kept (tone placement unified), so that
   * Xã An Bình and Xã Ân Bình are two collectives (a possible duplicate, not a duplicate).
   */
  exactKey: string;
  category: UnitCategoryOrUnknown;
}

export interface TurnoutRecord {
  table: DetectedTable;
  row: number;
  unit: UnitRef;
  registered: NumberResult;
  voted: NumberResult;
  rate: NumberResult;
  reelection: Mark | 'absent';
  additional: Mark | 'absent';
  reelectionText: string;
  additionalText: string;
  completed: DateResult | null;
  scheduled: DateResult | null;
}

export interface UnitRecord {
  table: DetectedTable;
  row: number;
  unit: UnitRef;
  categoryFromColumn: boolean;
}

export interface MemberRecord {
  table: DetectedTable;
  row: number;
  name: string;
  unitName: string;
  voted: Mark;
  votedText: string;
}

export type NomineeKind = 'collective' | 'individual';

export interface NomineeRecord {
  table: DetectedTable;
  row: number;
  name: string;
  /** foldKey of the name (diacritics kept, tone placement unified). */
  nameKey: string;
  /** looseKey of the name (no diacritics). */
  looseName: string;
  kind: NomineeKind;
  birth: string | null;
  position: string;
  workplace: string;
  /** The proposing unit (column, else the workbook's unit). */
  proposer: UnitRef | null;
  proposerFromColumn: boolean;
  /** For a collective: the unit it is, matched against turnout and criteria sheets. */
  asUnit: UnitRef | null;
  formText: string;
  form: AwardForm | null;
  achievement: string;
  dossierDate: DateResult | null;
  /** Criteria columns of the nominee list itself (code → mark). */
  marks: Map<string, { mark: Mark; text: string }>;
}

export interface CriteriaRecord {
  table: DetectedTable;
  row: number;
  name: string;
  unit: UnitRef;
  nameKey: string;
  marks: Map<string, { mark: Mark; text: string }>;
}

export interface CheckOptions {
  lang: 'vi' | 'en';
  unit?: string;
  conferenceDate?: string;
}

export interface WorkbookUnit {
  name: string | null;
  inferred: boolean;
}

export interface CheckContext {
  plan: Plan;
  options: CheckOptions;
  tables: DetectedTable[];
  workbookUnit: WorkbookUnit;
  units: UnitRecord[];
  turnout: TurnoutRecord[];
  members: MemberRecord[];
  nominees: NomineeRecord[];
  criteria: CriteriaRecord[];
  /** Criteria columns found per table (code → 0-based column). */
  criteriaColumns: Map<DetectedTable, Map<string, number>>;
  /** Finds the units-sheet / turnout row of a unit by name. */
  findUnit<T extends { unit: UnitRef }>(list: T[], unit: UnitRef): T | undefined;
  categoryOf(name: string): UnitCategoryOrUnknown;
}

function field(row: DataRow, table: DetectedTable, f: FieldName): Cell | null | undefined {
  const c = table.columns[f];
  return c === undefined ? undefined : row.cells[c];
}

function text(row: DataRow, table: DetectedTable, f: FieldName): string {
  return cellText(field(row, table, f));
}

// Words a unit's name may carry or drop without being another unit (UBND xã X = Xã X,
// CĐCS Trường Y = Trường Y).
const SKIP_WORDS: string[] = [...prefixes.skip, 'cong doan co so', 'cdcs', 'cong doan'];
const CATEGORY_WORDS: string[] = Object.values(prefixes.prefixes)
  .flat()
  .sort((a, b) => b.length - a.length);

/** foldKey words of a name with the same leading skip words dropped as `unitKeys` drops. */
function exactUnitKey(name: string): string {
  const words = foldKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  const loose = words.map((w) => stripDiacritics(w));
  let start = 0;
  for (let again = true; again;) {
    again = false;
    for (const s of SKIP_WORDS) {
      const sw = s.split(' ');
      if (loose.length - start > sw.length && sw.every((w, i) => loose[start + i] === w)) {
        start += sw.length;
        again = true;
      }
    }
  }
  return words.slice(start).join(' ');
}

function unitKeys(name: string): { key: string; bareKey: string } {
  let key = looseKey(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (let again = true; again;) {
    again = false;
    for (const s of SKIP_WORDS) {
      if (key.startsWith(s + ' ')) {
        key = key.slice(s.length + 1);
        again = true;
      }
    }
  }
  let bareKey = key;
  const w = CATEGORY_WORDS.find((p) => key.startsWith(p + ' '));
  if (w) bareKey = key.slice(w.length + 1);
  return { key, bareKey };
}

export function makeUnitRef(name: string, category?: UnitCategoryOrUnknown, electionOffices: string[] = []): UnitRef {
  // The keys depend on the name alone; unit names repeat across sheets and rows.
  let keys = UNIT_KEYS.get(name);
  if (!keys) {
    keys = { ...unitKeys(name), exactKey: exactUnitKey(name) };
    if (UNIT_KEYS.size >= 20_000) UNIT_KEYS.clear();
    UNIT_KEYS.set(name, keys);
  }
  return { name, ...keys, category: category ?? categoryFromName(name, electionOffices) };
}
const UNIT_KEYS = new Map<string, { key: string; bareKey: string; exactKey: string }>();

/** Looks a unit up by full key first, then by bare name when that is unambiguous. */
function makeFinder() {
  const cache = new WeakMap<object, { byKey: Map<string, unknown>; byBare: Map<string, unknown[]> }>();
  return function findUnit<T extends { unit: UnitRef }>(list: T[], unit: UnitRef): T | undefined {
    let idx = cache.get(list);
    if (!idx) {
      idx = { byKey: new Map(), byBare: new Map() };
      for (const item of list) {
        if (!idx.byKey.has(item.unit.key)) idx.byKey.set(item.unit.key, item);
        const arr = idx.byBare.get(item.unit.bareKey) ?? [];
        arr.push(item);
        idx.byBare.set(item.unit.bareKey, arr);
      }
      cache.set(list, idx);
    }
    const exact = (idx.byKey.get(unit.key) ?? idx.byKey.get(unit.bareKey)) as T | undefined;
    if (exact) return exact;
    // One side may name the unit without its category word (THPT Ân Thi / Trường THPT Ân Thi).
    const bare = (idx.byBare.get(unit.bareKey) ?? idx.byBare.get(unit.key)) as T[] | undefined;
    if (bare && bare.length === 1) {
      const b = bare[0]!;
      // Same bare name but clearly different categories (Xã An Bình vs Huyện An Bình) is not a match.
      if (
        b.unit.category === unit.category ||
        b.unit.category === 'unknown' ||
        unit.category === 'unknown' ||
        b.unit.key === b.unit.bareKey ||
        unit.key === unit.bareKey
      )
        return b;
    }
    return undefined;
  };
}

// ---- award forms -------------------------------------------------------------------

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\btong ldld\b/g, 'tong lien doan lao dong'],
  [/\btldld\b/g, 'tong lien doan lao dong'],
  [/\bldld\b/g, 'lien doan lao dong'],
  [/\bbk\b/g, 'bang khen'],
  [/\bgk\b/g, 'giay khen'],
  [/\bct\b/g, 'chu tich'],
  [/\bvn\b/g, 'viet nam'],
  [/\bcd\b/g, 'cong doan'],
  [/\bgd dt\b/g, 'giao duc va dao tao'],
  [/\bgddt\b/g, 'giao duc va dao tao'],
  [/\bttg\b/g, 'thu tuong'],
  [/\bcp\b/g, 'chinh phu'],
];
const FILLER = /\b(cua|tang|de nghi|khen thuong|va)\b/g;

export function awardKey(s: string): string {
  let k = ` ${headerKey(s)} `;
  for (const [re, rep] of ABBREVIATIONS) k = k.replace(re, rep);
  return k.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export function makeAwardMatcher(forms: AwardForm[] | null): (text: string) => AwardForm | null {
  if (!forms) return () => null;
  const keyed = forms.flatMap((f) => [f.name, ...f.aliases].map((n) => ({ key: awardKey(n), form: f })));
  // Longest spelling first so `bang khen lien doan lao dong tinh` is not taken by a shorter one.
  keyed.sort((a, b) => b.key.length - a.key.length);
  return (text: string) => {
    const k = awardKey(text);
    if (!k) return null;
    for (const e of keyed) if (e.key === k) return e.form;
    // A form followed by a place qualifier (`… tỉnh Thái Bình`) is still that form.
    for (const e of keyed)
      if (k.startsWith(e.key + ' ') && /^(tinh|huyen|thanh pho|thi xa|xa|phuong)\b/.test(k.slice(e.key.length + 1))) return e.form;
    // A bare `Giấy khen …` of a head of unit, when the plan allows Giấy khen generally.
    for (const e of keyed) if (e.key.split(' ').length <= 2 && k.startsWith(e.key + ' ')) return e.form;
    return null;
  };
}

// ---- criteria -----------------------------------------------------------------------

/** The code a heading names: `T1`, `T1. Tuyên truyền`, `Tiêu chí a)`, `(đ)`, `C2 - Báo cáo`. */
export function headingCode(label: string): string | null {
  const t = foldKey(label);
  const m = /^(?:tiêu chí|tiêu chuẩn|tc)?\s*\(?([a-zđ]\d{0,2})\)?(?=$|[\s.):\-–])/u.exec(t);
  return m ? m[1]! : null;
}

export function criteriaMatcher(plan: Plan) {
  const all = [...plan.criteria.collective, ...plan.criteria.individual].filter((c) => c.source === 'sheet');
  const codes = new Map<string, Criterion>();
  for (const c of all) if (!codes.has(foldKey(c.code))) codes.set(foldKey(c.code), c);
  const labels = all.flatMap((c) => [c.label.vi, ...c.aliases].map((l) => ({ key: headerKey(l), code: c.code })));
  return {
    match(label: string, key: string): string | null {
      const code = headingCode(label);
      if (code && codes.has(code)) return codes.get(code)!.code;
      for (const l of labels) if (l.key && (key === l.key || (l.key.length >= 8 && key.includes(l.key)))) return l.code;
      return null;
    },
  };
}

// ---- nominees -----------------------------------------------------------------------

/** `Ông Nguyễn Văn Hải`, `Bà …`, `Đ/c …`, `Đồng chí …` name the same person as without it. */
const HONORIFIC = /^(ông|bà|đ\/c|đc|đồng chí|đ\.c)[\s.:]+(?=\S)/iu;
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

const PERSON_HINT_FIELDS: FieldName[] = ['birthDate'];
const COLLECTIVE_WORDS =
  /^(phong|ban|to|doi|chi bo|dang bo|cong an|truong|cong doan|cdcs|hoi|so|uy ban|ubnd|van phong|trung tam|xa|phuong|thi tran|thon|huyen|thanh pho|thi xa|ubmttq|mat tran|khu|xom|tap the|bo chi huy|lien doan|tinh doan|quy|cuc|chi cuc|benh vien|bao|dai)\b/;

function nomineeKind(row: DataRow, table: DetectedTable, name: string): NomineeKind {
  const k = headerKey(text(row, table, 'kind'));
  if (k) {
    if (/^(tap the|tt|tap)\b/.test(k)) return 'collective';
    if (/^(ca nhan|cn)\b/.test(k)) return 'individual';
  }
  if (row.section) return row.section;
  // A birth date is a person's, whatever the name's first word reads like (Tô, Quan, Đoàn are surnames).
  if (PERSON_HINT_FIELDS.some((f) => text(row, table, f))) return 'individual';
  const nk = looseKey(name);
  if (COLLECTIVE_WORDS.test(nk)) return 'collective';
  return 'individual';
}

function marksOf(row: DataRow, cols: Map<string, number>, dateColumns: Set<number>): Map<string, { mark: Mark; text: string }> {
  const out = new Map<string, { mark: Mark; text: string }>();
  for (const [code, col] of cols) {
    const cell = row.cells[col];
    out.set(code, { mark: parseMark(cell, { dateMeansYes: dateColumns.has(col) }), text: cellText(cell) });
  }
  return out;
}

/**
 * Criteria columns where offices record a date (a report's submission date): most filled
 * cells are dates, so a date there means met. A date in a column of Đạt/Không marks is a
 * stray date and stays unreadable (PLANS.md: counts as not met).
 */
function dateColumnsOf(table: DetectedTable, cols: Map<string, number>): Set<number> {
  const out = new Set<number>();
  for (const col of cols.values()) {
    let dates = 0;
    let filled = 0;
    for (const r of table.rows) {
      const cell = r.cells[col];
      if (!cell || cell.v === null || cell.v === '') continue;
      filled++;
      if (
        cell.v instanceof Date ||
        (typeof cell.v === 'number' && isDateFormat(cell.f)) ||
        (typeof cell.v === 'string' && parseDate(cell).kind === 'date')
      )
        dates++;
    }
    if (filled > 0 && dates * 2 > filled) out.add(col);
  }
  return out;
}

/**
 * A date of birth as identity: the ISO date, or only the year (`1975`) when a list keeps
 * years. Lists often split it into *Nam* and *Nữ* columns under one *Năm sinh* heading:
 * the second column is looked for among the unclaimed ones.
 */
function birthOf(row: DataRow, table: DetectedTable): string | null {
  const cols = [
    table.columns.birthDate,
    ...table.extraColumns.filter((x) => /^(ngay|nam|ngay thang nam) sinh\b/.test(x.key)).map((x) => x.col),
  ];
  for (const col of cols) {
    if (col === undefined) continue;
    const cell = row.cells[col];
    const d = parseDate(cell);
    if (d.kind === 'date') return d.iso;
    const y = typeof cell?.v === 'number' ? String(cell.v) : cellText(cell);
    if (/^(19|20)\d{2}$/.test(y)) return y;
  }
  return null;
}

// ---- the workbook's unit ----------------------------------------------------------------

/** The unit the title rows of the tables' sheets name first (the organisation heading a workbook: *UBND HUYỆN VŨ THƯ*). */
function unitFromTitles(tables: DetectedTable[], sheetsTop: Map<string, string[]>): string | null {
  for (const t of tables) {
    const name = unitLinesOfTitles(sheetsTop.get(t.sheet) ?? [])[0];
    if (name) return name;
  }
  return null;
}

/** Every title line that names a unit, in order, title-cased. */
export function unitLinesOfTitles(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const k = looseKey(line);
    if (!k || TITLE_SKIP_PATTERNS.some((re) => re.test(k))) continue;
    if (categoryFromName(line) === 'unknown') continue;
    out.push(toTitleCase(line));
  }
  return out;
}

/** `UBND HUYỆN VŨ THƯ` → `UBND huyện Vũ Thư`: title rows are upper case. */
function toTitleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const keepUpper = new Set(['UBND', 'MTTQ', 'CĐCS', 'LĐLĐ', 'THPT', 'THCS', 'UBBC', 'HĐND', 'TP', 'ĐTPT']);
  return s
    .split(' ')
    .map((w, i) => {
      if (keepUpper.has(w)) return w;
      const lower = w.toLowerCase();
      return i === 0 || !CATEGORY_WORDS.includes(looseKey(lower)) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

// ---- building -----------------------------------------------------------------------

export function buildContext(plan: Plan, tables: DetectedTable[], options: CheckOptions, sheetsTop: Map<string, string[]>): CheckContext {
  const offices = plan.electionOfficeUnits;
  const findUnit = makeFinder();
  const matchAward = makeAwardMatcher(plan.awardForms);
  const critMatch = criteriaMatcher(plan);

  const units: UnitRecord[] = [];
  for (const t of tables.filter((x) => x.kind === 'units')) {
    for (const r of t.rows) {
      const name = text(r, t, 'name');
      if (!name) continue;
      const catText = text(r, t, 'category');
      const cat = catText ? categoryFromCell(catText) : 'unknown';
      const fromName = categoryFromName(name, offices);
      units.push({
        table: t,
        row: r.row,
        unit: makeUnitRef(name, cat !== 'unknown' ? cat : fromName, offices),
        categoryFromColumn: cat !== 'unknown',
      });
    }
  }
  const categoryOf = (name: string): UnitCategoryOrUnknown => {
    const ref = makeUnitRef(name, undefined, offices);
    const known = findUnit(units, ref);
    return known && known.unit.category !== 'unknown' ? known.unit.category : ref.category;
  };

  const turnout: TurnoutRecord[] = [];
  for (const t of tables.filter((x) => x.kind === 'turnout')) {
    for (const r of t.rows) {
      const name = text(r, t, 'unit');
      if (!name) continue;
      const catText = text(r, t, 'category');
      const cat = catText ? categoryFromCell(catText) : categoryOf(name);
      const has = (f: FieldName) => t.columns[f] !== undefined;
      turnout.push({
        table: t,
        row: r.row,
        unit: makeUnitRef(name, cat !== 'unknown' ? cat : categoryOf(name), offices),
        registered: parseCount(field(r, t, 'registered')),
        voted: parseCount(field(r, t, 'voted')),
        rate: has('rate') ? parseRate(field(r, t, 'rate')) : { kind: 'empty' },
        reelection: has('reelection') ? reelectionMark(field(r, t, 'reelection')) : 'absent',
        additional: has('additional') ? reelectionMark(field(r, t, 'additional')) : 'absent',
        reelectionText: text(r, t, 'reelection'),
        additionalText: text(r, t, 'additional'),
        completed: has('completedDate') ? parseDate(field(r, t, 'completedDate')) : null,
        scheduled: has('scheduledDate') ? parseDate(field(r, t, 'scheduledDate')) : null,
      });
    }
  }

  // The member list can hold a million rows: read each row once, and read the few
  // distinct unit names and marks once each.
  const members: MemberRecord[] = [];
  const unitTexts = new Map<string, string>();
  const marks = new Map<string, { mark: Mark; text: string }>();
  for (const t of tables.filter((x) => x.kind === 'members')) {
    const nameCol = t.columns.name;
    const unitCol = t.columns.unit;
    const votedCol = t.columns.voted;
    for (const r of t.rows) {
      const nameCell = nameCol === undefined ? undefined : r.cells[nameCol];
      const name = cellText(nameCell);
      if (!name) continue;
      const unitCell = unitCol === undefined ? undefined : r.cells[unitCol];
      let unitName: string;
      if (typeof unitCell?.v === 'string') {
        unitName = unitTexts.get(unitCell.v) ?? cellText(unitCell);
        unitTexts.set(unitCell.v, unitName);
      } else unitName = cellText(unitCell);
      // A list grouped under unit headings (`TRƯỜNG THPT VĂN GIANG`) names the unit there;
      // a sheet kept per base union names it in its title rows (or its sheet name).
      if (!unitName && unitCol === undefined) unitName = r.heading ?? t.sheetUnit?.name ?? '';
      const cell = votedCol === undefined ? undefined : r.cells[votedCol];
      let m: { mark: Mark; text: string };
      if (typeof cell?.v === 'string') {
        m = marks.get(cell.v) ?? { mark: parseMark(cell), text: cellText(cell) };
        marks.set(cell.v, m);
      } else m = { mark: parseMark(cell), text: cellText(cell) };
      members.push({ table: t, row: r.row, name, unitName, voted: m.mark, votedText: m.text });
    }
  }

  const criteriaColumns = new Map<DetectedTable, Map<string, number>>();
  for (const t of tables) {
    if (t.kind !== 'criteria' && t.kind !== 'nominees') continue;
    const cols = new Map<string, number>();
    for (const x of t.extraColumns) {
      const code = critMatch.match(x.label, x.key);
      if (code && !cols.has(code)) cols.set(code, x.col);
    }
    criteriaColumns.set(t, cols);
  }

  const criteria: CriteriaRecord[] = [];
  for (const t of tables.filter((x) => x.kind === 'criteria')) {
    const cols = criteriaColumns.get(t)!;
    const dateCols = dateColumnsOf(t, cols);
    for (const r of t.rows) {
      const name = text(r, t, 'unit');
      if (!name) continue;
      criteria.push({
        table: t,
        row: r.row,
        name,
        unit: makeUnitRef(name, categoryOf(name), offices),
        nameKey: foldKey(withoutHonorific(name)),
        marks: marksOf(r, cols, dateCols),
      });
    }
  }

  // The workbook's unit: --unit, else the proposing unit most nominee rows name, else titles.
  const nomineeTables = tables.filter((x) => x.kind === 'nominees');
  let workbookUnit: WorkbookUnit = { name: options.unit ?? null, inferred: false };
  if (!workbookUnit.name) {
    const counts = new Map<string, number>();
    for (const t of nomineeTables)
      for (const r of t.rows) {
        const u = text(r, t, 'unit');
        if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
      }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const fromTitle = unitFromTitles(tables, sheetsTop);
    // Several proposing units in one workbook (an office consolidating lists): the
    // workbook belongs to whoever the title names, not to one of them.
    const name = counts.size === 1 ? top![0] : (fromTitle ?? top?.[0] ?? null);
    workbookUnit = { name, inferred: name !== null };
  }

  const nominees: NomineeRecord[] = [];
  for (const t of nomineeTables) {
    const cols = criteriaColumns.get(t)!;
    const dateCols = dateColumnsOf(t, cols);
    // A list without a proposing-unit column is the list of the unit its title names.
    // `--unit` names the workbook's unit and wins; without it, the list's own title does.
    // A mapping that names the sheet's unit is the user's correction and wins over both.
    const sheetUnit =
      t.columns.unit === undefined ? (t.sheetUnit?.name ?? options.unit ?? unitFromTitles([t], sheetsTop) ?? workbookUnit.name) : null;
    for (const r of t.rows) {
      const name = text(r, t, 'name');
      const proposerText = t.columns.unit !== undefined ? text(r, t, 'unit') : (sheetUnit ?? '');
      const kind = nomineeKind(r, t, name);
      // A list grouped by award form names it in the group heading instead of a column.
      const formText =
        text(r, t, 'awardForm') || (t.columns.awardForm === undefined && r.heading && matchAward(r.heading) ? r.heading : '');
      const birth = birthOf(r, t);
      const workplace = text(r, t, 'workplace');
      nominees.push({
        table: t,
        row: r.row,
        name,
        nameKey: foldKey(withoutHonorific(name)),
        looseName: looseKey(withoutHonorific(name)),
        kind,
        birth,
        position: text(r, t, 'position'),
        workplace,
        proposer: proposerText ? makeUnitRef(proposerText, categoryOf(proposerText), offices) : null,
        proposerFromColumn: t.columns.unit !== undefined,
        asUnit: kind === 'collective' && name ? makeUnitRef(name, categoryOf(name), offices) : null,
        formText,
        form: formText ? matchAward(formText) : null,
        achievement: text(r, t, 'achievement'),
        dossierDate: t.columns.dossierDate !== undefined ? parseDate(field(r, t, 'dossierDate')) : null,
        marks: marksOf(r, cols, dateCols),
      });
    }
  }

  return { plan, options, tables, workbookUnit, units, turnout, members, nominees, criteria, criteriaColumns, findUnit, categoryOf };
}

/** Bầu lại / bầu thêm cells: a mark, or a count of units (`2` means it happened). */
function reelectionMark(cell: Cell | null | undefined): Mark {
  const m = parseMark(cell);
  if (m !== 'unreadable') return m;
  const n = parseCount(cell);
  if (n.kind === 'number') return n.value > 0 ? 'yes' : 'no';
  const k = looseKey(cellText(cell));
  if (/^(khong|chua)\b/.test(k)) return 'no';
  return 'yes';
}

export function fieldMissing(table: DetectedTable, f: FieldName): boolean {
  return table.columns[f] === undefined;
}
