/**
 * The pane's state as one reducer, by concern: the plan and the conference date; the check
 * and its findings; the export and the roll-up; where the user is (view, dialogs) and what
 * is under way. Every user action is one transition ("clear", "plan changed", "date
 * changed", "unit changed", a check started, finished or failed, a preset chosen while an
 * edited plan would be lost), tested in `test/taskpane/state.test.ts`; components render
 * the state and dispatch, the pane's actions (`use-pane.ts`) talk to the workbook.
 */
import type { Mapping } from '../engine/detect/mapping';
import type { Finding, Lang, Waiver } from '../engine/findings';
import { isoToDmy } from '../engine/normalize/date';
import { dossierDeadline } from '../engine/plan/calendar';
import { PRESETS } from '../engine/plan/presets';
import type { Plan } from '../engine/plan/schema';
import type { RollupView } from './components/ConsolidatePanel';
import type { CheckOutcome, Saved, SheetRecognition, Stage } from './services';
import type { Strings } from './strings';

/** Where the plan in use came from. */
export type PlanOrigin =
  { kind: 'preset'; id: string } | { kind: 'file'; file: string } | { kind: 'saved' } | { kind: 'edited'; id: string };

/** A plan waiting for the user to say it may replace the one in use. */
export interface PendingPlan {
  plan: Plan;
  origin: PlanOrigin;
  /** The plan file it came from (said when it is saved). */
  file?: string;
}

/** The main flow, and the secondary places (the plan editor, the column mapping, the roll-up). */
export type View = 'main' | 'plan' | 'mapping' | 'rollup';

/** Operations, one at a time; the pane's buttons wait while one runs. */
export type Op = 'check' | 'update' | 'clear' | 'save' | 'recognise' | 'export' | 'dossier' | 'rollup';

/** An operation under way: its stage, how far, and a sentence replacing the stage's own. */
export interface Busy {
  op: Op;
  stage: Stage;
  fraction: number;
  label?: string;
}

/** The sentence under *Kiểm tra*: what the last check (or its failure) said, in the pane's language of the moment. */
export interface Message {
  intent: 'success' | 'error' | 'info' | 'warning';
  say: (s: Strings) => string;
}

/** What a check was run with: its results are out of date once one of these differs from the pane's. */
export interface CheckedWith {
  plan: Plan;
  /** `YYYY-MM-DD` or null. */
  conferenceDate: string | null;
  /** The Đơn vị field as given (trimmed; empty: inferred). */
  unit: string;
  mapping: Mapping | null;
  /** The waivers the status column and the summary sheet were written with. */
  waivers: Waiver[];
  /** The language of the findings' messages. */
  lang: Lang;
}

export interface PaneState {
  loaded: boolean;
  plan: Plan | null;
  origin: PlanOrigin | null;
  /** A plan chosen (a preset, a plan file) while the plan in use is an edited or opened one: asked before it replaces it. */
  confirmPlan: PendingPlan | null;
  /** The plan editor holds changes not saved yet (they would be lost if another plan came in). */
  editorDirty: boolean;
  mapping: Mapping | null;
  recognitions: SheetRecognition[] | null;
  waivers: Waiver[];
  /** The last reviewer's name, offered in the next waiver. */
  reviewer: string;
  /** The Đơn vị field as typed, and as stored in the workbook. */
  unit: { text: string; saved: string };
  /** The conference date as typed, as stored (`YYYY-MM-DD`), and whether the typed text is no date. */
  conference: { text: string; saved: string | null; invalid: boolean };
  /** The last check's outcome and what it was run with; null before a check and after *Xóa đánh dấu*. */
  results: { outcome: CheckOutcome; checkedWith: CheckedWith } | null;
  /** *Xóa đánh dấu* removed the last check's flags and sheet (the findings are no longer listed). */
  cleared: boolean;
  /** The unit the last check inferred while Đơn vị was empty. */
  inferredUnit: string | null;
  busy: Busy | null;
  message: Message | null;
  view: View;
  /** The finding whose waiver is being written. */
  waiving: Finding | null;
  rollup: RollupView | null;
  /** The dossier's details are being asked for (*Soạn hồ sơ*, before drafting). */
  drafting: boolean;
}

