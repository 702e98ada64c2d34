/**
 * What the dossier says, decided once as plain data: every sentence, count and row of the
 * Tờ trình, its attached list and the Bản tóm tắt thành tích. `render.ts` lays it out as a
 * Word document; tests read both. Figures come from the summary export's data
 * (`buildExportData`) and the nominee list's grouping (`groupNominees`) — never recomputed.
 */
import type { CheckResult } from '../engine/check';
import { buildExportData, type ExportData } from '../engine/export/data';
import { groupNominees } from '../engine/export/nominee-list';
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import { dossierDeadline } from '../engine/plan/calendar';
import type { Plan, Submission, UnitCategoryOrUnknown } from '../engine/plan/schema';
import { isoToDmy, isValidIso } from '../engine/normalize/date';
import { formatVnd } from '../engine/normalize/number';
import { cleanText, looseKey } from '../engine/normalize/text';

/** What the user may type for this dossier (the pane's fields, the command line's options). */
export interface DossierDetails {
  /** The unit sending the dossier; else the check's unit. */
  unit?: string;
  /** Địa danh; else the unit's own (district, commune), else the plan's. */
  place?: string;
  /** ISO YYYY-MM-DD; else dotted blanks. */
  date?: string;
  /** The number (15) or the whole number and symbol (15/TTr-UBND); else dotted blanks. */
  number?: string;
}

export interface DossierInput {
  result: CheckResult;
  plan: Plan;
  workbookName: string;
  lang: Lang;
  details: DossierDetails;
}

/** A run of text; a placeholder is something the office must fill in (shown highlighted). */
export interface Span {
  text: string;
  placeholder?: boolean;
}
export type Line = Span[];

export interface ListRow {
  stt: number;
  name: string;
  /** Position, then the unit when the position does not already name it. */
  positionUnit: string[];
  form: string;
}

export interface SummaryEntry {
  stt: number;
  name: string;
  position: string;
  unit: string;
  /** The form proposed, or a placeholder when the list gives none. */
  form: Line;
  /** The text of its *Tóm tắt thành tích*, one line per paragraph, or one placeholder line. */
  achievement: Line[];
}

export interface Grouped<T> {
  numeral: string;
  form: string;
  kinds: { label: string; items: T[] }[];
}

export interface DossierModel {
  lang: Lang;
  title: string;
  heading: {
    /** Governing body above the unit (may be empty). */
    parent: string[];
    unit: Line;
    number: string;
    nationalTitle: string;
    motto: string;
    dateLine: Line;
  };
  kind: string;
  subject: string;
  /** Kính gửi, one line per addressee (already punctuated). */
  to: Line[];
  /** "Kính gửi:" and "Nơi nhận:". */
  labels: { to: string; recipients: string };
  /** Căn cứ lines, punctuated (; … .). */
  bases: string[];
  body: Line[];
  recipients: Line[];
  signer: Line[];
  list: { title: string; attachedTo: Line; head: [string, string, string, string]; groups: Grouped<ListRow>[]; empty: string };
  summary: {
    title: string;
    attachedTo: Line;
    groups: Grouped<SummaryEntry>[];
    empty: string;
    labels: Record<'position' | 'unit' | 'form' | 'achievement', string>;
  };
  /** The figures, as the tests and the pane read them back. */
  data: ExportData;
}

const clean = (s: string | undefined | null): string => (s ? cleanText(s) : '');
/** Text kept with its line breaks: each line cleaned, empty lines dropped. */
const lines = (s: string | undefined | null): string[] =>
  (s ?? '')
    .split(/\r\n|\r|\n/)
    .map(clean)
    .filter(Boolean);
/** The same body, the way offices name it: "Ban Thường vụ Công đoàn X" is Công đoàn X (its standing committee). */
const COMMITTEE = /^(?:ban thuong vu|ban chap hanh|thuong truc)\s+/;
const same = (a: string, b: string): boolean => looseKey(a).replace(COMMITTEE, '') === looseKey(b).replace(COMMITTEE, '');

const ADMIN_PREFIX = /^(?:ubnd|[ủu]y ban nhân dân|uỷ ban nhân dân)\s+/iu;
const ADMIN_WORD = /^(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn)\s+/iu;

/** "VŨ THƯ" → "Vũ Thư"; text already in mixed case is kept. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/**
 * The địa danh of a district's or commune's own documents: the name of the administrative
 * unit (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.4.a) — "UBND huyện Vũ Thư" → "Vũ Thư";
 * a unit named by a number keeps its whole name ("Quận 1"). Null for other units.
 */
