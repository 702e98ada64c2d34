/**
 * The plan editor's form: a plan shown as the text a user types (percentages as 98 or
 * 98,5, dates as dd/mm/yyyy, money with thousands dots), and back to a plan with a message
 * per field that is not valid. Pure: the editor component and the tests share it.
 */
import { isoToDmy, parseDateText } from '../engine/normalize/date';
import { parseNumberText } from '../engine/normalize/number';
import { dossierDeadline } from '../engine/plan/calendar';
import {
  moneySchema,
  planSchema,
  UNIT_CATEGORIES,
  type AwardForm,
  type Plan,
  type RoundDirection,
  type Submission,
  type UnitCategory,
} from '../engine/plan/schema';
import type { Lang, Strings } from './strings';

export interface QuotaRow {
  /** Stable React key. */
  key: string;
  category: UnitCategory;
  collective: string;
  individual: string;
  combined: string;
  /** Kept from the plan; not edited in the form. */
  individualsExclusiveOf?: UnitCategory[];
}

export interface AwardRow {
  key: string;
  /** Id of an existing form (kept, with its aliases and coefficients); new forms get one. */
  id?: string;
  name: string;
  inQuota: boolean;
}

export interface CategoryMin {
  value: string;
  /** The category has no minimum at all (null in the plan). */
  none: boolean;
}

/** The Tờ trình's texts (`plan.dossier.submission`, issue 13); lists one item per line. */
export interface SubmissionForm {
  parentBody: string;
  place: string;
  subject: string;
  addressees: string;
  bases: string;
  receiver: string;
  deadline: string;
  signerMode: 'TM' | 'KT' | 'direct';
  signerOn: string;
  signerTitle: string;
}

export interface PlanForm {
  name: string;
  id: string;
  electionDate: string;
  min: string;
  target: string;
  minByCategory: Record<UnitCategory, CategoryMin>;
  tolerance: string;
  scheduledCompletion: string;
  quotasOn: boolean;
  quotas: QuotaRow[];
  awardsOn: boolean;
  awards: AwardRow[];
  conferenceDate: string;
  deadlineDays: string;
  holidays: string;
  extraDaysOff: string;
  baseSalary: string;
  decree: string;
  /** The rounding step in đồng; empty = the decree's (the schema default). */
  roundTo: string;
  roundDirection: RoundDirection;
  submission: SubmissionForm;
}

/** The decree's rounding (the schema's defaults), for an empty step and a plan without money. */
const MONEY_DEFAULTS = moneySchema.parse({ baseSalaryVnd: 1 });

/** Field key → message. Keys: `min`, `minByCategory.district`, `quotas.2.collective`, `awards.0.name`… */
export type FormErrors = Record<string, string>;

let keySeq = 0;
export const newKey = (prefix: string): string => `${prefix}${++keySeq}`;

function formatNumber(n: number, lang: Lang, grouping = false): string {
  return n.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 4, useGrouping: grouping });
}

/** 0.985 → "98,5" (vi) or "98.5" (en); null → "". */
export function formatPercentInput(f: number | null | undefined, lang: Lang): string {
  if (f === null || f === undefined) return '';
  return formatNumber(Math.round(f * 100 * 1e6) / 1e6, lang);
}

/** "98", "98,5", "98.5 %" → 0.98, 0.985; "" → null; undefined when it is not a percentage. */
export function parsePercentInput(text: string): number | null | undefined {
  const s = text.trim().replace(/\s*%$/, '');
  if (s === '') return null;
  const n = parseNumberText(s, { decimalOnly: true });
  if (n === null || n < 0 || n > 100) return undefined;
  return Math.round(n * 1e6) / 1e8;
}

/** The decree's rounding step as the form shows it ("10.000"), for the hint of an empty step. */
export const defaultRoundToText = (lang: Lang): string => formatNumber(MONEY_DEFAULTS.roundToVnd, lang, true);

/** "dd/mm/yyyy" or ISO → ISO; "" → null; undefined when it is not a real date. */
export function parseDateInput(text: string): string | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  return parseDateText(s) ?? undefined;
}

export const formatDateInput = (iso: string | undefined | null): string => (iso ? isoToDmy(iso) : '');

function parseIntInput(text: string, min: number): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  const n = parseNumberText(s);
  if (n === null || !Number.isInteger(n) || n < min) return undefined;
  return n;
}