export const initialState: PaneState = {
  loaded: false,
  plan: null,
  origin: null,
  confirmPlan: null,
  editorDirty: false,
  mapping: null,
  recognitions: null,
  waivers: [],
  reviewer: '',
  unit: { text: '', saved: '' },
  conference: { text: '', saved: null, invalid: false },
  results: null,
  cleared: false,
  inferredUnit: null,
  busy: null,
  message: null,
  view: 'main',
  waiving: null,
  rollup: null,
  drafting: false,
};

export type Action =
  | { type: 'loaded'; saved: Saved }
  | { type: 'loadFailed'; message: Message }
  | { type: 'view'; view: View }
  | { type: 'started'; op: Op; stage: Stage }
  | { type: 'progress'; stage: Stage; fraction: number; label?: string }
  | { type: 'idle' }
  | { type: 'message'; message: Message | null }
  | { type: 'planSaved'; plan: Plan; origin: PlanOrigin }
  | { type: 'planAsked'; pending: PendingPlan }
  | { type: 'planKept' }
  | { type: 'editorDirty'; dirty: boolean }
  | { type: 'conferenceTyped'; text: string }
  | { type: 'conferenceInvalid' }
  | { type: 'conferenceSaved'; iso: string | null }
  | { type: 'unitTyped'; text: string }
  | { type: 'unitSaved'; unit: string }
  | { type: 'mappingSaved'; mapping: Mapping | null }
  | { type: 'recognised'; recognitions: SheetRecognition[] }
  | { type: 'checkFinished'; outcome: CheckOutcome; checkedWith: CheckedWith; message: Message }
  | { type: 'checkFailed'; message: Message }
  | { type: 'cleared' }
  | { type: 'waiveOpened'; finding: Finding }
  | { type: 'waiveClosed' }
  | { type: 'waiversSaved'; waivers: Waiver[]; reviewer?: string }
  | { type: 'relabelled'; outcome: CheckOutcome; lang: Lang }
  | { type: 'rollupDone'; view: RollupView | null }
  | { type: 'draftOpened' }
  | { type: 'draftClosed' };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function reducer(state: PaneState, a: Action): PaneState {
  switch (a.type) {
    case 'loaded': {
      const { saved } = a;
      const origin: PlanOrigin | null = saved.plan ? (saved.presetId ? { kind: 'preset', id: saved.presetId } : { kind: 'saved' }) : null;
      return {
        ...state,
        loaded: true,
        plan: saved.plan,
        origin,
        mapping: saved.mapping,
        waivers: saved.waivers,
        reviewer: saved.waivers.at(-1)?.by ?? '',
        unit: { text: saved.unit ?? '', saved: saved.unit ?? '' },
        conference: { text: saved.conferenceDate ? isoToDmy(saved.conferenceDate) : '', saved: saved.conferenceDate, invalid: false },
      };
    }
    case 'loadFailed':
      return { ...state, loaded: true, message: a.message };
    case 'view':
      return { ...state, view: a.view };
    case 'started':
      return { ...state, busy: { op: a.op, stage: a.stage, fraction: 0 } };
    case 'progress':
      return state.busy
        ? { ...state, busy: { ...state.busy, stage: a.stage, fraction: a.fraction, ...(a.label ? { label: a.label } : {}) } }
        : state;
    case 'idle':
      return { ...state, busy: null };
    case 'message':
      return { ...state, message: a.message };
    case 'planSaved':
      // The results stay listed; `staleReasons` says they were checked with another plan.
      return { ...state, plan: a.plan, origin: a.origin, confirmPlan: null, editorDirty: false };
    case 'planAsked':
      return { ...state, confirmPlan: a.pending };
    case 'planKept':
      return { ...state, confirmPlan: null };
    case 'editorDirty':
      return state.editorDirty === a.dirty ? state : { ...state, editorDirty: a.dirty };
    case 'conferenceTyped':
      return { ...state, conference: { ...state.conference, text: a.text, invalid: false } };
    case 'conferenceInvalid':
      return { ...state, conference: { ...state.conference, invalid: true } };
    case 'conferenceSaved':
      return { ...state, conference: { text: a.iso ? isoToDmy(a.iso) : '', saved: a.iso, invalid: false } };
    case 'unitTyped':
      return { ...state, unit: { ...state.unit, text: a.text } };
    case 'unitSaved':
      return { ...state, unit: { text: a.unit, saved: a.unit } };
    case 'mappingSaved':
      return { ...state, mapping: a.mapping };
    case 'recognised':
      return { ...state, recognitions: a.recognitions };
    case 'checkFinished':
      return {
        ...state,
        results: { outcome: a.outcome, checkedWith: a.checkedWith },
        cleared: false,
        inferredUnit: a.outcome.unit ? state.inferredUnit : a.outcome.result.workbookUnit.name,
        message: a.message,
      };
    case 'checkFailed':
      // Earlier results stay: the workbook still holds what that check wrote.
      return { ...state, message: a.message };
    case 'cleared':
      // The status columns and the summary sheet are gone: so are the findings listed from them,
      // and the sentence about that check.
      return { ...state, results: null, cleared: true, message: null, drafting: false, waiving: null };
    case 'waiveOpened':
      return { ...state, waiving: a.finding };
    case 'waiveClosed':
      return { ...state, waiving: null };
    case 'waiversSaved':
      return { ...state, waivers: a.waivers, waiving: null, ...(a.reviewer !== undefined ? { reviewer: a.reviewer } : {}) };
    case 'relabelled':
      return state.results
        ? { ...state, results: { outcome: a.outcome, checkedWith: { ...state.results.checkedWith, lang: a.lang } } }
        : state;
    case 'rollupDone':
      return { ...state, rollup: a.view };
    case 'draftOpened':
      return state.results ? { ...state, drafting: true } : state;
    case 'draftClosed':
      return { ...state, drafting: false };
  }
}