export function placeOfUnit(unit: string, category: UnitCategoryOrUnknown): string | null {
  if (category !== 'district' && category !== 'commune') return null;
  const admin = clean(unit).replace(ADMIN_PREFIX, '');
  if (!ADMIN_WORD.test(admin)) return null;
  const bare = admin.replace(ADMIN_WORD, '').trim();
  if (!bare) return null;
  return titleCase(/^\d/.test(bare) ? admin : bare);
}

/** Day and month as Nghị định 30 writes them: a 0 before days under 10 and before months 1 and 2. */
export function dateParts(iso: string | undefined): { day: string; month: string; year: string } | null {
  if (!iso || !isValidIso(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { day: d < 10 ? `0${d}` : String(d), month: m < 3 ? `0${m}` : String(m), year: String(y) };
}

export function composeDossier(input: DossierInput): DossierModel {
  const { result, plan, workbookName, lang, details } = input;
  const all = messages(lang);
  const m = all.dossier;
  const ph = (what: string): Span => ({ text: m.placeholder(what), placeholder: true });
  const t: Submission = plan.dossier?.submission ?? {};

  const unitGiven = clean(details.unit) || clean(result.workbookUnit.name);
  const unitSpan: Span = unitGiven ? { text: unitGiven } : ph(m.fill.unit);
  // The figures of the summary export, named after the same unit.
  const data = buildExportData(result, plan, workbookName, clean(details.unit) || undefined);

  // Heading: governing body and unit, number; national title, motto, place and date.
  const parent = lines(t.parentBody).filter((p) => !unitGiven || !same(p, unitGiven));
  const num = clean(details.number);
  const number = m.number(num.includes('/') ? num : `${num || m.blank}/${m.kindAbbr}-${m.blank}`);
  const place = clean(details.place) || (unitGiven ? placeOfUnit(unitGiven, result.context.categoryOf(unitGiven)) : null) || clean(t.place);
  const parts = dateParts(details.date);
  const date = parts ? m.date(parts.day, parts.month, parts.year) : m.date(m.blank, m.blank, m.blank);
  const dateLine: Line = [place ? { text: place } : ph(m.fill.place), { text: `, ${date}` }];

  // Kính gửi.
  const addressees = (t.addressees ?? []).map(clean).filter(Boolean);
  const to: Line[] =
    addressees.length === 0
      ? [[ph(m.fill.addressee)]]
      : addressees.length === 1
        ? [[{ text: addressees[0]! }]]
        : addressees.map((a, i) => [{ text: `- ${a}${i === addressees.length - 1 ? '.' : ';'}` }]);

  // Căn cứ: the plan's own lines, else the plan's source document.
  const bases0 = (t.bases ?? [])
    .map((b) =>
      clean(b)
        .replace(/^căn cứ\s+/iu, '')
        .replace(/[\s;.,]+$/u, ''),
    )
    .filter(Boolean);
  const basesText = bases0.length ? bases0 : [clean(plan.source.vi).replace(/[\s;.,]+$/u, '')];
  const bases = basesText.map((b, i) => `${m.basis(b)}${i === basesText.length - 1 ? '.' : ';'}`);

  // Body: the summary's counts per award form and its money, exactly as Tổng hợp shows them.
  const s = result.summary;
  const counts = (c: number, i: number): string => {
    const cs = c > 0 ? m.count(c, 'collective') : '';
    const is = i > 0 ? m.count(i, 'individual') : '';
    return cs && is ? m.both(cs, is) : cs || is || m.count(0, 'individual');
  };
  const body: Line[] = [];
  if (s.nominees.collectives + s.nominees.individuals === 0) body.push(splitAt(m.none('\u0000'), unitSpan));
  else {
    body.push(splitAt(m.propose('\u0000', counts(s.nominees.collectives, s.nominees.individuals)), unitSpan));
    let c = 0;
    let i = 0;
    for (const a of data.awards) {
      c += a.collectives;
      i += a.individuals;
      body.push([
        { text: m.formLine(a.form, counts(a.collectives, a.individuals), a.amountVnd === null ? null : formatVnd(a.amountVnd, lang)) },
      ]);
    }
    const nc = s.nominees.collectives - c;
    const ni = s.nominees.individuals - i;
    if (nc > 0 || ni > 0) body.push([{ text: m.noFormLine(counts(Math.max(nc, 0), Math.max(ni, 0))), placeholder: true }]);
    body.push([{ text: m.attached }]);
    if (plan.money && data.awards.some((a) => a.amountVnd !== null))
      body.push([
        {
          text: m.total(
            formatVnd(data.totalAmountVnd, lang),
            data.awards.some((a) => a.amountVnd === null),
          ),
        },
      ]);
  }
  const receiver = clean(t.receiver);
  const receiverIsUnit = !!receiver && !!unitGiven && same(receiver, unitGiven);
  if (!receiverIsUnit) {
    const deadlineIso = dossierDeadline(plan, result.context.options.conferenceDate);
    const sentence = m.sent('\u0000', clean(t.deadline) || null, deadlineIso ? isoToDmy(deadlineIso) : null);
    body.push(splitAt(sentence, receiver ? { text: receiver } : ph(m.fill.receiver)));
  }
  const closingTo = addressees.length ? { text: addressees.join(', ') } : ph(m.fill.addressee);
  body.push(splitAt(m.closing('\u0000'), closingTo));

  // Nơi nhận and the signature.
  const recipients: Line[] = [[{ text: m.asAbove }]];
  if (receiver && !receiverIsUnit && !addressees.some((a) => same(a, receiver))) recipients.push([{ text: `- ${receiver};` }]);
  recipients.push([{ text: m.archive }]);
  const signer: Line[] = [];
  const sg = t.signer;
  const up = (x: string | undefined, what: string): Span => (clean(x) ? { text: clean(x).toUpperCase() } : ph(what));
  if (sg && sg.mode !== 'direct') signer.push([{ text: `${m.signerPrefix[sg.mode]} ` }, up(sg.on, m.fill.signerOn)]);
  signer.push([up(sg?.title, m.fill.signerTitle)]);

  // The attached list and the summaries: the nominee list's groups, row for row.
  const ex = all.exportSheets;
  const groups = groupNominees(data, plan, lang);
  const attachedTo: Line = splitAt(m.attachedTo(number.replace(/^[^:]*:\s*/, ''), date, '\u0000'), unitSpan);
  const unitOf = (n: ExportData['nominees'][number]) => clean(n.workplace || n.proposer);
  const list = groups.map((g): Grouped<ListRow> => ({
    numeral: g.numeral,
    form: clean(g.form),
    kinds: g.kinds.map((k) => ({
      label: k.kind === 'collective' ? ex.collectives : ex.individuals,
      items: k.nominees.map((n, j) => {
        const position = clean(n.position);
        const unit = unitOf(n);
        const showUnit = unit && !(position && looseKey(position).includes(looseKey(unit)));
        return { stt: j + 1, name: clean(n.name), positionUnit: [position, showUnit ? unit : ''].filter(Boolean), form: clean(n.form) };
      }),
    })),
  }));
  const summary = groups.map((g): Grouped<SummaryEntry> => ({
    numeral: g.numeral,
    form: clean(g.form),
    kinds: g.kinds.map((k) => ({
      label: k.kind === 'collective' ? ex.collectives : ex.individuals,
      items: k.nominees.map((n, j) => {
        const text = lines(n.achievement);
        return {
          stt: j + 1,
          name: clean(n.name),
          position: clean(n.position),
          unit: unitOf(n),
          form: clean(n.form) ? [{ text: clean(n.form) }] : [ph(m.fill.awardForm)],
          achievement: text.length ? text.map((x) => [{ text: x }]) : [[ph(m.fill.achievement)]],
        };
      }),
    })),
  }));

  return {
    lang,
    title: m.docTitle,
    heading: { parent, unit: [unitSpan], number, nationalTitle: m.nationalTitle, motto: m.motto, dateLine },
    kind: m.kind,
    subject: clean(t.subject) || m.defaultSubject,
    to,
    labels: { to: m.to, recipients: m.recipients },
    bases,
    body,
    recipients,
    signer,
    list: { title: m.listTitle, attachedTo, head: m.listHead, groups: list, empty: m.emptyList },
    summary: {
      title: m.summaryTitle,
      attachedTo,
      groups: summary,
      empty: m.emptyList,
      labels: { position: m.position, unit: m.unit, form: m.form, achievement: m.achievement },
    },
    data,
  };
}

/** A sentence whose `\0` marks where a span (maybe a placeholder) goes. */
function splitAt(sentence: string, span: Span): Line {
  const i = sentence.indexOf('\u0000');
  if (i < 0) return [{ text: sentence }];
  return [{ text: sentence.slice(0, i) }, span, { text: sentence.slice(i + 1) }].filter((x) => x.text !== '');
}