function parseDateLines(text: string): { dates: string[]; bad?: { line: number; text: string } } {
  const dates: string[] = [];
  const lines = text.split(/\r?\n|;/);
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (!t) continue;
    const iso = parseDateText(t);
    if (!iso) return { dates, bad: { line: i + 1, text: t } };
    if (!dates.includes(iso)) dates.push(iso);
  }
  dates.sort();
  return { dates };
}

export function planToForm(plan: Plan, lang: Lang): PlanForm {
  const minByCategory = {} as Record<UnitCategory, CategoryMin>;
  for (const c of UNIT_CATEGORIES) {
    const v = plan.turnout.minByCategory?.[c];
    minByCategory[c] = v === null ? { value: '', none: true } : { value: formatPercentInput(v, lang), none: false };
  }
  return {
    name: plan.name.vi,
    id: plan.id,
    electionDate: formatDateInput(plan.electionDate),
    min: formatPercentInput(plan.turnout.min, lang),
    target: formatPercentInput(plan.turnout.target, lang),
    minByCategory,
    tolerance: formatNumber(plan.turnout.rateTolerancePoints, lang),
    scheduledCompletion: formatDateInput(plan.turnout.scheduledCompletion),
    quotasOn: plan.quotas !== null,
    quotas: (plan.quotas?.limits ?? []).map((q) => ({
      key: newKey('q'),
      category: q.category,
      collective: q.collective === undefined ? '' : String(q.collective),
      individual: q.individual === undefined ? '' : String(q.individual),
      combined: q.combined === undefined ? '' : String(q.combined),
      ...(q.individualsExclusiveOf ? { individualsExclusiveOf: [...q.individualsExclusiveOf] } : {}),
    })),
    awardsOn: plan.awardForms !== null,
    awards: (plan.awardForms ?? []).map((a) => ({ key: newKey('a'), id: a.id, name: a.name, inQuota: a.inQuota })),
    conferenceDate: formatDateInput(plan.dossier?.conferenceDate),
    deadlineDays: plan.dossier?.workingDaysBeforeConference !== undefined ? String(plan.dossier.workingDaysBeforeConference) : '',
    holidays: plan.holidays.map(isoToDmy).join('\n'),
    extraDaysOff: plan.extraDaysOff.map(isoToDmy).join('\n'),
    baseSalary: plan.money ? formatNumber(plan.money.baseSalaryVnd, lang, true) : '',
    decree: plan.money?.decree ?? '',
    roundTo: plan.money ? formatNumber(plan.money.roundToVnd, lang, true) : '',
    roundDirection: plan.money?.roundDirection ?? MONEY_DEFAULTS.roundDirection,
    submission: submissionToForm(plan.dossier?.submission),
  };
}

// --- Tờ trình (issue 13) -----------------------------------------------------------------
export function submissionToForm(t: Submission | undefined): SubmissionForm {
  return {
    parentBody: t?.parentBody ?? '',
    place: t?.place ?? '',
    subject: t?.subject ?? '',
    addressees: (t?.addressees ?? []).join('\n'),
    bases: (t?.bases ?? []).join('\n'),
    receiver: t?.receiver ?? '',
    deadline: t?.deadline ?? '',
    signerMode: t?.signer?.mode ?? 'TM',
    signerOn: t?.signer?.on ?? '',
    signerTitle: t?.signer?.title ?? '',
  };
}

/** The Tờ trình the form describes (empty fields left out; the plan's notes kept), or undefined when all are empty. */
export function formToSubmission(f: SubmissionForm, base: Submission | undefined): Submission | undefined {
  const one = (x: string) => x.replace(/\s+/g, ' ').trim();
  const many = (x: string) => x.split(/\r?\n/).map(one).filter(Boolean);
  const t: Submission = {};
  if (one(f.parentBody)) t.parentBody = one(f.parentBody);
  if (one(f.place)) t.place = one(f.place);
  if (one(f.subject)) t.subject = one(f.subject);
  if (many(f.addressees).length) t.addressees = many(f.addressees);
  if (many(f.bases).length) t.bases = many(f.bases);
  if (one(f.receiver)) t.receiver = one(f.receiver);
  if (one(f.deadline)) t.deadline = one(f.deadline);
  if ((one(f.signerOn) && f.signerMode !== 'direct') || one(f.signerTitle))
    t.signer = {
      mode: f.signerMode,
      ...(one(f.signerOn) && f.signerMode !== 'direct' ? { on: one(f.signerOn) } : {}),
      ...(one(f.signerTitle) ? { title: one(f.signerTitle) } : {}),
    };
  if (Object.keys(t).length === 0) return undefined;
  if (base?.notes) t.notes = [...base.notes];
  return t;
}
// --- end Tờ trình ------------------------------------------------------------------------

