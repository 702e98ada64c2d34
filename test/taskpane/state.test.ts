/**
 * The pane's state transitions: a check started, finished, failed; clearing; the plan, the
 * conference date, the unit or the mapping changed after a check; a plan that would replace
 * an edited one waiting for an answer; waivers made since the check; the language switched.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { getPreset } from '../../src/engine/plan/presets';
import type { Plan } from '../../src/engine/plan/schema';
import { sampleModel } from '../../src/preview/sample';
import type { CheckOutcome, Saved } from '../../src/taskpane/services';
import {
  conferenceInUse,
  deadlineUnchecked,
  initialState,
  planWouldBeLost,
  presetOf,
  reducer,
  staleReasons,
  waiversChanged,
  type Action,
  type CheckedWith,
  type PaneState,
} from '../../src/taskpane/state';
import { strings } from '../../src/taskpane/strings';

const vi = strings('vi');
const PLAN_A = getPreset('thai-binh-32-2021')!;
const PLAN_B = getPreset('hung-yen-cdn-gd-2021')!;
const model = sampleModel();

const saved = (over: Partial<Saved> = {}): Saved => ({
  plan: PLAN_A,
  presetId: PLAN_A.id,
  mapping: null,
  waivers: [],
  unit: null,
  conferenceDate: null,
  ...over,
});

const run = (state: PaneState, ...actions: Action[]) => actions.reduce(reducer, state);

function outcomeOf(plan: Plan = PLAN_A, conferenceDate?: string): CheckOutcome {
  const result = check({ model, plan, lang: 'vi', ...(conferenceDate ? { conferenceDate } : {}) });
  return { result, workbookName: model.name, summarySheet: 'Tổng hợp', model, ...(conferenceDate ? { conferenceDate } : {}) };
}

function checked(state: PaneState): PaneState {
  const checkedWith: CheckedWith = {
    plan: state.plan!,
    conferenceDate: state.conference.saved,
    unit: state.unit.text.trim(),
    mapping: state.mapping,
    waivers: state.waivers,
    lang: 'vi',
  };
  return run(
    state,
    { type: 'started', op: 'check', stage: 'read' },
    {
      type: 'checkFinished',
      outcome: outcomeOf(state.plan!, state.conference.saved ?? undefined),
      checkedWith,
      message: { intent: 'warning', say: (s) => s.status.checked(11, 1, 'Tổng hợp') },
    },
    { type: 'idle' },
  );
}

describe('pane state', () => {
  it('loads what the workbook carries: plan, unit, conference date shown as dd/mm/yyyy, waivers and their reviewer', () => {
    const s = run(initialState, {
      type: 'loaded',
      saved: saved({ unit: 'Huyện Vũ Thư', conferenceDate: '2021-09-10', waivers: [{ key: 'k', by: 'Trưởng phòng', reason: 'x' }] }),
    });
    expect(s.loaded).toBe(true);
    expect(s.origin).toEqual({ kind: 'preset', id: PLAN_A.id });
    expect(s.unit).toEqual({ text: 'Huyện Vũ Thư', saved: 'Huyện Vũ Thư' });
    expect(s.conference).toEqual({ text: '10/09/2021', saved: '2021-09-10', invalid: false });
    expect(s.reviewer).toBe('Trưởng phòng');
    const custom = run(initialState, { type: 'loaded', saved: saved({ presetId: null }) });
    expect(custom.origin).toEqual({ kind: 'saved' });
  });

  it('check started → busy; finished → results and the sentence; the inferred unit is kept', () => {
    const s0 = run(initialState, { type: 'loaded', saved: saved() });
    const started = run(s0, { type: 'started', op: 'check', stage: 'read' }, { type: 'progress', stage: 'check', fraction: 0.5 });
    expect(started.busy).toEqual({ op: 'check', stage: 'check', fraction: 0.5 });
    const done = checked(s0);
    expect(done.busy).toBeNull();
    expect(done.results?.outcome.result.findings.length).toBeGreaterThan(0);
    expect(done.message?.say(vi)).toBe(vi.status.checked(11, 1, 'Tổng hợp'));
    expect(done.inferredUnit).toBe('UBND huyện Vũ Thư');
    expect(staleReasons(done)).toEqual([]);
  });

  it('check failed → the sentence says why, earlier results stay (the workbook still holds them)', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const failed = run(done, { type: 'checkFailed', message: { intent: 'error', say: (s) => s.errors.check('bị khóa') } });
    expect(failed.message?.intent).toBe('error');
    expect(failed.message?.say(vi)).toBe(vi.errors.check('bị khóa'));
    expect(failed.results).toBe(done.results);
  });

  it('clear → no finding listed, no sentence about the old check, nothing to export', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const cleared = run(done, { type: 'waiveOpened', finding: done.results!.outcome.result.findings[0]! }, { type: 'cleared' });
    expect(cleared.results).toBeNull();
    expect(cleared.cleared).toBe(true);
    expect(cleared.message).toBeNull();
    expect(cleared.waiving).toBeNull();
    expect(staleReasons(cleared)).toEqual([]);
    expect(waiversChanged(cleared)).toBe(false);
    // A new check lists findings again.
    expect(checked(cleared).cleared).toBe(false);
  });

  it('plan changed → results out of date; the same plan saved again → not', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    expect(staleReasons(run(done, { type: 'planSaved', plan: PLAN_A, origin: { kind: 'preset', id: PLAN_A.id } }))).toEqual([]);
    const other = run(done, { type: 'planSaved', plan: PLAN_B, origin: { kind: 'preset', id: PLAN_B.id } });
    expect(staleReasons(other)).toEqual(['plan']);
    const edited = { ...PLAN_A, turnout: { ...PLAN_A.turnout, min: 0.97 } };
    expect(staleReasons(run(done, { type: 'planSaved', plan: edited, origin: { kind: 'edited', id: PLAN_A.id } }))).toEqual(['plan']);
  });

  it('date changed → out of date; typing alone does not; a text that is no date is marked, not stored', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const typed = run(done, { type: 'conferenceTyped', text: '10/09/2021' });
    expect(staleReasons(typed)).toEqual([]);
    const stored = run(typed, { type: 'conferenceSaved', iso: '2021-09-10' });
    expect(stored.conference).toEqual({ text: '10/09/2021', saved: '2021-09-10', invalid: false });
    expect(staleReasons(stored)).toEqual(['date']);
    const bad = run(stored, { type: 'conferenceTyped', text: '31/06/2021' }, { type: 'conferenceInvalid' });
    expect(bad.conference).toEqual({ text: '31/06/2021', saved: '2021-09-10', invalid: true });
    expect(run(bad, { type: 'conferenceTyped', text: '3' }).conference.invalid).toBe(false);
  });

  it('unit changed (typed) → out of date; mapping changed → out of date; both named', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const unit = run(done, { type: 'unitTyped', text: ' Huyện Vũ Thư ' });
    expect(staleReasons(unit)).toEqual(['unit']);
    expect(staleReasons(run(unit, { type: 'unitTyped', text: '  ' }))).toEqual([]);
    const mapped = run(unit, { type: 'mappingSaved', mapping: { sheets: { 'Tiêu chí': { ignore: true } } } });
    expect(staleReasons(mapped)).toEqual(['unit', 'mapping']);
    const again = checked(mapped);
    expect(staleReasons(again)).toEqual([]);
  });

  it('a preset chosen while an edited plan is in use waits for an answer; kept → nothing changes; saved → replaced', () => {
    const edited = { ...PLAN_A, turnout: { ...PLAN_A.turnout, min: 0.97 } };
    const s0 = run(initialState, { type: 'loaded', saved: saved({ plan: edited, presetId: null }) });
    expect(planWouldBeLost(s0)).toBe(true);
    const asked = run(s0, { type: 'planAsked', pending: { plan: PLAN_B, origin: { kind: 'preset', id: PLAN_B.id } } });
    expect(asked.confirmPlan?.plan.id).toBe(PLAN_B.id);
    expect(asked.plan).toBe(edited);
    const kept = run(asked, { type: 'planKept' });
    expect(kept.confirmPlan).toBeNull();
    expect(kept.plan).toBe(edited);
    const replaced = run(asked, { type: 'planSaved', plan: PLAN_B, origin: { kind: 'preset', id: PLAN_B.id } });
    expect(replaced.confirmPlan).toBeNull();
    expect(replaced.plan).toBe(PLAN_B);
    expect(planWouldBeLost(replaced)).toBe(false);
    // A preset in use with unsaved changes in the editor: those would be lost too.
    expect(planWouldBeLost(run(replaced, { type: 'editorDirty', dirty: true }))).toBe(true);
  });

  it('waivers made since the check: the summary sheet needs updating; an update writes them', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const f = done.results!.outcome.result.findings[0]!;
    const waived = run(
      done,
      { type: 'waiveOpened', finding: f },
      {
        type: 'waiversSaved',
        waivers: [{ key: f.key, by: 'Trưởng phòng', reason: 'Đã giải trình' }],
        reviewer: 'Trưởng phòng',
      },
    );
    expect(waived.waiving).toBeNull();
    expect(waived.reviewer).toBe('Trưởng phòng');
    expect(waiversChanged(waived)).toBe(true);
    expect(staleReasons(waived)).toEqual([]);
    expect(waiversChanged(checked(waived))).toBe(false);
  });

  it('the language switched: the findings are the same ones, worded again', () => {
    const done = checked(run(initialState, { type: 'loaded', saved: saved() }));
    const en = check({ model, plan: PLAN_A, lang: 'en', now: () => new Date(done.results!.outcome.result.checkedAt) });
    const switched = run(done, { type: 'relabelled', outcome: { ...done.results!.outcome, result: en }, lang: 'en' });
    expect(switched.results!.checkedWith.lang).toBe('en');
    expect(switched.results!.outcome.result.findings.map((f) => f.key)).toEqual(done.results!.outcome.result.findings.map((f) => f.key));
    expect(staleReasons(switched)).toEqual([]);
  });

  it('the conference date in use and its deadline: the typed one, else the plan’s own', () => {
    const s0 = run(initialState, { type: 'loaded', saved: saved({ conferenceDate: '2021-09-10' }) });
    expect(conferenceInUse(s0)).toEqual({ date: '2021-09-10', fromPlan: false, deadline: '2021-08-25' });
    const withOwn = { ...PLAN_A, dossier: { workingDaysBeforeConference: 10, conferenceDate: '2021-06-25' } };
    const s1 = run(initialState, { type: 'loaded', saved: saved({ plan: withOwn, presetId: null }) });
    expect(conferenceInUse(s1)).toEqual({ date: '2021-06-25', fromPlan: true, deadline: '2021-06-11' });
    expect(conferenceInUse(run(initialState, { type: 'loaded', saved: saved() }))).toEqual({ date: null, fromPlan: false, deadline: null });
    expect(deadlineUnchecked(PLAN_A, null)).toBe(true);
    expect(deadlineUnchecked(PLAN_A, '2021-09-10')).toBe(false);
    expect(deadlineUnchecked(withOwn, null)).toBe(false);
    expect(deadlineUnchecked({ ...PLAN_A, dossier: undefined }, null)).toBe(false);
  });

  it('presetOf names an unedited preset only', () => {
    expect(presetOf(PLAN_A)).toBe(PLAN_A.id);
    expect(presetOf({ ...PLAN_A, turnout: { ...PLAN_A.turnout, min: 0.97 } })).toBeNull();
  });
});