/* ------------------------------------ selectors ------------------------------------- */

export type StaleReason = 'plan' | 'date' | 'unit' | 'mapping';

/** Why the listed results no longer match what a check would use now (empty: they do). */
export function staleReasons(state: PaneState): StaleReason[] {
  const r = state.results;
  if (!r) return [];
  const w = r.checkedWith;
  const out: StaleReason[] = [];
  if (!state.plan || !sameJson(state.plan, w.plan)) out.push('plan');
  if ((state.conference.saved ?? null) !== w.conferenceDate) out.push('date');
  if (state.unit.text.trim() !== w.unit) out.push('unit');
  if (!sameJson(state.mapping, w.mapping)) out.push('mapping');
  return out;
}

/** Waivers made or undone since the status column and the summary sheet were written. */
export function waiversChanged(state: PaneState): boolean {
  const r = state.results;
  if (!r) return false;
  const keys = (ws: Waiver[]) => ws.map((w) => `${w.key}\u0000${w.by}\u0000${w.reason}`).sort();
  return !sameJson(keys(state.waivers), keys(r.checkedWith.waivers));
}

/** The preset a plan is, unedited, or null. */
export function presetOf(plan: Plan): string | null {
  const p = PRESETS.find((x) => x.id === plan.id);
  return p && sameJson(p, plan) ? p.id : null;
}

/** Another plan now would replace an edited or opened one (or the editor's unsaved changes): ask first. */
export function planWouldBeLost(state: PaneState): boolean {
  return state.editorDirty || (!!state.plan && !!state.origin && state.origin.kind !== 'preset');
}

/**
 * The conference date a check uses now: the one typed in the pane, else the plan's own
 * (a plan file may carry one); with the dossier deadline it gives.
 */
export function conferenceInUse(state: PaneState): { date: string | null; fromPlan: boolean; deadline: string | null } {
  const plan = state.plan;
  const own = plan?.dossier?.conferenceDate ?? null;
  const date = state.conference.saved ?? own;
  let deadline: string | null = null;
  if (plan && date) {
    try {
      deadline = dossierDeadline(plan, date) ?? null;
    } catch {
      deadline = null;
    }
  }
  return { date, fromPlan: !state.conference.saved && !!own, deadline };
}

/** The plan has a dossier deadline that no conference date lets the check compute. */
export function deadlineUnchecked(plan: Plan, conferenceDate: string | null): boolean {
  return !!plan.dossier && !dossierDeadline(plan, conferenceDate ?? undefined);
}