/** An id for a new award form, from its name: "Giấy khen của Giám đốc Sở" → "giay-khen-cua-giam-doc-so". */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'hinh-thuc';
}

/**
 * The plan the form describes, built on `base` (which keeps what the form does not show:
 * criteria, aliases, coefficients, holiday years…), or null with the errors when a field is
 * not valid. The result always goes through the plan schema.
 */
export function formToPlan(form: PlanForm, base: Plan, s: Strings): { plan: Plan | null; errors: FormErrors } {
  const v = s.validation;
  const errors: FormErrors = {};
  const plan: Plan = structuredClone(base);

  // General.
  if (!form.name.trim()) errors.name = v.required;
  else plan.name = { ...plan.name, vi: form.name.trim() };
  if (!/^[a-z0-9][a-z0-9-]*$/.test(form.id.trim())) errors.id = v.id;
  else plan.id = form.id.trim();
  const election = parseDateInput(form.electionDate);
  if (election === null) errors.electionDate = v.required;
  else if (election === undefined) errors.electionDate = v.date;
  else plan.electionDate = election;

  // Turnout.
  const min = parsePercentInput(form.min);
  const target = parsePercentInput(form.target);
  if (min === undefined) errors.min = v.percent;
  if (target === undefined) errors.target = v.percent;
  if (min !== undefined && target !== undefined && min !== null && target !== null && target < min) errors.target = v.targetBelowMin;
  const byCategory: Partial<Record<UnitCategory, number | null>> = {};
  for (const c of UNIT_CATEGORIES) {
    const m = form.minByCategory[c];
    if (!m) continue;
    if (m.none) {
      byCategory[c] = null;
      continue;
    }
    const p = parsePercentInput(m.value);
    if (p === undefined) errors[`minByCategory.${c}`] = v.percent;
    else if (p !== null) byCategory[c] = p;
  }
  const tolerance = form.tolerance.trim() === '' ? 0.05 : parseNumberText(form.tolerance.trim(), { decimalOnly: true });
  if (tolerance === null || tolerance < 0) errors.tolerance = v.number;
  const scheduled = parseDateInput(form.scheduledCompletion);
  if (scheduled === undefined) errors.scheduledCompletion = v.date;
  plan.turnout = {
    ...plan.turnout,
    min: min ?? null,
    target: target ?? null,
    rateTolerancePoints: tolerance ?? 0.05,
  };
  if (Object.keys(byCategory).length) plan.turnout.minByCategory = byCategory;
  else delete plan.turnout.minByCategory;
  if (scheduled) plan.turnout.scheduledCompletion = scheduled;
  else delete plan.turnout.scheduledCompletion;

  // Quotas.
  if (!form.quotasOn) plan.quotas = null;
  else {
    const seen = new Set<UnitCategory>();
    const limits: NonNullable<Plan['quotas']>['limits'] = [];
    form.quotas.forEach((q, i) => {
      const row: (typeof limits)[number] = { category: q.category };
      if (seen.has(q.category)) errors[`quotas.${i}.category`] = v.quotaDuplicate;
      seen.add(q.category);
      for (const k of ['collective', 'individual', 'combined'] as const) {
        const n = parseIntInput(q[k], 0);
        if (n === undefined) errors[`quotas.${i}.${k}`] = v.count;
        else if (n !== null) row[k] = n;
      }
      if (row.collective === undefined && row.individual === undefined && row.combined === undefined && !errors[`quotas.${i}.collective`])
        errors[`quotas.${i}.collective`] = v.quotaEmpty;
      if (q.individualsExclusiveOf) row.individualsExclusiveOf = [...q.individualsExclusiveOf];
      limits.push(row);
    });
    plan.quotas = { limits };
  }

  // Award forms.
  if (!form.awardsOn) plan.awardForms = null;
  else {
    const old = new Map((base.awardForms ?? []).map((a) => [a.id, a]));
    const ids = new Set<string>();
    const names = new Set<string>();
    const forms: AwardForm[] = [];
    form.awards.forEach((a, i) => {
      const name = a.name.trim();
      if (!name) {
        errors[`awards.${i}.name`] = v.required;
        return;
      }
      const folded = slug(name);
      if (names.has(folded)) errors[`awards.${i}.name`] = v.awardDuplicate;
      names.add(folded);
      const prev = a.id ? old.get(a.id) : undefined;
      let id = a.id ?? slug(name);
      for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
      ids.add(id);
      forms.push({
        ...(prev ?? { aliases: [] }),
        id,
        name,
        inQuota: a.inQuota,
        // A renamed form keeps its old name as an alias, so lists typed with it still match.
        aliases: prev && prev.name !== name && !prev.aliases.includes(prev.name) ? [...prev.aliases, prev.name] : (prev?.aliases ?? []),
      });
    });
    plan.awardForms = forms;
  }

  // Dossier.
  const conference = parseDateInput(form.conferenceDate);
  if (conference === undefined) errors.conferenceDate = v.date;
  const days = parseIntInput(form.deadlineDays, 0);
  if (days === undefined) errors.deadlineDays = v.count;
  if (days === null || days === undefined) {
    if (days === null && conference) errors.deadlineDays = v.required;
    if (days === null) delete plan.dossier;
  } else {
    plan.dossier = { workingDaysBeforeConference: days, ...(conference ? { conferenceDate: conference } : {}) };
  }

  // Tờ trình (issue 13): beside the deadline, in `dossier`.
  const submission = formToSubmission(form.submission, base.dossier?.submission);
  if (submission) plan.dossier = { ...plan.dossier, submission };
  else if (plan.dossier) {
    delete plan.dossier.submission;
    if (Object.keys(plan.dossier).length === 0) delete plan.dossier;
  }

  // Days off.
  for (const k of ['holidays', 'extraDaysOff'] as const) {
    const r = parseDateLines(form[k]);
    if (r.bad) errors[k] = v.dateLine(r.bad.line, r.bad.text);
    else plan[k] = r.dates;
  }

  // Money.
  const salary = parseIntInput(form.baseSalary, 1);
  const roundTo = parseIntInput(form.roundTo, 1);
  if (salary === undefined) errors.baseSalary = v.positiveInt;
  if (roundTo === undefined) errors.roundTo = v.positiveInt;
  if (salary === null) {
    if (form.decree.trim() || form.roundTo.trim()) errors.baseSalary = v.required;
    else delete plan.money;
  } else if (salary !== undefined) {
    plan.money = {
      baseSalaryVnd: salary,
      roundToVnd: roundTo ?? MONEY_DEFAULTS.roundToVnd,
      roundDirection: form.roundDirection,
      ...(form.decree.trim() ? { decree: form.decree.trim() } : {}),
    };
  }

  if (Object.keys(errors).length) return { plan: null, errors };

  // Whatever the form could not catch, the schema does; its message goes beside the nearest field.
  const r = planSchema.safeParse(plan);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = schemaPathToField(issue.path.map(String));
      errors[key] ??= issue.message;
    }
    return { plan: null, errors };
  }
  return { plan: r.data, errors };
}

/** The form field that shows a schema issue at `path`. */
export function schemaPathToField(path: string[]): string {
  const [a, b, c, d] = path;
  switch (a) {
    case 'name':
      return 'name';
    case 'turnout':
      if (b === 'minByCategory') return `minByCategory.${c}`;
      if (b === 'rateTolerancePoints') return 'tolerance';
      return b ?? 'min';
    case 'quotas':
      return c !== undefined ? `quotas.${c}.${d ?? 'collective'}` : 'quotas';
    case 'awardForms':
      return b !== undefined ? `awards.${b}.name` : 'awards';
    case 'dossier':
      if (b === 'submission') return `submission.${c === 'signer' ? (d === 'on' ? 'signerOn' : 'signerTitle') : (c ?? 'subject')}`;
      return b === 'conferenceDate' ? 'conferenceDate' : 'deadlineDays';
    case 'money':
      return b === 'roundToVnd' ? 'roundTo' : b === 'roundDirection' ? 'roundDirection' : b === 'decree' ? 'decree' : 'baseSalary';
    case 'holidays':
    case 'extraDaysOff':
      return a;
    default:
      return a ?? 'name';
  }
}

/** The dossier deadline the form gives (ISO), for the hint under the conference date. */
export function formDeadline(form: PlanForm, base: Plan): string | undefined {
  const days = parseIntInput(form.deadlineDays, 0);
  const conference = parseDateInput(form.conferenceDate);
  if (days === null || days === undefined || !conference) return undefined;
  const h = parseDateLines(form.holidays);
  const x = parseDateLines(form.extraDaysOff);
  try {
    return dossierDeadline(
      { ...base, dossier: { workingDaysBeforeConference: days }, holidays: h.dates, extraDaysOff: x.dates },
      conference,
    );
  } catch {
    return undefined;
  }
}
